/**
 * Search speed at any size, as the reader sees it through the search modal: the figures issue 13
 * sets targets for, read from the search timings of scripts/bench/browser.ts, plus the time
 * "Show more" takes to rank and draw the next page of results.
 *
 *   - keystroke to first result on screen at the real size, cold and warm (target: ≤ 100 ms warm);
 *   - cold first-search bytes at the real size (target: ≤ 181.5 KB, the figure before the
 *     search was rebuilt on Pagefind's JS API);
 *   - at 10,000 generated articles, keystroke to first result for each benchmark query, cold and
 *     in a session (target: < 1 s each), and "Show more".
 * "First result" is the first result on screen: on a large site (src/scripts/search-view.ts,
 * LARGE_SITE) the quick first look among the short records, drawn before the whole search; the
 * whole search's time is the "search" column of the Search table. Warm runs read from the HTTP
 * cache because the benchmark's server sends the site's Cache-Control rules.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningServer } from '../lib/static-server.ts';
import type { ColdSearch, SearchTiming } from './browser.ts';

export const TARGETS = { warmTypedMs: 100, coldKb: 181.5, bigTypedMs: 1000 } as const;

const MODAL = 'dialog[data-search-dialog][open]';
const LINKS = `${MODAL} pagefind-results .search-result-link`;

/**
 * In one page: types `query`, waits for its first page of results, then clicks "Show more" and
 * times the click to the next results on screen (ranking the next candidates loads their data).
 * NaN when the query has a single page of results.
 */
export async function showMoreMs(browser: Browser, server: RunningServer, query: string): Promise<number> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  try {
    await page.goto(server.url);
    await page.locator('[data-search-trigger]').click();
    await page.locator(`dialog[data-search-dialog][data-ready]`).waitFor({ timeout: 30_000 });
    // The whole results, not a large site's quick first look: "Show more" continues those.
    await page.evaluate((want) => {
      const w = window as unknown as { __whole?: boolean };
      document
        .querySelector('dialog[data-search-dialog]')!
        .addEventListener('site-results', (e) => (w.__whole ||= (e as CustomEvent<string>).detail === want));
    }, query);
    await page.locator(`${MODAL} input[type="search"]`).pressSequentially(query, { delay: 20 });
    await page.waitForFunction(() => (window as unknown as { __whole?: boolean }).__whole, undefined, {
      timeout: 30_000,
    });
    await page.locator(LINKS).first().waitFor({ timeout: 30_000 });
    const more = page.locator(`${MODAL} [data-search-more]`);
    if (!(await more.isVisible())) return NaN;
    const before = await page.locator(LINKS).count();
    return await page.evaluate(
      ({ links, before }) =>
        new Promise<number>((resolve) => {
          const button = document.querySelector<HTMLButtonElement>('dialog[data-search-dialog] [data-search-more]')!;
          const start = performance.now();
          const observer = new MutationObserver(() => {
            if (document.querySelectorAll(links).length > before) {
              observer.disconnect();
              resolve(performance.now() - start);
            }
          });
          observer.observe(button.closest('dialog')!, { childList: true, subtree: true });
          button.click();
        }),
      { links: LINKS, before },
    );
  } finally {
    await context.close();
  }
}

export interface SearchRun {
  site: string;
  cold: ColdSearch[];
  warm: SearchTiming[];
  session: SearchTiming[];
  /** Query → "Show more" ms, where measured. */
  more?: Map<string, number>;
}

const median = (xs: number[]) => {
  const v = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)]! : NaN;
};
const ms = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? '–' : String(Math.round(x)));
const mark = (ok: boolean) => (ok ? 'met' : 'missed');
/** Last keystroke → the whole results drawn: the wait before the search starts, plus the search. */
export const wholeMs = (r: SearchTiming): number => r.typedMs - r.shownMs + r.searchMs;

/** The "Speed at any size" section, as Markdown lines. */
export function speedLines(runs: SearchRun[], queries: string[]): string[] {
  const out: string[] = ['', '### Search speed at any size (through the search modal)', ''];
  const real = runs[0];
  if (real) {
    const coldTyped = median(real.cold.map((r) => r.typedMs));
    const warmTyped = median(real.warm.map((r) => r.typedMs));
    const worstWarm = Math.max(...real.warm.map((r) => r.typedMs));
    const coldKb = median(real.cold.map((r) => r.bytes)) / 1024;
    out.push(
      '| real site | figure | target |',
      '|---|---:|---|',
      `| keystroke to first result, cold (median) | ${ms(coldTyped)} ms | – |`,
      `| keystroke to first result, warm (median; worst) | ${ms(warmTyped)} ms; ${ms(worstWarm)} ms | ≤ ${TARGETS.warmTypedMs} ms: ${mark(warmTyped <= TARGETS.warmTypedMs)} |`,
      `| cold first-search bytes (median) | ${coldKb.toFixed(1)} KB | ≤ ${TARGETS.coldKb} KB: ${mark(coldKb <= TARGETS.coldKb)} |`,
    );
  }
  for (const run of runs.slice(1)) {
    out.push(
      '',
      `**${run.site}**: keystroke to first result (ms; target < ${TARGETS.bigTypedMs} ms each), and "Show more" to the next results`,
      '',
      '| query | cold | session | cold: keystroke to the whole results | Show more | target |',
      '|---|---:|---:|---:|---:|---|',
    );
    queries.forEach((q, i) => {
      const c = run.cold[i];
      const cold = c?.typedMs;
      const session = run.session[i]?.typedMs;
      const worst = Math.max(cold ?? Infinity, session ?? Infinity);
      out.push(
        `| ${q} | ${ms(cold)} | ${ms(session)} | ${ms(c && wholeMs(c))} | ${ms(run.more?.get(q))} | ${mark(worst < TARGETS.bigTypedMs)} |`,
      );
    });
  }
  out.push(
    '',
    'Cold: a new browser context, the first search of the visit. Warm: a new page whose HTTP cache holds an earlier visit that ran the query. Session: the same open modal, after other queries. The modal searches 30 ms after a keystroke; on a large site the first result is the quick first look (the whole search follows once the reader pauses).',
  );
  return out;
}
