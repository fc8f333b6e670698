/**
 * Plain-language measures used by scripts/content-metrics.ts: words, sentences, Flesch-Kincaid
 * grade and near-copy sentences across articles. Heuristic by nature (syllables are counted from
 * vowel groups), but the same heuristic is applied to every article, before and after.
 */

export interface ArticleText {
  slug: string;
  /** Everything a reader reads in the article body, boxes included, without citation markers. */
  body: string;
  /** The "short version" box alone ('' when the article has none). */
  shortVersion: string;
}

const BLOCK_END = /<\/(p|li|h[1-6]|dt|dd|td|th|blockquote|figcaption|summary|div|section|aside)>|<br\s*\/?>/gi;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

/** Visible text of an HTML fragment, one block per paragraph (blank line between blocks). */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '')
    // diagrams: their labels and text alternatives repeat the prose around them
    .replace(/<figure\b[\s\S]*?<\/figure>/gi, '')
    // citation markers: "[1, 2]"
    .replace(/<span class="cite"[\s\S]*?<\/span>/g, '')
    // heading anchors ("#", "Link to this section")
    .replace(/<a\b[^>]*class="[^"]*anchor[^"]*"[^>]*>[\s\S]*?<\/a>/gi, '')
    .replace(/<[^>]*\bhidden\b[^>]*>[\s\S]*?<\/span>/g, '')
    .replace(BLOCK_END, '\n\n')
    .replace(/<[^>]+>/g, '');
  return decode(text)
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function between(html: string, start: RegExp, end: RegExp): string {
  const s = html.search(start);
  if (s < 0) return '';
  const rest = html.slice(s);
  const e = rest.search(end);
  return e < 0 ? rest : rest.slice(0, e);
}

/** Visible text of MDX source: components and Markdown syntax removed, their words kept. */
export function mdxToText(mdx: string): string {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<Cite\b[^>]*\/>/g, '')
    .replace(/<AsReported on="([^"]+)"\s*\/>/g, 'As reported on $1')
    .replace(/<\/?[A-Z][^>]*>/g, '\n\n')
    .replace(/<\/?[a-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '\n')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '\n')
    .replace(/[*_`]/g, '');
  return text
    .split(/\n\s*\n|\n(?=\S)/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

export const articleTexts = {
  fromHtml(slug: string, html: string): ArticleText {
    const article = between(html, /<article\b/, /<section\b[^>]*aria-labelledby="references"|<\/article>/);
    const withoutHeader = article.replace(/<header\b[\s\S]*?<\/header>/, '');
    const shortVersion = between(withoutHeader, /<aside class="short-version"/, /<\/aside>/);
    return {
      slug,
      body: htmlToText(withoutHeader.replace(/<nav\b[\s\S]*?<\/nav>/g, '')),
      shortVersion: htmlToText(shortVersion).replace(/^The short version\s*/, ''),
    };
  },
  fromMdx(slug: string, mdx: string): ArticleText {
    const short = mdx.match(/<ShortVersion>([\s\S]*?)<\/ShortVersion>/);
    return { slug, body: mdxToText(mdx), shortVersion: short ? mdxToText(short[1]!) : '' };
  },
};

export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Sentences: split at . ! ? followed by a space, and at every block boundary (headings, list items). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .flatMap((block) => block.split(/(?<=[.!?…][”"’)]?)\s+(?=[“"‘(]?[\p{Lu}\p{N}])/u))
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1; // numbers and symbols: one each
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0]!).replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(text: string): number {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  if (words.length === 0) return 0;
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syl / words.length) - 15.59;
}

function shingles(sentence: string, size = 3): Set<string> {
  const w = wordsOf(sentence.toLowerCase());
  const out = new Set<string>();
  for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
  return out;
}

/**
 * A sentence of 6+ words is a near-copy when at least half of its three-word runs also occur in
 * one sentence of another article.
 */
export function nearCopyShare(articles: ArticleText[], threshold = 0.5) {
  const all = articles.flatMap((a) => sentencesOf(a.body).map((s) => ({ slug: a.slug, s, sh: shingles(s) })));
  const perArticle = new Map<string, number>();
  const pairs: [string, string][] = [];
  let nearCopies = 0;
  for (const a of articles) {
    const mine = all.filter((x) => x.slug === a.slug);
    let count = 0;
    for (const x of mine) {
      if (wordsOf(x.s).length < 6 || x.sh.size === 0) continue;
      const match = all.find((y) => {
        if (y.slug === a.slug || y.sh.size === 0) return false;
        let common = 0;
        for (const g of x.sh) if (y.sh.has(g)) common++;
        return common / x.sh.size >= threshold;
      });
      if (match) {
        count++;
        pairs.push([`${a.slug}: ${x.s}`, `${match.slug}: ${match.s}`]);
      }
    }
    nearCopies += count;
    perArticle.set(a.slug, mine.length ? count / mine.length : 0);
  }
  return { sentences: all.length, nearCopies, perArticle, pairs };
}
