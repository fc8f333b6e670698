import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * "Write every sentence in your own words": no run of 12 or more consecutive words in the
 * site's prose may repeat the research fact sheet or the news piece the project started from.
 * Those notes live beside the checkout (../shared), where the editors and CI have them; a
 * publisher's clone without them skips this check and says why.
 */
const SHARED = join(process.cwd(), '..', 'shared');
const FACTS = join(SHARED, 'research', 'facts.md');
const RUN = 12;

const words = (text: string) =>
  text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .toLowerCase()
    .match(/[\p{L}\p{N}']+/gu) ?? [];

function prose(): { file: string; text: string }[] {
  const articles = readdirSync('content/articles')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => join('content/articles', f));
  const files = [
    ...articles,
    'content/pages/home.mdx',
    'content/pages/about.mdx',
    'content/timeline.yaml',
    'content/glossary.yaml',
    'content/questions.yaml',
    'content/checker.yaml',
  ];
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

describe.skipIf(!existsSync(FACTS))('originality against the research notes', () => {
  it(`no ${RUN}-word run of the fact sheet or the seed story appears in the site's prose`, () => {
    const seedDir = join(SHARED, 'seed');
    const sourceText = [
      readFileSync(FACTS, 'utf8'),
      ...readdirSync(seedDir).map((f) => readFileSync(join(seedDir, f), 'utf8')),
    ].join('\n');
    const sw = words(sourceText);
    const grams = new Set<string>();
    for (let i = 0; i + RUN <= sw.length; i++) grams.add(sw.slice(i, i + RUN).join(' '));
    const copied: string[] = [];
    for (const { file, text } of prose()) {
      const w = words(text);
      for (let i = 0; i + RUN <= w.length; i++) {
        const run = w.slice(i, i + RUN).join(' ');
        if (grams.has(run)) {
          copied.push(`${file}: "${run}"`);
          i += RUN - 1;
        }
      }
    }
    expect(copied).toEqual([]);
  });
});
