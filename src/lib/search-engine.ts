/**
 * The site's search, on top of Pagefind's JS API: Pagefind only returns pages that contain
 * every word, so each meaningful unit of the query (a word, or a synonym group from
 * content/synonyms.yaml) is searched on its own, and results are ranked by Pagefind's score
 * times the kind of result, how well its title or section heading matches the question as
 * typed, whether the page is about the query, and the share of the units found where it opens
 * (a long page has most words somewhere; the section it opens may not). Results land on their
 * best section.
 *
 * No DOM: the search modal runs it in the browser, and the relevance test runs the very same code
 * through a `Searcher` that calls the browser. Both therefore measure one ranking.
 */
import { isFiller, tokens, type AnswerEntry, type QueryUnit, type SearchData } from './search-query.ts';
import {
  correctWord,
  kindOf,
  matchAnswer,
  queryUnits,
  sameWords,
  unitIn,
  vocabulary,
  type ResultKind,
} from './search-text.ts';

export interface SubResult {
  url: string;
  title: string;
  excerpt: string;
  locations: number[];
}
export interface ResultData {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results: SubResult[];
}
export interface SearcherResult {
  id: string;
  score: number;
  /** Null when the data is gone (Pagefind's worker returns null for a result it has released). */
  data(): Promise<ResultData | null>;
}
export interface Searcher {
  search(term: string): Promise<SearcherResult[]>;
}

export interface RankedResult {
  id: string;
  kind: ResultKind;
  /** Where the result opens: its best section when it has one. */
  url: string;
  title: string;
  /** The page's title when the result is a section of it. */
  pageTitle?: string;
  excerpt: string;
  /** Other sections of the same page worth showing, best first. */
  subs: SubResult[];
  /** How many of the query's units it matches. */
  matched: number;
  score: number;
}
export interface SearchOutcome {
  units: QueryUnit[];
  results: RankedResult[];
  /** True when no result has every unit: the results are the closest matches. */
  partial: boolean;
  /** Units that matched nothing anywhere, or fewer than 3 pages (typo candidates). */
  unmatched: QueryUnit[];
  /** How many pages matched at least one unit. */
  found: number;
  /** Per unit (in the order of `units`), how many pages matched the words the reader typed for it. */
  unitMatches?: number[];
  /** The candidates beyond `results`, not yet ranked: `rankMore` ranks the next of them on demand. */
  more?: MoreCandidates;
}
/** Candidates not yet ranked, best first by units matched, then by Pagefind's score. */
export interface MoreCandidates {
  units: QueryUnit[];
  queryWords: string[];
  candidates: Candidate[];
}

/**
 * Tuned with tests/e2e/relevance.test.ts. Short records (questions, glossary terms) answer a
 * concern directly; a timeline event is a dated news item, rarely the answer itself.
 */
export const KIND_WEIGHT: Record<ResultKind, number> = {
  question: 1.6,
  glossary: 1.2,
  section: 1.0,
  page: 1.0,
  timeline: 0.35,
};
/** How many candidates get their data loaded and re-ranked. */
const CANDIDATES = 16;
/** Matches beyond which a unit's synonyms are not searched too (far above the real site's ~100 records). */
const HUGE = 1000;

export interface Candidate {
  id: string;
  perUnit: Map<number, SearcherResult>;
  base: number;
}

/**
 * How well a title or heading matches the query: the share of the query's units it has, half the
 * share of the query's meaningful words it has literally, and, when the query is phrased as a
 * question (it has filler words), up to SAME_QUESTION_BONUS more as the heading asks nearly the
 * same words ("when did this start" and the heading "When did this start?").
 */
function titleMatch(title: string, units: QueryUnit[], queryWords: string[]): number {
  const titleWords = tokens(title);
  const t = new Set(titleWords);
  if (units.length === 0) return 0;
  const unitShare = units.filter((u) => unitIn(u, t)).length / units.length;
  const literal = queryWords.filter((w) => !isFiller(w));
  const wordShare = literal.length ? literal.filter((w) => t.has(w)).length / literal.length : 0;
  const asked = literal.length < queryWords.length ? sameWords(titleWords, queryWords) : 0;
  return unitShare + 0.5 * wordShare + SAME_QUESTION_BONUS * Math.max(0, (asked - SAME_QUESTION) / (1 - SAME_QUESTION));
}
/** Below this share of shared words (sameWords), a heading is not the question typed; at 1 it adds the bonus. */
const SAME_QUESTION = 0.6;
const SAME_QUESTION_BONUS = 6;

