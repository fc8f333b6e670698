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
 * dropped (unless the query is nothing but filler). A phrase split by a pronoun ("turn it off")
 * counts as the phrase. Never adds a unit the reader did not type.
 */
const PRONOUNS = new Set(['it', 'this', 'that', 'them']);

export function queryUnits(raw: string, synonyms: string[][] = []): QueryUnit[] {
  const words = tokens(raw);
  // Each phrase with every group it belongs to ("unlink" is both "turn off" and "linking").
  const phrases = new Map<string, number[]>();
  synonyms.forEach((group, i) =>
    group.forEach((p) => {
      const key = tokens(p).join(' ');
      phrases.set(key, [...(phrases.get(key) ?? []), i]);
    }),
  );
  const units: QueryUnit[] = [];
  const usedGroups = new Set<number>();
  for (let i = 0; i < words.length;) {
    let matched = 0;
    // A two-word phrase with its object inside: "turn it off", "switch this off" ask "turn off".
    const split = PRONOUNS.has(words[i + 1] ?? '') && words[i + 2] !== undefined;
    const splitPhrase = split ? `${words[i]} ${words[i + 2]}` : '';
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const spans = n === 3 && phrases.has(splitPhrase);
      const phrase = spans ? splitPhrase : words.slice(i, i + n).join(' ');
      const groups = phrases.get(phrase);
      if (groups === undefined) continue;
      matched = n;
      if (!groups.every((g) => usedGroups.has(g))) {
        groups.forEach((g) => usedGroups.add(g));
        const alternatives = new Set([phrase, ...groups.flatMap((g) => synonyms[g]!)]);
        units.push({ typed: phrase, alternatives: [...alternatives] });
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

/**
 * A light English stem, so that "reading" matches "read", "deleting" "delete" and "glasses"
 * "glass" (Pagefind stems words the same way when it searches; this does it for titles).
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  const suffix = ['ing', 'ed'].find((s) => w.endsWith(s) && w.length - s.length >= 3);
  if (suffix) {
    w = w.slice(0, -suffix.length);
    // "stopped" → "stop", but "process" keeps its double s.
    if (/([^aeiousl])\1$/.test(w)) w = w.slice(0, -1);
  }
  return w.length > 3 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * The words of a text that a unit matches: those of every alternative found there (as whole
 * words, or the same stem; a trailing "s" is forgiven), or undefined when none is.
 */
export function unitWords(unit: QueryUnit, textTokens: Set<string>): string[] | undefined {
  const stems = new Map([...textTokens].map((t) => [stem(t), t]));
  const find = (w: string) =>
    [w, `${w}s`, w.endsWith('s') ? w.slice(0, -1) : ''].find((x) => x && textTokens.has(x)) ?? stems.get(stem(w));
  const found = unit.alternatives.map((alt) => tokens(alt).map(find)).filter((ws) => ws.every(Boolean));
  return found.length ? (found.flat() as string[]) : undefined;
}

/**
 * How nearly two phrasings use the same words, filler included, on stems (Dice coefficient):
 * 1 when "when did this start" meets the heading "When did this start?".
 */
export function sameWords(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const rest = b.map(stem);
  let shared = 0;
  for (const w of a.map(stem)) {
    const i = rest.indexOf(w);
    if (i >= 0) {
      shared++;
      rest.splice(i, 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Whether a unit appears in a text (see unitWords). */
export const unitIn = (unit: QueryUnit, textTokens: Set<string>): boolean => unitWords(unit, textTokens) !== undefined;

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
 * share of the query's units it has, then the share of the words typed that it has literally,
 * then the share of its own meaningful words that the query accounts for (a title all about
 * what was asked beats one that mentions it in passing).
 */
export function phrasingFit(
  phrasing: string,
  units: QueryUnit[],
  queryWords: string[],
): { units: number; score: number } {
  const t = wordSet(phrasing);
  const hit = units.map((u) => unitWords(u, t));
  const matched = hit.filter(Boolean).length;
  const unitShare = units.length ? matched / units.length : 0;
  const literal = queryWords.filter((w) => !isFiller(w));
  const wordShare = literal.length ? literal.filter((w) => t.has(w)).length / literal.length : 0;
  const accounted = new Set(hit.flat());
  const meaningful = tokens(phrasing).filter((w) => !isFiller(w));
  const covered = meaningful.length ? meaningful.filter((w) => accounted.has(w)).length / meaningful.length : 0;
  return { units: matched, score: 2 * unitShare + wordShare + 0.5 * covered };
}

/** A title and its parts: "What is Incognito Chat, and does it keep my chats out of ads?" asks two things. */
export const clauses = (title: string): string[] => {
  const parts = title.split(/,\s+/).filter((p) => tokens(p).some((w) => !isFiller(w)));
  return parts.length > 1 ? [title, ...parts] : [title];
};

/** How far ahead the best entry must be when three or more answer the query about as well. */
const CLEAR_LEAD = 0.5;
/**
 * A short query that names its subject only as "it", "this" or "that" ("can I turn it off") asks
 * about what the site is about, as its own main questions do ("Does it apply in the UK or the
 * EU?"): a top question that answers it gets this much extra. It is the most a side feature can
 * gain by sharing the very words typed (phrasingFit's word share, up to 1, and covered share, up
 * to 0.5), as "How do I turn off camera roll cloud processing?" does for "turn it off", plus the
 * clear lead an answer card needs (CLEAR_LEAD).
 */
const SITE_SUBJECT_BONUS = 1 + 0.5 + CLEAR_LEAD;
const namesNoSubject = (queryWords: string[], units: QueryUnit[]): boolean =>
  units.length <= 2 && queryWords.some((w) => PRONOUNS.has(w));

/** A phrasing that shares this much of its words with the query (sameWords) asks the same thing. */
const ASKED_ALIKE = 0.7;

/**
 * The concern-index question or glossary term that answers the query, if one clearly does: it
 * has every unit of the query (or all but one of three or more) in its question, one of its
 * "also asked as" phrasings or one of their clauses, or its term, or one of those is worded
 * nearly as the query is ("what can I do to protect my chats" asks "What can I actually do to
 * keep my chats out of it?"), filler included. When three or more entries
 * qualify (a broad query such as "whatsapp"), the best must lead the next clearly, or the
 * results list answers instead.
 */
export function matchAnswer(raw: string, units: QueryUnit[], answers: AnswerEntry[]): AnswerEntry | undefined {
  if (units.length === 0) return undefined;
  const queryWords = tokens(raw);
  const needed = units.length >= 3 ? units.length - 1 : units.length;
  const vague = namesNoSubject(queryWords, units);
  const scored: { entry: AnswerEntry; score: number }[] = [];
  for (const entry of answers) {
    let best = -Infinity;
    const bonus = (entry.kind === 'question' ? 0.2 : 0) + (vague && entry.top ? SITE_SUBJECT_BONUS : 0);
    for (const phrasing of [entry.title, ...entry.also].flatMap(clauses)) {
      const fit = phrasingFit(phrasing, units, queryWords);
      const asked = sameWords(tokens(phrasing), queryWords) >= ASKED_ALIKE;
      if (fit.units >= needed || asked) best = Math.max(best, fit.score + bonus);
    }
    if (best > -Infinity) scored.push({ entry, score: best });
  }
  scored.sort((a, b) => b.score - a.score);
  if (scored.length >= 3 && scored[0]!.score - scored[1]!.score < CLEAR_LEAD) return undefined;
  return scored[0]?.entry;
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

/**
 * The closest word of the site's vocabulary to a misspelt one ("instagarm" → "instagram"), or two
 * words run together; none for a word the site uses in another form.
 */
export function correctWord(word: string, vocab: Map<string, number>): string | undefined {
  if (word.length < 4 || vocab.has(word)) return undefined;
  // Another ending of a word the site uses ("protect" for "protected") is no typo.
  const s = stem(word);
  for (const w of vocab.keys()) if (stem(w) === s) return undefined;
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
