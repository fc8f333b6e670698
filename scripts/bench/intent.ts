/**
 * Search's intent-to-ready time, for `npm run bench`: from a click on the header's search trigger
 * to the modal open with its input focused and ready for typing (src/scripts/search-loader.ts),
 * and on to the first results of a query typed at that moment. Two states, each in a new browser
 * context (an empty cache) on the home page, loaded and idle:
 *   - cold: no intent before the click (the trigger is clicked by script: no pointer or focus
 *     events reach it first), so the click starts every fetch;
 *   - after hover: the pointer rests on the trigger until its prefetch has finished (the modal is
 *     built and Pagefind's entry file, wasm and metadata are sent), then the same click.
 * Times are taken inside the page (performance.now()): from the click event to the input's focus,
 * and to the modal's `site-results` event for the query. The prefetch itself is reported too: its
 * time from the hover and what it fetched (gzip, as sent).
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';

const TRIGGER = '[data-search-trigger]';
const QUERY = 'camera roll';
/** Files of search: the modal's chunks, Pagefind's files and the site's search data. */
const isSearch = (path: string) =>
  path.startsWith('/_astro/search-') || path.startsWith('/pagefind/') || path === '/search-data.json';

export interface IntentRun {
  /** Click → the modal's input focused (the box ready for typing). */
  readyMs: number;
  /** Click → the first results for QUERY, typed the moment the input is focused (includes the modal's 30 ms pause). */
  resultsMs: number;
}
export interface Prefetch {
  /** Hover → the modal built and Pagefind's metadata and wasm sent; NaN when nothing was prefetched. */
  ms: number;
  bytes: number;
  requests: number;
}

/** Timers for one click, installed in the page before it. */
async function instrument(page: Page, query: string): Promise<void> {
  await page.evaluate((q) => {
    const b = { click: 0, ready: 0, results: 0 };
    (window as unknown as { __intent: typeof b }).__intent = b;
    document.addEventListener(
      'click',
      (e) => {
        if ((e.target as Element).closest('[data-search-trigger]') && !b.click) b.click = performance.now();
      },
      true,
    );
    document.addEventListener(
      'focusin',
      (e) => {
        const input = e.target as HTMLInputElement;
        if (b.ready || !input.matches('dialog[data-search-dialog][open] input')) return;
        b.ready = performance.now();
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      true,
    );
    // The modal's events do not bubble; a capturing listener on the document still sees them.
    document.addEventListener('site-results', () => (b.results ||= performance.now()), true);
  }, query);
}

async function clickAndTime(page: Page): Promise<IntentRun> {
  await page.locator(TRIGGER).evaluate((el: HTMLElement) => el.click());
  const b = await page.waitForFunction(
    () => {
      const t = (window as unknown as { __intent: { click: number; ready: number; results: number } }).__intent;
      return t.results > 0 && t;
    },
    undefined,
    { timeout: 30_000 },
  );
  const t = (await b.jsonValue()) as { click: number; ready: number; results: number };
  return { readyMs: t.ready - t.click, resultsMs: t.results - t.click };
}

async function openPage(browser: Browser, server: RunningServer): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.waitForLoadState('networkidle');
  return page;
}

/** A cold click: nothing of search loaded before it. */
export async function coldClick(browser: Browser, server: RunningServer): Promise<IntentRun> {
  const page = await openPage(browser, server);
  await instrument(page, QUERY);
  const run = await clickAndTime(page);
  await page.context().close();
  return run;
}

/** Hover, wait for the prefetch to finish (up to 15 s), then the same click. */
export async function clickAfterHover(
  browser: Browser,
  server: RunningServer,
): Promise<{ run: IntentRun; prefetch: Prefetch }> {
  const page = await openPage(browser, server);
  await instrument(page, QUERY);
  const from = server.sent.length;
  const fetched = () => server.sent.slice(from).filter((r) => isSearch(r.path));
  const started = performance.now();
  await page.hover(TRIGGER);
  let ms = NaN;
  const deadline = started + 15_000;
  while (performance.now() < deadline) {
    const paths = fetched().map((r) => r.path);
    const built = await page.locator('dialog[data-search-dialog][data-ready]').count();
    if (built && paths.some((p) => p.endsWith('.pf_meta')) && paths.some((p) => /\/wasm\.\w+\.pagefind$/.test(p))) {
      ms = performance.now() - started;
      break;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
  // Let the worker finish instantiating the wasm it has just received.
  await page.waitForTimeout(200);
  const list = fetched();
  const prefetch = { ms, bytes: list.reduce((sum, r) => sum + r.bytes, 0), requests: list.length };
  const run = await clickAndTime(page);
  await page.context().close();
  return { run, prefetch };
}

const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)]! : NaN;
};
const range = (xs: number[]) =>
  `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;

/**
 * Serves the built site in `dir` (gzip on), runs `runs` cold clicks and `runs` clicks after a
 * hover, alternating, and returns the report section as Markdown lines.
 */
export async function intentSection(dir: string, label: string, runs = 7): Promise<string[]> {
  const browser = await launchChromium();
  const server = await serveStatic(dir, '/', { gzip: true, cache: true });
  const cold: IntentRun[] = [];
  const warm: IntentRun[] = [];
  const prefetches: Prefetch[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      cold.push(await coldClick(browser, server));
      const w = await clickAfterHover(browser, server);
      warm.push(w.run);
      prefetches.push(w.prefetch);
    }
  } finally {
    await server.close();
    await browser.close();
  }
  const prefetched = prefetches.filter((p) => !Number.isNaN(p.ms));
  const row = (name: string, list: IntentRun[]) =>
    `| ${name} | ${range(list.map((r) => r.readyMs))} | ${range(list.map((r) => r.resultsMs))} |`;
  return [
    `\n### Search intent-to-ready (${label}; ms, median of ${runs} runs, min–max in brackets)`,
    '',
    `| state | click → input focused, ready to type | click → first results for "${QUERY}" |`,
    '|---|---:|---:|',
    row('cold (no intent before the click)', cold),
    row('after hover intent (prefetch finished)', warm),
    '',
    prefetched.length
      ? `The hover's prefetch (the modal's code, pagefind.js, its worker, entry file, wasm and metadata, search-data.json; no index chunk) took ${Math.round(median(prefetched.map((p) => p.ms)))} ms from the hover and fetched ${(median(prefetched.map((p) => p.bytes)) / 1024).toFixed(1)} KB gzip in ${median(prefetched.map((p) => p.requests))} requests. Each run is a new browser context (empty cache) on the home page, served on loopback with gzip; the click is dispatched by script, so no pointer or focus event reaches the trigger before it in the cold runs; times are taken in the page from the click event.`
      : 'Hovering the trigger prefetched nothing in this build: both rows are cold clicks.',
  ];
}
