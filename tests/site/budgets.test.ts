import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serveToChromium } from '../support/served-site.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { builtArticles, htmlFiles, readHtml } from '../support/site-files.ts';
import { KB, kb, pageWeight, staticImports, type PageWeight } from '../support/page-weight.ts';

/**
 * Size budgets, gzip (zlib level 6, 1 KB = 1,024 bytes), over every page of the root build:
 *   - the HTML of any page ≤ 20 KB;
 *   - the CSS a page loads before search (its stylesheets summed) ≤ 15 KB;
 *   - the JavaScript a page loads before the reader opens search (its module scripts and their
 *     static imports, followed through dist/_astro) ≤ 5 KB;
 *   - the first visit of the home page and of every article (HTML, CSS, JS and the rest: the
 *     favicon, any image) ≤ firstVisit, and the home page's ≤ homeFirstVisit;
 *   - a page that shows a diagram styles it from its own stylesheet (no stylesheet linked for it);
 *   - no <img> without width and height.
 * A browser check confirms that what Chromium really fetches on first load is exactly the set the
 * static analysis counts, every request type (stylesheets, scripts, the favicon, images), so no
 * figure can quietly miss a file.
 *
 * The goal (issue 14) is CSS ≤ 4 KB on every page and a first visit ≤ 15 KB; both are met, and the
 * budgets are now the goal itself. Each kind of page loads one stylesheet of its own
 * (src/styles/*-page.css, global.css), and the page chrome (header, footer, breadcrumbs, dates,
 * sources list, previous/next) is styled by class, not by utility lists in every page's HTML. CSS
 * (1 December 2026): articles 3.87 KB (the diagrams' rules included, so what-meta-announced loads
 * no second file), the home page 3.45, the checker 3.33, the timeline 3.93. First visits: the home
 * page 13.2 KB, articles 12.8–14.1 KB, after the articles were rewritten shorter (about 900–1,250
 * words of body text each). An article that grows past 15 KB fails here: shorten it, cite fewer
 * sources for one plain claim, or split it. The summary printed after the run shows the margins.
 */
const BUDGET = { html: 20 * KB, css: 4 * KB, js: 5 * KB, firstVisit: 15 * KB, homeFirstVisit: 15 * KB } as const;
const GOAL = { css: 4 * KB, firstVisit: 15 * KB } as const;
/** The pages whose first visit has a budget: the home page and every article. */
const firstVisitPages = new Set(['index.html', ...builtArticles(TARGETS[0]!).map((a) => a.file)]);

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
    const f = max((w) => (firstVisitPages.has(w.file) ? w.firstVisit : 0));
    console.log(
      [
        '',
        'Size budgets, largest page per budget (gzip):',
        `  HTML ${kb(h.htmlGzip)} KB of ${kb(BUDGET.html)} (${h.file})`,
        `  CSS  ${kb(c.css.gzip)} KB of ${kb(BUDGET.css)} (${c.file}: ${c.css.files.join(', ')})`,
        `  JS   ${kb(j.js.gzip)} KB of ${kb(BUDGET.js)} (${j.file}: ${j.js.files.join(', ')})`,
        `  first visit ${kb(f.firstVisit)} KB of ${kb(BUDGET.firstVisit)} (${f.file}; HTML ${kb(f.htmlGzip)}, CSS ${kb(f.css.gzip)}, JS ${kb(f.js.gzip)}, other ${kb(f.other.bytes)})`,
        `  goal: CSS ${kb(GOAL.css)} KB (${kb(c.css.gzip - GOAL.css)} KB to go), first visit ${kb(GOAL.firstVisit)} KB (${kb(f.firstVisit - GOAL.firstVisit)} KB to go)`,
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
      ...(firstVisitPages.has(file) ? over('the first visit', w.firstVisit, BUDGET.firstVisit) : []),
      ...(file === 'index.html' ? over("the home page's first visit", w.firstVisit, BUDGET.homeFirstVisit) : []),
      ...w.imagesWithoutSize.map((tag) => `${file}: ${tag} has no width and height`),
    ]).toEqual([]);
    // Every page does load the site's stylesheet, its script and the favicon.
    expect(w.css.files.length).toBeGreaterThan(0);
    expect(w.js.files.length).toBeGreaterThan(0);
    expect(w.other.files.length).toBeGreaterThan(0);
  });
});

describe('the diagrams’ styles', () => {
  // The diagrams' rules (src/styles/diagrams.css) are imported by the stylesheets of the pages that
  // can show one (article-page.css, checker-page.css): there they add about 0.15 KB gzip, where a
  // stylesheet of their own cost 0.4 KB and a request. So a page with a diagram loads its one
  // stylesheet, which styles the diagram, and nothing links a stylesheet from the page body.
  it.each(htmlFiles(target.dist))('%s: a diagram comes with its styles, in the page’s stylesheet', (file) => {
    const html = readHtml(target.dist, file);
    expect(html.slice(html.indexOf('<body')).match(/<link\b[^>]*rel="stylesheet"/g) ?? []).toEqual([]);
    if (!/<figure class="diagram\b/.test(html)) return;
    const { files } = pageWeight(target.dist, target.base, file).css;
    expect(files).toHaveLength(1);
    const css = readFileSync(join(target.dist, files[0]!.slice(target.base.length)), 'utf8');
    for (const rule of ['.diagram-svg{', '.tile{', '.tile-flow{', '.diagram-words summary{'])
      expect(css, `${file}: ${files[0]} lacks ${rule}`).toContain(rule);
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
    const counted = [...w.css.files, ...w.js.files, ...w.other.files].sort();
    // goto waits for the load event, after the stylesheets and module scripts; poll for stragglers
    // (the favicon comes after load).
    await expect.poll(() => of('script')).toEqual([...w.js.files].sort());
    await expect.poll(() => of('stylesheet')).toEqual([...w.css.files].sort());
    // Every request of every type but the page itself is one the first-visit total counts.
    await expect
      .poll(() =>
        fetched
          .filter((f) => f.type !== 'document')
          .map((f) => f.path)
          .sort(),
      )
      .toEqual(counted);
    await page.context().close();
  });
});