/** A page whose own address names every unit ("whatsapp" → /articles/whatsapp-and-meta-ai/) is about the query. */
function aboutQuery(url: string, units: QueryUnit[]): boolean {
  const name = url.split('#')[0]!.split('/').filter(Boolean).pop() ?? '';
  return units.length > 0 && units.every((u) => unitIn(u, new Set(name.split('-'))));
}
/** How much more a page about the query counts: as much as a question that asks it. */
const ABOUT_WEIGHT = 1.6;

export async function runSearch(
  searcher: Searcher,
  raw: string,
  synonyms: string[][] = [],
  { typedOnly = false }: { typedOnly?: boolean } = {},
): Promise<SearchOutcome> {
  const units = queryUnits(raw, synonyms);
  const queryWords = tokens(raw);
  const candidates = new Map<string, Candidate>();
  const unmatched: QueryUnit[] = [];
  const unitMatches: number[] = [];
  const perUnit = await Promise.all(
    units.map(async (unit, u) => {
      // The words as typed first, then their synonyms one by one until the unit matches a huge
      // number of pages: on a large site more would add little but cost a whole search each
      // (at 10,000 pages, ~0.5 s apiece). The real site never comes near, so it searches them all.
      const typed = await searcher.search(unit.alternatives[0]!);
      const lists = [typed];
      let reach = typed.length;
      for (const alt of typedOnly ? [] : unit.alternatives.slice(1)) {
        if (reach >= HUGE) break;
        const list = await searcher.search(alt);
        lists.push(list);
        reach = Math.max(reach, list.length);
      }
      unitMatches[u] = typed.length;
      // Per page, the best-scoring alternative of this unit.
      const best = new Map<string, SearcherResult>();
      for (const list of lists)
        for (const r of list) if (!best.has(r.id) || best.get(r.id)!.score < r.score) best.set(r.id, r);
      return best;
    }),
  );
  perUnit.forEach((best, u) => {
    if (best.size < 3) unmatched.push(units[u]!);
    for (const [id, r] of best) {
      const c = candidates.get(id) ?? { id, perUnit: new Map(), base: 0 };
      c.perUnit.set(u, r);
      c.base += r.score;
      candidates.set(id, c);
    }
  });
  const ordered = [...candidates.values()].sort((a, b) => b.perUnit.size - a.perUnit.size || b.base - a.base);
  const top = ordered.slice(0, CANDIDATES);
  const ranked = present(await Promise.all(top.map((c) => rankCandidate(c, units, queryWords))));
  ranked.sort((a, b) => b.score - a.score);
  const partial = units.length > 1 && Math.max(0, ...ranked.map((r) => r.matched)) < units.length;
  // The rest stay unranked (their data is loaded only if the reader asks for more).
  const more = { units, queryWords, candidates: ordered.slice(CANDIDATES) };
  return { units, results: ranked, partial, unmatched, found: candidates.size, unitMatches, more };
}

/**
 * Ranks the next `count` candidates a search left unranked (loading only their data), best first
 * among themselves, for a "Show more" that reaches every match without searching again.
 */
export async function rankMore(
  more: MoreCandidates,
  count: number,
): Promise<{ results: RankedResult[]; more: MoreCandidates }> {
  const next = more.candidates.slice(0, count);
  const results = present(await Promise.all(next.map((c) => rankCandidate(c, more.units, more.queryWords))));
  results.sort((a, b) => b.matched - a.matched || b.score - a.score);
  return { results, more: { ...more, candidates: more.candidates.slice(count) } };
}

const present = <T>(list: (T | undefined)[]): T[] => list.filter((x): x is T => x !== undefined);

