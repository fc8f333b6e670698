/**
 * Plain-language figures for every article: words in the body (reference list not counted),
 * Flesch-Kincaid grade of the body and of the short version, the longest short-version sentence,
 * and the share of sentences that are near-copies of a sentence in another article.
 *
 *   npm run build && npm run metrics            # over the rendered pages in dist/ (the figures we report)
 *   npm run metrics -- --source                 # over the MDX source, while drafting (no build needed)
 *
 * Rendered text = the article's prose and boxes (answer, short version, callouts, "what you can do"),
 * with citation markers, heading anchors, diagrams (their labels and text alternatives repeat the
 * prose) and the reference list removed.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  articleTexts,
  fleschKincaidGrade,
  nearCopyShare,
  sentencesOf,
  wordsOf,
  type ArticleText,
} from './lib/text-metrics.ts';

const fromSource = process.argv.includes('--source');
const dist = process.env.METRICS_DIST ?? 'dist';

function fromMdx(): ArticleText[] {
  const dir = 'content/articles';
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
    .map((f) => articleTexts.fromMdx(f.replace(/\.mdx$/, ''), readFileSync(join(dir, f), 'utf8')));
}

function fromDist(): ArticleText[] {
  const dir = join(dist, 'articles');
  if (!existsSync(dir)) throw new Error(`${dir} not found: run npm run build first, or pass --source`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => articleTexts.fromHtml(d.name, readFileSync(join(dir, d.name, 'index.html'), 'utf8')));
}

const articles = fromSource ? fromMdx() : fromDist();
const shares = nearCopyShare(articles);
const rows = articles.map((a) => {
  const shortSentences = sentencesOf(a.shortVersion);
  const longest = Math.max(0, ...shortSentences.map((s) => wordsOf(s).length));
  return {
    slug: a.slug,
    words: wordsOf(a.body).length,
    grade: fleschKincaidGrade(a.body),
    shortGrade: a.shortVersion ? fleschKincaidGrade(a.shortVersion) : NaN,
    longestShort: longest,
    nearCopy: shares.perArticle.get(a.slug) ?? 0,
  };
});
const grades = rows.map((r) => r.grade).sort((x, y) => x - y);
const median =
  grades.length % 2
    ? grades[(grades.length - 1) / 2]!
    : (grades[grades.length / 2 - 1]! + grades[grades.length / 2]!) / 2;

console.log(`Measured over ${fromSource ? 'the MDX source' : `the rendered pages in ${dist}/`}.\n`);
console.log(
  '| article | words (body) | FK grade (body) | FK grade (short version) | longest short-version sentence (words) | near-copy sentences |',
);
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.slug} | ${r.words} | ${r.grade.toFixed(1)} | ${Number.isNaN(r.shortGrade) ? '–' : r.shortGrade.toFixed(1)} | ${r.longestShort} | ${(r.nearCopy * 100).toFixed(0)}% |`,
  );
}
console.log(`\nMedian FK grade: ${median.toFixed(1)}. Highest: ${grades.at(-1)?.toFixed(1)}.`);
console.log(
  `Near-copies across articles: ${shares.nearCopies} of ${shares.sentences} sentences (${((shares.nearCopies / Math.max(1, shares.sentences)) * 100).toFixed(1)}%).`,
);
if (process.argv.includes('--list')) {
  for (const [a, b] of shares.pairs) console.log(`\n~ ${a}\n~ ${b}`);
}
