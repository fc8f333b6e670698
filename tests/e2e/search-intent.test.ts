import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import type { SiteServer } from '../support/nginx.ts';
import { TARGETS, type BuildTarget } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';
import { MODAL, modalInput, searchFor } from '../support/search-modal.ts';

/**
 * Search loads on intent (src/scripts/search-loader.ts): the pointer on the header's search
 * trigger, keyboard focus on it, or Ctrl/⌘ going down (the first key of Ctrl/⌘+K) fetch the
 * modal's code and Pagefind's entry files, so that a click then opens a box that is ready at
 * once. A plain visit (loading, scrolling, tabbing and typing elsewhere) fetches nothing of search.
 *
 * Requests are read from nginx's access log, not the page's network events: Pagefind fetches its
 * entry file, wasm and metadata from a shared web worker, which the page's events do not see.
 * Each test runs alone in a new browser context (an empty cache) and closes it at the end.
 */

/** What the modal needs before the first search, whatever the query: the code and its stylesheet, Pagefind's entry files, the site's data. */
const entryFiles = (base: string): RegExp[] => [
  new RegExp(`^${base}_astro/search-modal\\.[\\w-]+\\.js$`),
  new RegExp(`^${base}_astro/search-modal\\.[\\w-]+\\.css$`),
  new RegExp(`^${base}pagefind/pagefind\\.js$`),
  new RegExp(`^${base}pagefind/pagefind-entry\\.json$`),
  new RegExp(`^${base}pagefind/wasm\\.en\\.pagefind$`),
  new RegExp(`^${base}pagefind/pagefind\\.en_\\w+\\.pf_meta$`),
  new RegExp(`^${base}search-data\\.json$`),
];
/** Anything of search: the modal's chunks, every Pagefind file, the site's search data. */
const isSearch = (base: string, path: string) =>
  path.startsWith(`${base}_astro/search-`) || path.startsWith(`${base}pagefind/`) || path === `${base}search-data.json`;
/** Files a search fetches for its words (index chunks and result fragments): never on intent alone. */
const isQueryChunk = (base: string, path: string) => /^pagefind\/(index|fragment)\//.test(path.slice(base.length));

