import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { htmlFiles, readHtml } from '../support/site-files.ts';
import { pageWeight } from '../support/page-weight.ts';

/**
 * Each kind of page loads one stylesheet of its own (src/styles/article-page.css, home-page.css,
 * checker-page.css, global.css for the rest), and Tailwind writes into each only the utilities of
 * the files it scans. So a class that a page uses but its stylesheet lacks would leave that page
 * quietly unstyled: this checks that every class on every page that some stylesheet of the site
 * styles is styled by the stylesheets that page loads. The search modal's stylesheet is left out:
 * the search scripts link it when they need it (src/scripts/search-loader.ts).
 */
const target = TARGETS[0]!;
const astroDir = join(target.dist, '_astro');

/** The class names a stylesheet's selectors mention (".a:hover .b" → a, b), unescaped. */
function classesOf(css: string): Set<string> {
  const names = new Set<string>();
  const selectors = css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{/g);
  for (const [, selector] of selectors) {
    if (selector!.trim().startsWith('@')) continue;
    for (const m of selector!.matchAll(/\.((?:[\w-]|\\.)+)/g)) names.add(m[1]!.replace(/\\/g, ''));
  }
  return names;
}

describe('every class a page uses is in the stylesheets it loads (root build)', () => {
  assertBuilt(target);
  const sheets = new Map(
    readdirSync(astroDir)
      .filter((f) => f.endsWith('.css') && !f.startsWith('search-modal.'))
      .map((f) => [`${target.base}_astro/${f}`, classesOf(readFileSync(join(astroDir, f), 'utf8'))]),
  );
  const styledSomewhere = new Set([...sheets.values()].flatMap((s) => [...s]));

  it('reads the classes of a minified stylesheet', () => {
    expect([...classesOf('.a:hover,.b>.c{x:1}@media (width>=40rem){.sm\\:d{y:2}}')].sort()).toEqual([
      'a',
      'b',
      'c',
      'sm:d',
    ]);
  });

  it.each(htmlFiles(target.dist))('%s', (file) => {
    const html = readHtml(target.dist, file).replace(/<template\b[\s\S]*?<\/template>/gi, '');
    const loaded = new Set(
      pageWeight(target.dist, target.base, file).css.files.flatMap((f) => [...(sheets.get(f) ?? [])]),
    );
    const used = new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
    expect([...used].filter((c) => styledSomewhere.has(c) && !loaded.has(c)).sort()).toEqual([]);
  });
});
