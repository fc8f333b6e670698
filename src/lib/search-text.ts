/**
 * The search modal's text work, apart from src/lib/search-query.ts so that the search page, which
 * needs only `searchTerms`, does not load it: query units with synonyms, result kinds, the answer
 * card's match, and typo correction from the site's own words. Pure, shared by the modal and the
 * relevance test.
 */
import { isFiller, tokens, type AnswerEntry, type QueryUnit, type SearchData } from './search-query.ts';

/**
 * Splits a query into its meaningful units. A phrase of a synonym group ("turn off", "camera
 * roll", "last year") becomes one unit whose alternatives are the whole group; filler words are
 * dropped (unless the query is nothing but filler). Never adds a unit the reader did not type.
 */
export function queryUnits(raw: string, synonyms: string[][] = []): QueryUnit[] {
  const words = tokens(raw);
  const phrases = new Map<string, number>();
  synonyms.forEach((group, i) => group.forEach((p) => phrases.set(tokens(p).join(' '), i)));
  const units: QueryUnit[] = [];
  const usedGroups = new Set<number>();
  for (let i = 0; i < words.length;) {
    let matched = 0;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const group = phrases.get(phrase);
      if (group === undefined) continue;
      matched = n;
      if (!usedGroups.has(group)) {
        usedGroups.add(group);
        units.push({ typed: phrase, alternatives: [phrase, ...synonyms[group]!.filter((p) => p !== phrase)] });
      }
      break;
    }
    if (matched) {
      i += matched;
      continue;
    }
    const w = words[i]!;
    if (!isFiller(w) && !units.some((u) => u.typed === w)) units.push({ typed: w, alternatives: [w] });
    i++;
  }
  if (units.length === 0) return words.slice(0, 6).map((w) => ({ typed: w, alternatives: [w] }));
  return units.slice(0, 8);
}

/** What kind of thing a result is, from its (base-free or based) URL. */
export type ResultKind = 'question' | 'glossary' | 'timeline' | 'section' | 'page';
export function kindOf(url: string): ResultKind {
  if (/(^|\/)questions\/#/.test(url)) return 'question';
  if (/(^|\/)glossary\/#/.test(url)) return 'glossary';
  if (/(^|\/)timeline\/#/.test(url)) return 'timeline';
  return url.includes('#') ? 'section' : 'page';
}
export const KIND_LABELS: Record<ResultKind, string> = {
  question: 'Question',
  glossary: 'Glossary term',
  timeline: 'Timeline event',
  section: 'Article section',
  page: 'Page',
};

/** Whether a unit appears in a text (any alternative, as whole words; a trailing "s" is forgiven). */
export function unitIn(unit: QueryUnit, textTokens: Set<string>): boolean {
  const has = (w: string) =>
    textTokens.has(w) || textTokens.has(`${w}s`) || (w.endsWith('s') && textTokens.has(w.slice(0, -1)));
  return unit.alternatives.some((alt) => tokens(alt).every(has));
}

/** Plain text from a Pagefind excerpt (which marks matches with <mark>). */
export const plainText = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'");

/** A text's words, plus each pair joined ("opt out" → "optout"), so a run-together spelling still matches. */
export function wordSet(text: string): Set<string> {
  const t = tokens(text).flatMap((w) => (w.includes('-') ? [w, ...w.split('-'), w.replace(/-/g, '')] : [w]));
  const set = new Set(t);
  for (let i = 0; i + 1 < t.length; i++) set.add(t[i]! + t[i + 1]!);
  return set;
}

/**
 * How well a title (a question, a phrasing it is also asked as, a term) answers the query: the
 * share of the query's units it has, then the share of the words typed that it has literally.
 */
export function phrasingFit(
  phrasing: string,
  units: QueryUnit[],
  queryWords: string[],
): { units: number; score: number } {
  const t = wordSet(phrasing);
  const matched = units.filter((u) => unitIn(u, t)).length;
  const unitShare = units.length ? matched / units.length : 0;
  const literal = queryWords.filter((w) => !isFiller(w));
  const wordShare = literal.length ? literal.filter((w) => t.has(w)).length / literal.length : 0;
  const meaningful = tokens(phrasing).filter((w) => !isFiller(w));
  const covered = meaningful.length
    ? meaningful.filter((w) => units.some((u) => unitIn(u, new Set([w])))).length / meaningful.length
    : 0;
  return { units: matched, score: 2 * unitShare + wordShare + 0.5 * covered };
}

/**
 * The concern-index question or glossary term that answers the query, if one clearly does: it
 * has every unit of the query (or all but one of four or more) in its question, one of its
 * "also asked as" phrasings, or its term.
 */
export function matchAnswer(raw: string, units: QueryUnit[], answers: AnswerEntry[]): AnswerEntry | undefined {
  if (units.length === 0) return undefined;
  const queryWords = tokens(raw);
  const needed = units.length >= 4 ? units.length - 1 : units.length;
  let best: { entry: AnswerEntry; score: number } | undefined;
  for (const entry of answers) {
    for (const phrasing of [entry.title, ...entry.also]) {
      const fit = phrasingFit(phrasing, units, queryWords);
      if (fit.units < needed) continue;
      const score = fit.score + (entry.kind === 'question' ? 0.2 : 0);
      if (!best || score > best.score) best = { entry, score };
    }
  }
  return best?.entry;
}

/** "Am I affected"-style queries: the checker answers them for the reader's own case. */
export const asksIfAffected = (raw: string): boolean =>
  /\b(am i|are we|is my|does (this|it) (affect|apply to) me|affected|apply to me|where i live)\b/i.test(raw);

/** Edit distance (with transpositions), capped: returns max+1 as soon as it is exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return d[a.length]![b.length]!;
}

/** The site's own words with how often they occur, from the questions, answers, terms and synonyms. */
export function vocabulary(data: SearchData): Map<string, number> {
  const counts = new Map<string, number>();
  const texts = [...data.answers.flatMap((a) => [a.title, a.text, ...a.also]), ...data.synonyms.flat()];
  for (const text of texts) for (const w of tokens(text)) if (w.length >= 3) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** The closest word of the site's vocabulary to a misspelt one ("instagarm" → "instagram"), or two words run together. */
export function correctWord(word: string, vocab: Map<string, number>): string | undefined {
  if (word.length < 4 || vocab.has(word)) return undefined;
  const max = word.length >= 7 ? 2 : 1;
  let best: { w: string; d: number; n: number } | undefined;
  for (const [w, n] of vocab) {
    const d = editDistance(word, w, max);
    if (d > max) continue;
    if (!best || d < best.d || (d === best.d && n > best.n)) best = { w, d, n };
  }
  if (best) return best.w;
  for (let i = 2; i <= word.length - 2; i++) {
    const [a, b] = [word.slice(0, i), word.slice(i)];
    if (vocab.has(a) && vocab.has(b)) return `${a} ${b}`;
  }
  return undefined;
}