describe.each(TARGETS)('search loads on intent ($name build)', (target: BuildTarget) => {
  const site = serveToChromium(target);
  const log = () => (site.server as unknown as SiteServer).accessLog();

  interface Visit {
    page: Page;
    context: BrowserContext;
    /** Paths of the search files the server has sent since the visit began, in order. */
    searchFetched(): string[];
  }

  /** A new context (empty cache) on an article, loaded and idle. */
  async function visit(options: { hasTouch?: boolean } = {}): Promise<Visit> {
    const context = await site.browser.newContext(options);
    const page = await context.newPage();
    const from = log().length;
    await page.goto(site.server.origin + builtArticles(target)[0]!.path);
    await page.waitForLoadState('networkidle');
    const searchFetched = () =>
      log()
        .slice(from)
        .map((line) => line.split(' ')[1]!.replace(/\?.*$/, ''))
        .filter((path) => isSearch(target.base, path));
    return { page, context, searchFetched };
  }

  /** Waits until every entry file was sent, and checks that no query chunk was, and that no modal opened. */
  async function expectPrefetched(v: Visit): Promise<void> {
    await expect
      .poll(() => entryFiles(target.base).filter((re) => !v.searchFetched().some((p) => re.test(p))), {
        timeout: 15_000,
      })
      .toEqual([]);
    expect(v.searchFetched().filter((p) => isQueryChunk(target.base, p))).toEqual([]);
    expect(await v.page.locator(MODAL).count()).toBe(0);
  }

  it('a plain visit (load, scroll, tab through the page, hover and type elsewhere) fetches nothing of search', async () => {
    const v = await visit();
    const { page } = v;
    await page.mouse.wheel(0, 1500);
    await page.mouse.move(200, 400);
    await page.mouse.wheel(0, -1500);
    // Tab to the skip link and the site's name (the trigger is next: stop before it)…
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // …and through the article's links, after the header.
    await page.locator('main h1').click();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('kn', { delay: 20 });
    await page.keyboard.press('Shift');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-trigger]') ?? null)).toBeNull();
    await page.waitForTimeout(500);
    expect(v.searchFetched()).toEqual([]);
    await v.context.close();
  });

  it('hovering the trigger fetches the modal and Pagefind entry files under the base, once, and no query chunk', async () => {
    const v = await visit();
    await v.page.hover('[data-search-trigger]');
    await expectPrefetched(v);
    // Leaving and hovering again fetches nothing more.
    const before = v.searchFetched().length;
    await v.page.mouse.move(5, 400);
    await v.page.hover('[data-search-trigger]');
    await v.page.waitForTimeout(300);
    expect(v.searchFetched().length).toBe(before);
    for (const re of entryFiles(target.base)) expect(v.searchFetched().filter((p) => re.test(p))).toHaveLength(1);
    await v.context.close();
  });

  it('a touch on the trigger starts fetching before the finger lifts', async () => {
    const v = await visit({ hasTouch: true });
    const box = (await v.page.locator('[data-search-trigger]').boundingBox())!;
    const cdp = await v.context.newCDPSession(v.page);
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: [{ x: box.x + box.width / 2, y: box.y + box.height / 2 }],
    });
    await expectPrefetched(v);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchCancel', touchPoints: [] });
    await v.context.close();
  });

  it('focusing the trigger by keyboard fetches them too', async () => {
    const v = await visit();
    for (let i = 0; i < 5; i++) {
      await v.page.keyboard.press('Tab');
      if (await v.page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))) break;
    }
    expect(await v.page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
    await expectPrefetched(v);
    await v.context.close();
  });

  it.each(['Control', 'Meta'])(
    "the shortcut's first key (%s going down) fetches them; its K then opens a ready box",
    async (modifier) => {
      const v = await visit();
      await v.page.keyboard.down(modifier);
      await expectPrefetched(v);
      await v.page.keyboard.press('k');
      await v.page.keyboard.up(modifier);
      await modalInput(v.page).waitFor();
      await expect.poll(() => v.page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
      await v.context.close();
    },
  );

  it('after a prefetch, a click opens the modal with focus in the input, fetches no entry file again, and a search works', async () => {
    const v = await visit();
    await v.page.hover('[data-search-trigger]');
    await expectPrefetched(v);
    const fetchedBefore = v.searchFetched().length;
    await v.page.click('[data-search-trigger]');
    await modalInput(v.page).waitFor();
    await expect.poll(() => v.page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    expect(await v.page.getAttribute('[data-search-trigger]', 'aria-expanded')).toBe('true');
    expect(v.searchFetched().length).toBe(fetchedBefore);
    const results = await searchFor(v.page, 'camera roll');
    expect(await results.count()).toBeGreaterThan(0);
    for (const href of await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')))
      expect(href.startsWith(target.base)).toBe(true);
    // The search fetched only what depends on its words.
    expect(
      v
        .searchFetched()
        .slice(fetchedBefore)
        .filter((p) => !isQueryChunk(target.base, p)),
    ).toEqual([]);
    await v.context.close();
  });

  it('a prefetch that fails stays quiet, and opening search then tries again and works', async () => {
    const v = await visit();
    const errors: string[] = [];
    v.page.on('pageerror', (e) => errors.push(e.message));
    let failed = 0;
    await v.page.route('**/pagefind/pagefind.js', (route) =>
      failed++ === 0 ? route.abort('connectionfailed') : route.fallback(),
    );
    await v.page.hover('[data-search-trigger]');
    await expect.poll(() => failed).toBe(1);
    await v.page.waitForTimeout(300);
    expect(errors).toEqual([]);
    expect(await v.page.locator('dialog[data-search-dialog]').count()).toBe(0);
    await v.page.click('[data-search-trigger]');
    await modalInput(v.page).waitFor();
    expect(await v.page.locator('dialog[data-search-dialog]').count()).toBe(1);
    expect(await (await searchFor(v.page, 'camera roll')).count()).toBeGreaterThan(0);
    await v.context.close();
  });
});
