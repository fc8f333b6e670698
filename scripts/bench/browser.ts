/**
 * Measurements in Debian's Chromium against a built site served on loopback (gzip on, as a
 * static host would): the bytes of a first page load, and search timings.
 *
 * Search is timed three ways through the search modal, from the events it announces
 * (src/scripts/search-view.ts) and performance.now() inside the page:
 *   - search:  the modal starts the search (`site-search`) → its whole results are drawn
 *              (`site-results`): the site's ranking over Pagefind's JS API, with its first page of
 *              results (on a cold cache this includes fetching the wasm, the index chunks and the
 *              results' fragments);
 *   - shown:   the same start → the first results on screen (`site-shown` with a result link): on
 *              a large site, the quick first look drawn before the whole search; otherwise the same
 *              moment as `search`;
 *   - typed:   the last keystroke → the first results on screen, including the 30 ms the modal
 *              waits after a keystroke before it searches.
 * in three states:
 *   - cold:    a new browser context (empty cache), first query of the visit;
 *   - warm:    a new page in a context whose HTTP cache holds everything from an earlier visit
 *              that ran the same query (a returning reader);
 *   - session: the same page, after an earlier query (Pagefind, wasm and some chunks in memory).
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../lib/static-server.ts';

export interface Transfer {
  /** Response bodies as the server sent them (gzip), summed. */
  bytes: number;
  requests: number;
}

/**
 * Counts what the server sends from now until `done()`. Counting at the server sees every
 * request, including those of Pagefind's web worker (wasm, index, fragments), which a page-level
 * network log misses. Each measurement runs alone, in a new browser context (an empty cache).
 */
function countSent(server: RunningServer, filter: (path: string) => boolean = () => true): () => Transfer {
  const from = server.sent.length;
  return () => {
    const list = server.sent.slice(from).filter((r) => filter(r.path));
    return { bytes: list.reduce((sum, r) => sum + r.bytes, 0), requests: list.length };
  };
}

/** Everything a first visit to `path` transfers (HTML, CSS, JS, icon), on a cold cache. */
export async function firstLoad(browser: Browser, server: RunningServer, path = ''): Promise<Transfer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const done = countSent(server);
  await page.goto(server.url + path);
  await page.waitForLoadState('networkidle');
  await context.close();
  return done();
}

export interface SearchTiming {
  query: string;
  searchMs: number;
  shownMs: number;
  typedMs: number;
  results: number;
}

const INPUT = 'dialog[data-search-dialog][open] input[type="search"]';
const LINKS = 'dialog[data-search-dialog][open] pagefind-results a[href]';

/**
 * Installs the timers in the page once the modal is loaded. The modal announces each search it
 * starts and each it draws (src/scripts/search-modal.ts); only those for the whole query count.
 */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __bench: { want: string; lastKey: number; search: number; results: number; shown: number };
    };
    if (w.__bench) return;
    w.__bench = { want: '', lastKey: 0, search: 0, results: 0, shown: 0 };
    const b = w.__bench;
    const dialog = document.querySelector('dialog[data-search-dialog]')!;
    dialog.addEventListener('site-search', (e) => {
      if ((e as CustomEvent<string>).detail === b.want && !b.search) b.search = performance.now();
    });
    const linked = () => !!document.querySelector('dialog[data-search-dialog][open] pagefind-results a[href]');
    // The first results on screen: a large site's quick first look, or the whole results.
    dialog.addEventListener('site-shown', (e) => {
      if ((e as CustomEvent<string>).detail === b.want && b.search && !b.shown && linked()) b.shown = performance.now();
    });
    dialog.addEventListener('site-results', (e) => {
      if ((e as CustomEvent<string>).detail !== b.want || !b.search || b.results) return;
      b.results = performance.now();
      if (!b.shown && linked()) b.shown = b.results;
    });
    document.addEventListener('input', () => (b.lastKey = performance.now()), true);
  });
}

async function openModal(page: Page, url?: string): Promise<void> {
  if (url) await page.goto(url);
  await page.locator('[data-search-trigger]').click();
  await page.locator(INPUT).waitFor();
  await page.locator('dialog[data-search-dialog][data-ready]').waitFor();
  await instrument(page);
}

async function typeAndTime(page: Page, query: string): Promise<SearchTiming> {
  const input = page.locator(INPUT);
  await input.fill('');
  await page.waitForFunction((sel) => !document.querySelector(sel), LINKS, { timeout: 10_000 }).catch(() => undefined);
  await page.evaluate((want) => {
    const b = (window as unknown as { __bench: { want: string; search: number; results: number; shown: number } })
      .__bench;
    b.want = want;
    b.search = 0;
    b.results = 0;
    b.shown = 0;
  }, query);
  await input.pressSequentially(query, { delay: 20 });
  await page.waitForFunction(
    () => {
      const b = (window as unknown as { __bench: { results: number; shown: number } }).__bench;
      return b.results > 0 && b.shown > 0;
    },
    undefined,
    { timeout: 30_000 },
  );
  const b = await page.evaluate(
    () =>
      (window as unknown as { __bench: { lastKey: number; search: number; results: number; shown: number } }).__bench,
  );
  return {
    query,
    searchMs: b.results - b.search,
    shownMs: b.shown - b.search,
    typedMs: b.shown - b.lastKey,
    results: await page.locator(LINKS).count(),
  };
}

export interface ColdSearch extends SearchTiming {
  /** Bytes of Pagefind files (UI, wasm, index, fragments) fetched for this first search. */
  bytes: number;
  requests: number;
}

export async function coldSearch(browser: Browser, server: RunningServer, query: string): Promise<ColdSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  const done = countSent(
    server,
    (path) => path.includes('/pagefind/') || path.endsWith('/search-data.json') || /\/_astro\/search-/.test(path),
  );
  await openModal(page);
  const timing = await typeAndTime(page, query);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ...timing, ...done() };
}

/** A returning reader: the query ran once in this context; a new page runs it again from the HTTP cache. */
export async function warmSearch(browser: Browser, server: RunningServer, query: string): Promise<SearchTiming> {
  const context = await browser.newContext();
  const first = await context.newPage();
  await openModal(first, server.url);
  await typeAndTime(first, query);
  await first.waitForLoadState('networkidle');
  await first.close();
  const page = await context.newPage();
  await openModal(page, server.url);
  const timing = await typeAndTime(page, query);
  await context.close();
  return timing;
}

/** One page, one modal: a warm-up query, then each query in turn, as a reader refining a search. */
export async function sessionSearches(
  browser: Browser,
  server: RunningServer,
  queries: string[],
): Promise<SearchTiming[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openModal(page, server.url);
  await typeAndTime(page, 'meta');
  const out: SearchTiming[] = [];
  for (const q of queries) out.push(await typeAndTime(page, q));
  await context.close();
  return out;
}
