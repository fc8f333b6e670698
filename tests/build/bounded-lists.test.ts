import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/fixture-build.ts';
import { decodeEntities, startTags } from '../support/html.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { siteConfig } from '../../src/site.config.ts';

/**
 * Pages that would list everything stay bounded as the site grows: one real build (under a
 * sub-path, as on a GitHub Pages project site) of the minimal fixture plus 43 short generated
 * articles, 45 in all, more than the home page, one archive page, /sources/ and the feed hold
 * with the limits of siteConfig.listing. The size figures at 10,000 articles are in `npm run bench`.
 */
const WORK = 'tests/fixtures/.work/bounded-lists';
const BASE = '/project/sub/';
const GENERATED = 43;
const { homeArticles, articlesPerPage, feedItems, citersShown } = siteConfig.listing;

/** The 45 slugs in reading order: the fixture's two (order 1 and 2), then the generated ones. */
const SLUGS = [
  'first-article',
  'second-article',
  ...Array.from({ length: GENERATED }, (_, i) => `archive-${String(i + 1).padStart(2, '0')}`),
];
const PAGES = Math.ceil(SLUGS.length / articlesPerPage);

function generatedArticle(i: number): string {
  // Published on consecutive days from 1 January 2026: archive-43 is the newest generated one.
  const date = new Date(Date.UTC(2026, 0, i)).toISOString().slice(0, 10);
  return [
    '---',
    `title: "Archive article ${i}"`,
    `description: "Generated article ${i} of the bounded-lists fixture."`,
    `published: "${date}"`,
    `updated: "${date}"`,
    `lastVerified: "${date}"`,
    `order: ${100 + i}`,
    'type: explainer',
    'topics: [announcement]',
    'platforms: [facebook]',
    '---',
    '',
    '<Answer>',
    '',
    `Short answer number ${i}. <Cite ids="S-01" />`,
    '',
    '</Answer>',
    '',
    '<ShortVersion>',
    '',
    `- Point number ${i}. <Cite ids="S-01" />`,
    '',
    '</ShortVersion>',
    '',
  ].join('\n');
}

let dist = '';
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const exists = (path: string) => existsSync(join(dist, path, 'index.html'));
const mainOf = (page: string) => page.slice(page.indexOf('<main'), page.indexOf('</main>'));
/** The element that starts with `open` (e.g. '<nav aria-label="X"'), up to its closing tag. */
const element = (page: string, open: string, close: string) => {
  const start = page.indexOf(open);
  return start < 0 ? '' : page.slice(start, page.indexOf(close, start) + close.length);
};
const hrefs = (fragment: string) => startTags(fragment, /^a$/).map((t) => t.attrs.get('href') ?? '');
/** Article slugs linked from the cards of a page's main list. */
const cardSlugs = (fragment: string) =>
  hrefs(fragment).flatMap((h) => {
    const m = new RegExp(`^${BASE}articles/([^/]+)/$`).exec(h);
    return m && m[1] !== 'page' ? [m[1]!] : [];
  });
const archivePath = (n: number) => (n === 1 ? 'articles/' : `articles/page/${n}/`);

