/**
 * Reads the raw MDX body of an article (as the build has it, before rendering) and finds what
 * the integrity checks and the reference list need: citations in order, glossary terms,
 * internal links and headings. Pure: no Astro imports.
 */

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
