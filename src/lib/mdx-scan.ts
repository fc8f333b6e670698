/**
 * Reads the raw MDX body of an article (as the build has it, before rendering) and finds what
 * the integrity checks and the reference list need: citations in order, glossary terms,
 * internal links and headings. Pure: no Astro imports.
 */

import GithubSlugger from 'github-slugger';

export interface CiteUse {
  ids: string[];
  line: number;
}

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Drops fenced code blocks and MDX comments so examples in them are not taken for real uses. */
function withoutCode(body: string): string {
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (m) => m.replace(/[^\n]/g, ' '));
}

/** Every `<Cite ids="…" />`, in order of appearance. A `<Cite` without ids is reported with ids []. */
export function findCitations(body: string): CiteUse[] {
  const text = withoutCode(body);
  const uses: CiteUse[] = [];
  for (const m of text.matchAll(/<Cite\b([^>]*)\/?>/g)) {
    const attr = /\bids\s*=\s*"([^"]*)"/.exec(m[1] ?? '');
    const ids = (attr?.[1] ?? '').split(/[\s,]+/).filter(Boolean);
    uses.push({ ids, line: lineOf(text, m.index) });
  }
  return uses;
}

/** Source ids in the order they are first cited: this order numbers the references. */
export function citationOrder(body: string): string[] {
  const seen = new Set<string>();
  for (const use of findCitations(body)) for (const id of use.ids) seen.add(id);
  return [...seen];
}

export interface TermUse {
  id: string;
  line: number;
}

export function findTerms(body: string): TermUse[] {
  const text = withoutCode(body);
  return [...text.matchAll(/<Term\b[^>]*?\bid\s*=\s*"([^"]*)"/g)].map((m) => ({
    id: m[1] ?? '',
    line: lineOf(text, m.index),
  }));
}

export interface LinkUse {
  href: string;
  line: number;
}

/** Markdown links `[text](href)` and `href="…"` attributes. */
export function findLinks(body: string): LinkUse[] {
  const text = withoutCode(body);
  const links: LinkUse[] = [];
  for (const m of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    links.push({ href: m[1] ?? '', line: lineOf(text, m.index) });
  }
  for (const m of text.matchAll(/\bhref\s*=\s*"([^"]*)"/g)) {
    links.push({ href: m[1] ?? '', line: lineOf(text, m.index) });
  }
  return links;
}

export interface HeadingUse {
  depth: number;
  text: string;
  line: number;
}

/** ATX headings (## …), with inline markup and components stripped to their text. */
export function findHeadings(body: string): HeadingUse[] {
  const text = withoutCode(body);
  const headings: HeadingUse[] = [];
  text.split('\n').forEach((raw, i) => {
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(raw);
    if (!m) return;
    const plain = (m[2] ?? '')
      .replace(/<[^>]+>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .trim();
    headings.push({ depth: m[1]!.length, text: plain, line: i + 1 });
  });
  return headings;
}

/**
 * The ids the build gives an article's headings (Astro's heading-id plugin: github-slugger over
 * the heading's text, "-1", "-2" … for a repeat), for checking `article:<slug>#<id>` links.
 */
export function headingIds(body: string): string[] {
  const slugger = new GithubSlugger();
  return findHeadings(body).map((h) => slugger.slug(h.text));
}

/** Words of running text, for reading time and length checks (components and markup removed). */
export function countWords(body: string): number {
  const text = withoutCode(body)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`|[\]-]/g, ' ');
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 220 words per minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}

/** Two `<Cite>` markers in one sentence: where they are, for the one-marker-per-sentence rule. */
export interface CiteClash {
  /** Line of the second marker (the one to merge into the first). */
  line: number;
  /** Line of the first marker. */
  firstLine: number;
  /** The merged ids, in the order written: what the single `<Cite ids="…">` should say. */
  merged: string[];
}

/** Sentence-ending punctuation, with any closing quote, bracket or emphasis after it. */
const SENTENCE_END = /[.!?…]["'”’)\]*_]*$/;
/** A sentence end inside a stretch of text: punctuation then white space, or a new block. */
const SENTENCE_BREAK = /[.!?…]["'”’)\]*_]*\s|\n[ \t]*\n|\n[ \t]*(?:[-*+>#|<]|\d+[.)]\s)|\|/;

/**
 * Pairs of neighbouring `<Cite>` markers that sit in one sentence, i.e. with no sentence end
 * between them. A marker written after its sentence's full stop ("… ads. <Cite />") belongs to
 * that sentence; one written before it ("… ads <Cite />.") belongs to the sentence it is in.
 * Readers get one marker per sentence, so such pairs must be merged into one.
 */
export function findCiteClashes(body: string): CiteClash[] {
  const text = withoutCode(body);
  const tags = [...text.matchAll(/<Cite\b([^>]*)\/?>/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    ids: (/\bids\s*=\s*"([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '').split(/[\s,]+/).filter(Boolean),
  }));
  const clashes: CiteClash[] = [];
  for (let i = 1; i < tags.length; i++) {
    const a = tags[i - 1]!;
    const b = tags[i]!;
    // The second marker belongs to the sentence whose end comes right before it.
    const gap = text.slice(a.end, b.start).replace(/\s+$/, '');
    const between = SENTENCE_END.test(gap) ? gap.replace(SENTENCE_END, '') : gap;
    const aTrails = SENTENCE_END.test(text.slice(0, a.start).replace(/\s+$/, ''));
    const sameSentence = between.trim() === '' || (!aTrails && !SENTENCE_BREAK.test(`${between} `));
    if (sameSentence) {
      clashes.push({
        line: lineOf(text, b.start),
        firstLine: lineOf(text, a.start),
        merged: [...new Set([...a.ids, ...b.ids])],
      });
    }
  }
  return clashes;
}

/** One source link inside a marker: its source id, its number on the page, and which citation of that source it is (1, 2 …). */
export interface MarkerRef {
  id: string;
  n: number;
  k: number;
}

/**
 * Every `<Cite>` marker of a page in order, with its links sorted by number ("[9, 11, 12]") and
 * each link's place among the citations of its source (k): the first (k = 1) gets the id `c<n>`
 * and the reference list links back to it.
 */
export function citationMarkers(body: string): MarkerRef[][] {
  const order = citationOrder(body);
  const seen = new Map<string, number>();
  return findCitations(body).map((use) =>
    [...new Set(use.ids)]
      .map((id) => {
        const k = (seen.get(id) ?? 0) + 1;
        seen.set(id, k);
        return { id, n: order.indexOf(id) + 1, k };
      })
      .sort((x, y) => x.n - y.n),
  );
}
