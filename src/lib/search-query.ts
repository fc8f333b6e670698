/**
 * Readers type questions ("how do I stop Meta reading my chats?"), but Pagefind only returns
 * pages that contain every word. This keeps the words that carry meaning and drops the filler,
 * so a question finds the same pages as its keywords. It never adds words.
 * Pure: used by the search UI and by the relevance test alike.
 */
const FILLER = new Set(
  (
    'a an the and or but if so than then that this these those there here ' +
    'i me my mine we us our you your yours he she they them their it its ' +
    'am is are was were be been being do does did doing done have has had can could will would shall should may might must ' +
    'how what when where which who whom whose why ' +
    'of to in on at by for from with about into onto over under up as ' +
    'just really actually also even still any some all each every ' +
    'get got make made let lets want need know tell please thing things ' +
    // On a site about how Meta uses what people say, these two carry no meaning of their own.
    'use uses used using say says said ' +
    'im ive id dont doesnt didnt cant wont isnt arent'
  ).split(/\s+/),
);

/** Words kept although they look like filler: they change the meaning of a concern. */
const KEEP = new Set(['off', 'out', 'not', 'no', 'opt', 'stop', 'before', 'after', 'without']);

export function searchTerms(raw: string): string {
  const words = raw
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const kept = words.filter((w) => KEEP.has(w) || !FILLER.has(w));
  // A query made only of filler ("how do I") is left as typed rather than emptied.
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Pagefind ranking, tuned with the relevance test (tests/e2e/relevance.test.ts). A lower
 * pageLength (default 0.75) stops one-paragraph records (timeline events, glossary terms)
 * from crowding out the article sections that explain the same thing in full.
 */
export const SEARCH_RANKING = { pageLength: 0.3 } as const;

/** What the search modal loads on open (src/pages/search-data.json.ts). Paths are site-relative, without the base. */
export interface AnswerEntry {
  kind: 'question' | 'glossary';
  url: string;
  title: string;
  also: string[];
  text: string;
  sources: string[];
  /** The full section that answers it. */
  more: string;
  /** One of the site's main questions (questions.yaml `top`): what a bare "it" in a query means. */
  top?: boolean;
}
export interface SearchData {
  synonyms: string[][];
  answers: AnswerEntry[];
  /** How many articles the site has: a large site draws a quick first look before the whole search. */
  articles?: number;
}

/** One meaningful part of a query: what the reader typed, and the phrases that count as it (synonyms). */
export interface QueryUnit {
  typed: string;
  alternatives: string[];
}

/** Lower case, no apostrophes, punctuation as spaces (hyphens kept), split into words. */
export function tokens(raw: string): string[] {
  return raw
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

export const isFiller = (word: string): boolean => FILLER.has(word) && !KEEP.has(word);
