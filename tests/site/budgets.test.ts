import { afterAll, describe, expect, it } from 'vitest';
import { serveToChromium } from '../support/served-site.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { builtArticles, htmlFiles } from '../support/site-files.ts';
import { KB, kb, pageWeight, staticImports, type PageWeight } from '../support/page-weight.ts';

/**
 * Size budgets, gzip (zlib level 6, 1 KB = 1,024 bytes), over every page of the root build:
 *   - the HTML of any page ≤ 20 KB;
 *   - the CSS a page loads before search (its stylesheets summed) ≤ 15 KB;
 *   - the JavaScript a page loads before the reader opens search (its module scripts and their
 *     static imports, followed through dist/_astro) ≤ 5 KB;
 *   - no <img> without width and height.
 * A browser check confirms that what Chromium really fetches on first load is exactly the set the
 * static analysis counts, so the JS and CSS figures cannot quietly miss a file.
 */
const BUDGET = { html: 20 * KB, css: 15 * KB, js: 5 * KB } as const;

const target = TARGETS[0]!;

describe('the static-import scanner', () => {
  it('finds static imports in minified output and ignores dynamic import()', () => {
    const code =
      'import{a as b}from"./x.js";import"./y.js";export{c}from"./z.js";const m=await import(`./lazy.js`);import*as q from"../w.js"';
    expect(staticImports(code).sort()).toEqual(['../w.js', './x.js', './y.js', './z.js']);
  });
});

describe('size budgets of every page (root build)', () => {
  assertBuilt(target);
  const weights: PageWeight[] = htmlFiles(target.dist).map((f) => pageWeight(target.dist, target.base, f));

  afterAll(() => {
    const max = (pick: (w: PageWeight) => number) => weights.reduce((a, b) => (pick(b) > pick(a) ? b : a));
    const h = max((w) => w.htmlGzip);
    const c = max((w) => w.css.gzip);
    const j = max((w) => w.js.gzip);
    console.log(
      [
        '',
        'Size budgets, largest page per budget (gzip):',
        `  HTML ${kb(h.htmlGzip)} KB of ${kb(BUDGET.html)} (${h.file})`,
        `  CSS  ${kb(c.css.gzip)} KB of ${kb(BUDGET.css)} (${c.file}: ${c.css.files.join(', ')})`,
        `  JS   ${kb(j.js.gzip)} KB of ${kb(BUDGET.js)} (${j.file}: ${j.js.files.join(', ')})`,
        '',
      ].join('\n'),
    );
  });

  it.each(weights.map((w) => [w.file, w] as const))('%s', (file, w) => {
    const over = (what: string, size: number, budget: number) =>
      size > budget
        ? [`${file}: ${what} is ${kb(size)} KB gzip, ${kb(size - budget)} KB over the ${kb(budget)} KB budget`]
        : [];
    expect([
      ...over('HTML', w.htmlGzip, BUDGET.html),
      ...over(`CSS before search (${w.css.files.join(', ')})`, w.css.gzip, BUDGET.css),
      ...over(`JavaScript before search (${w.js.files.join(', ')})`, w.js.gzip, BUDGET.js),
      ...w.imagesWithoutSize.map((tag) => `${file}: ${tag} has no width and height`),
    ]).toEqual([]);
    // Every page does load the site's stylesheet and the search trigger's script.
    expect(w.css.files.length).toBeGreaterThan(0);
    expect(w.js.files.length).toBeGreaterThan(0);
  });
});

describe('what Chromium fetches on first load is what the budgets count', () => {
  const site = serveToChromium(target, 'static');

  it.each(['index.html', builtArticles(target)[0]!.file, 'timeline/index.html'])('%s', async (file) => {
    const page = await (await site.browser.newContext()).newPage();
    const fetched: { type: string; path: string }[] = [];
    page.on('request', (r) => fetched.push({ type: r.resourceType(), path: new URL(r.url()).pathname }));
    await page.goto(site.server.url + file.replace(/index\.html$/, ''));
    const w = pageWeight(target.dist, target.base, file);
    const of = (type: string) =>
      fetched
        .filter((f) => f.type === type)
        .map((f) => f.path)
        .sort();
    // goto waits for the load event, after the stylesheets and module scripts; poll for stragglers.
    await expect.poll(() => of('script')).toEqual([...w.js.files].sort());
    await expect.poll(() => of('stylesheet')).toEqual([...w.css.files].sort());
    await page.context().close();
  });
});