/** Ranks one candidate from its data; undefined, and left out, when none of its data is there any more. */
async function rankCandidate(
  c: Candidate,
  units: QueryUnit[],
  queryWords: string[],
): Promise<RankedResult | undefined> {
  const loaded = await Promise.all([...c.perUnit.entries()].map(async ([u, r]) => [u, await r.data()] as const));
  const entries = loaded.filter((e): e is readonly [number, ResultData] => e[1] !== null);
  const datas = entries.map(([, d]) => d);
  const data = datas[0];
  if (!data) return undefined;
  const kind = kindOf(data.url);
  const title = data.meta.title ?? data.url;
  // Per section: which units its matches belong to, and how many matches.
  const sections = new Map<string, { sub: SubResult; units: Set<number>; hits: number }>();
  datas.forEach((d, i) => {
    for (const sub of d.sub_results) {
      if (!sub.url.includes('#') || sub.locations.length === 0) continue;
      const s = sections.get(sub.url) ?? { sub, units: new Set<number>(), hits: 0 };
      s.units.add(entries[i]![0]);
      s.hits += sub.locations.length;
      sections.set(sub.url, s);
    }
  });
  let url = data.url;
  let shownTitle = title;
  let pageTitle: string | undefined;
  let excerpt = data.excerpt;
  let headingBonus = titleMatch(title, units, queryWords);
  let subs: SubResult[] = [];
  // How many units the place it opens holds: a long page has most words somewhere, a section fewer.
  let focus = c.perUnit.size;
  if (kind === 'page' && sections.size > 0) {
    const scored = [...sections.values()]
      .map((s) => ({ ...s, fit: s.units.size + 1.5 * titleMatch(s.sub.title, units, queryWords) }))
      .sort((a, b) => b.fit - a.fit || b.hits - a.hits);
    const best = scored[0]!;
    // Land on the section when it holds the page's matches, or its heading asks the question.
    if (best.units.size >= c.perUnit.size || best.fit > best.units.size) {
      url = best.sub.url;
      pageTitle = title;
      shownTitle = best.sub.title;
      excerpt = best.sub.excerpt;
      headingBonus = Math.max(headingBonus, titleMatch(best.sub.title, units, queryWords));
    }
    focus = best.units.size;
    subs = scored
      .map((s) => s.sub)
      .filter((s) => s.url !== url)
      .slice(0, 3);
  }
  const kindWeight = KIND_WEIGHT[url.includes('#') && kind === 'page' ? 'section' : kind];
  return {
    id: c.id,
    kind: kind === 'page' && url.includes('#') ? 'section' : kind,
    url,
    title: shownTitle,
    pageTitle,
    excerpt,
    subs,
    matched: c.perUnit.size,
    score:
      c.base *
      kindWeight *
      (1 + 1.5 * headingBonus) *
      (kind === 'page' && aboutQuery(data.url, units) ? ABOUT_WEIGHT : 1) *
      (focus / units.length),
  };
}

/**
 * Words worth highlighting on the page a result opens: what the reader typed, minus filler and
 * words found on most pages, each with its plural or singular (highlighting marks whole words only).
 */
export function highlightWords(units: QueryUnit[], everywhere: Set<string> = new Set()): string[] {
  const words = new Set<string>();
  for (const u of units)
    for (const w of tokens(u.typed)) {
      if (isFiller(w) || everywhere.has(w) || w.length < 2) continue;
      words.add(w);
      words.add(w.endsWith('s') ? w.slice(0, -1) : `${w}s`);
    }
  return [...words];
}
export interface Answered extends SearchOutcome {
  /** The query as searched, when a misspelt word was corrected ("instagarm" → "instagram"). */
  corrected?: string;
  /** The question or glossary term whose short answer shows above the results. */
  answer?: AnswerEntry;
}

/**
 * The whole search: rank (runSearch); when a word matches nothing, correct it from the site's own
 * vocabulary and search again; then find the question or term that answers the query, which
 * shows first, and drop its duplicate from the results.
 */
export async function answerQuery(searcher: Searcher, raw: string, data: SearchData): Promise<Answered> {
  let query = raw;
  let outcome = await runSearch(searcher, raw, data.synonyms);
  let corrected: string | undefined;
  // Words the site never uses, or that match almost nothing, may be misspelt: try the closest
  // word of the site's own vocabulary, and keep it if it finds more.
  const vocab = vocabulary(data);
  const suspects = outcome.units.filter(
    (u) =>
      u.alternatives.length === 1 && !u.typed.includes(' ') && (outcome.unmatched.includes(u) || !vocab.has(u.typed)),
  );
  if (suspects.length > 0) {
    let fixed = raw.toLowerCase();
    for (const unit of suspects) {
      const fix = correctWord(unit.typed, vocab);
      if (fix) fixed = fixed.replace(new RegExp(`\\b${unit.typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`), fix);
    }
    if (fixed !== raw.toLowerCase()) {
      const second = await runSearch(searcher, fixed, data.synonyms);
      if (second.found > 0 && second.unmatched.length <= outcome.unmatched.length) {
        outcome = second;
        corrected = fixed;
        query = fixed;
      }
    }
  }
  return withAnswer(outcome, query, data, corrected);
}

/** The question or term that answers the query, shown first; its duplicate leaves the results. */
function withAnswer(outcome: SearchOutcome, query: string, data: SearchData, corrected?: string): Answered {
  const answer = matchAnswer(query, outcome.units, data.answers);
  const results = answer ? outcome.results.filter((r) => !r.url.endsWith(`/${answer.url}`)) : outcome.results;
  return { ...outcome, results, answer, corrected };
}

/**
 * A quick first look for a large site, drawn while the whole search runs: the words as typed (no
 * synonyms, no spelling fixes), through whatever `searcher` is given (the search view restricts it
 * to the short records: questions, glossary terms, timeline events). Ranked as answerQuery ranks.
 */
export async function quickAnswer(searcher: Searcher, raw: string, data: SearchData): Promise<Answered> {
  return withAnswer(await runSearch(searcher, raw, data.synonyms, { typedOnly: true }), raw, data);
}