beforeAll(async () => {
  const result = await buildFixture(
    WORK,
    (content) => {
      for (let i = 1; i <= GENERATED; i++) {
        writeFileSync(join(content, 'articles', `${SLUGS[i + 1]}.mdx`), generatedArticle(i));
      }
    },
    { SITE_BASE: BASE, SITE_URL: 'https://example.github.io' },
  );
  expect(result.ok, result.output).toBe(true);
  dist = result.dist;
}, 180_000);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('the article archive is paginated and reaches every article', () => {
  it(`has ${PAGES} static pages, /articles/ then /articles/page/N/, and no others`, () => {
    expect(PAGES).toBeGreaterThanOrEqual(3);
    for (let n = 1; n <= PAGES; n++) expect(exists(archivePath(n)), archivePath(n)).toBe(true);
    expect(exists('articles/page/1')).toBe(false);
    expect(readdirSync(join(dist, 'articles/page')).sort()).toEqual(
      Array.from({ length: PAGES - 1 }, (_, i) => String(i + 2)).sort(),
    );
  });

  it('lists every article exactly once, in reading order, at most a page size per page', () => {
    const perPage = Array.from({ length: PAGES }, (_, i) =>
      cardSlugs(element(mainOf(html(archivePath(i + 1))), '<ol', '</ol>')),
    );
    for (const slugs of perPage) expect(slugs.length).toBeLessThanOrEqual(articlesPerPage);
    expect(perPage.flat()).toEqual(SLUGS);
  });

  it('each page has a labelled pagination landmark: the current page marked, previous and next, all under the base', () => {
    for (let n = 1; n <= PAGES; n++) {
      const page = html(archivePath(n));
      const nav = element(page, '<nav aria-label="Article archive pages"', '</nav>');
      expect(nav, `page ${n}`).not.toBe('');
      const links = startTags(nav, /^a$/).map((t) => t.attrs);
      for (const a of links) expect(a.get('href')!.startsWith(BASE), a.get('href')).toBe(true);
      const current = links.filter((a) => a.get('aria-current') === 'page');
      expect(current.map((a) => a.get('href'))).toEqual([BASE + archivePath(n)]);
      const rel = (r: string) => links.filter((a) => a.get('rel') === r).map((a) => a.get('href'));
      expect(rel('prev')).toEqual(n > 1 ? [BASE + archivePath(n - 1)] : []);
      expect(rel('next')).toEqual(n < PAGES ? [BASE + archivePath(n + 1)] : []);
      // Every page links to every other (few pages: no gaps yet).
      expect(new Set(links.map((a) => a.get('href')))).toEqual(
        new Set(Array.from({ length: PAGES }, (_, i) => BASE + archivePath(i + 1))),
      );
      expect(page).toMatch(new RegExp(`<title>All articles, page ${n} of ${PAGES} · `));
    }
  });

  it("an article's breadcrumb leads to the archive page that lists it; prev/next still run article to article", () => {
    const last = SLUGS.at(-1)!;
    const page = html(`articles/${last}`);
    const crumbs = element(page, '<nav aria-label="Breadcrumb"', '</nav>');
    expect(hrefs(crumbs)).toContain(BASE + archivePath(PAGES));
    const prevNext = element(page, '<nav aria-label="Previous and next articles"', '</nav>');
    expect(hrefs(prevNext)).toEqual([`${BASE}articles/${SLUGS.at(-2)}/`]);
  });

  it('pagination links are at least 24×24 CSS px on a phone', async () => {
    const server = await serveStatic(dist, BASE);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(`${server.url}articles/page/2/`);
      const boxes = await page
        .locator('nav[aria-label="Article archive pages"] a')
        .evaluateAll((as) => as.map((a) => [a.textContent?.trim(), a.getBoundingClientRect().toJSON()] as const));
      expect(boxes.length).toBeGreaterThanOrEqual(PAGES);
      for (const [name, r] of boxes) {
        expect(r.width, `${name} width`).toBeGreaterThanOrEqual(24);
        expect(r.height, `${name} height`).toBeGreaterThanOrEqual(24);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describe('the home page, /sources/ and the feed are bounded', () => {
  it(`the home page shows ${homeArticles} articles and links to the archive of all ${SLUGS.length}`, () => {
    const main = mainOf(html(''));
    const cards = cardSlugs([...main.matchAll(/<li class="card">[\s\S]*?<\/li>/g)].map((m) => m[0]).join(''));
    expect(cards).toEqual(SLUGS.slice(0, homeArticles));
    const all = startTags(main, /^a$/).find((t) => t.attrs.get('href') === `${BASE}articles/`);
    expect(all, 'a link to the archive').toBeDefined();
    expect(main).toContain(`All ${SLUGS.length} articles</a>`);
  });

  it(`/sources/ gives each source its count and at most ${citersShown} citing pages; the rest are on its own page`, () => {
    const main = mainOf(html('sources'));
    const rows = [...main.matchAll(/<li id="(S-\d+)"[\s\S]*?<p class="cited-on[^>]*>([\s\S]*?)<\/p>/g)];
    expect(rows.length).toBeGreaterThan(0);
    const s01 = rows.find((r) => r[1] === 'S-01');
    expect(s01).toBeDefined();
    for (const [, id, line] of rows) {
      const count = Number(/Cited on ([\d,]+) pages?:/.exec(line!)?.[1]?.replace(/,/g, ''));
      expect(count, `${id}: "Cited on N pages"`).toBeGreaterThan(0);
      const links = hrefs(line!);
      expect(links.length, id).toBeLessThanOrEqual(citersShown);
      if (count > citersShown) {
        expect(links.at(-1)).toBe(`${BASE}sources/${id}/`);
        const own = html(`sources/${id}`);
        expect(own).toContain(`Cited on ${count} pages.`);
        const listed = hrefs(element(mainOf(own), '<ol class="cited-on', '</ol>'));
        expect(listed).toHaveLength(count);
      } else {
        expect(links).toHaveLength(count);
        expect(exists(`sources/${id}`)).toBe(false);
      }
    }
    // S-01 is cited by every generated article: its own page names each of them.
    const citing = hrefs(element(mainOf(html('sources/S-01')), '<ol class="cited-on', '</ol>'));
    for (const slug of SLUGS.slice(2)) expect(citing).toContain(`${BASE}articles/${slug}/`);
  });

  it(`the feed holds the latest ${feedItems} items, newest first`, () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => ({
      title: decodeEntities(/<title>([^<]*)<\/title>/.exec(m[1]!)![1]!),
      date: new Date(/<pubDate>([^<]*)<\/pubDate>/.exec(m[1]!)![1]!).getTime(),
    }));
    expect(items).toHaveLength(feedItems);
    expect(items.map((i) => i.date)).toEqual([...items.map((i) => i.date)].sort((a, b) => b - a));
    const titles = items.map((i) => i.title);
    expect(titles).toContain(`Archive article ${GENERATED}`);
    expect(titles).toContain('The first article');
    expect(titles).not.toContain('Archive article 1');
  });

  it('archive and citing-source pages are in the sitemap but stay out of the search index, like /articles/', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const path of [archivePath(1), archivePath(2), archivePath(PAGES), 'sources/S-01/']) {
      const page = html(path);
      expect(page, path).not.toContain('data-pagefind-body');
      expect(page, path).not.toMatch(/<meta name="robots"/);
      expect(page, path).toContain(`<link rel="canonical" href="https://example.github.io${BASE}${path}">`);
      expect(sitemap, path).toContain(`<loc>https://example.github.io${BASE}${path}</loc>`);
    }
  });
});
