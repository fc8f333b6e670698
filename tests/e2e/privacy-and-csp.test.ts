import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { builtArticles, htmlFiles, pagePath } from '../support/site-files.ts';
import { MODAL, openSearch, searchFor } from '../support/search-modal.ts';
import { contentSecurityPolicy } from '../../src/lib/security-headers.ts';

/**
 * Every page of both builds, served by nginx with the site's headers, loaded in Chromium with
 * search used on top: the browser must send no request anywhere but the site itself (fonts,
 * analytics, images, scripts, prefetches or beacons), keep no cookie and no storage but the
 * theme choice, and meet the Content Security Policy with zero violations and a clean console.
 */

/** The only localStorage key the site may ever write: a theme choice. */
const ALLOWED_STORAGE_KEYS = ['theme'];

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
  policy: string;
}
declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/** Runs in every document before its own scripts (injected by the browser, so not subject to the CSP). */
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile + ':' + e.lineNumber, sample: e.sample, policy: e.originalPolicy });
  });
`;

interface Visit {
  requests: { url: string; method: string; body: string | null }[];
  console: string[];
  violations: Violation[];
  workers: string[];
}

describe.each(TARGETS)('privacy and CSP in Chromium, served by nginx ($name build)', (target) => {
  assertBuilt(target);
  const pages = htmlFiles(target.dist).map((file) => pagePath(file, target.base));

  const site = serveToChromium(target);
  let context: BrowserContext;
  let page: Page;
  let current: Visit;
  const visits = new Map<string, Visit>();
  /** Requests the browser has started and not yet finished or failed. */
  const inFlight = new Set<unknown>();
  /** Waits until every request the page (or its worker) started has finished: their errors count too. */
  const settled = () =>
    vi.waitFor(() => expect(inFlight.size, 'requests still in flight').toBe(0), { timeout: 15_000, interval: 100 });

  /** Loads `path`, runs `act`, and returns what happened meanwhile. */
  async function visit(
    label: string,
    path: string,
    act?: (page: Page) => Promise<void>,
    expectedStatus = 200,
  ): Promise<Visit> {
    current = { requests: [], console: [], violations: [], workers: [] };
    visits.set(label, current);
    const response = await page.goto(site.server.origin + path);
    expect(response?.status(), path).toBe(expectedStatus);
    await settled();
    if (act) {
      await act(page);
      await settled();
    }
    current.violations.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
    return current;
  }

  function expectClean(v: Visit, label: string, options: { missingPage?: boolean } = {}): void {
    const foreign = v.requests.filter(
      (r) => !r.url.startsWith(`${site.server.origin}/`) && !/^(data|blob):/.test(r.url),
    );
    expect(
      foreign.map((r) => r.url),
      `${label}: requests to other origins`,
    ).toEqual([]);
    const sending = v.requests.filter((r) => r.method !== 'GET' || r.body !== null);
    expect(
      sending.map((r) => `${r.method} ${r.url}`),
      `${label}: requests that send data`,
    ).toEqual([]);
    expect(v.violations, `${label}: CSP violations`).toEqual([]);
    expect(
      v.console.filter((m) => /content.security.policy|refused to/i.test(m)),
      `${label}: CSP console errors`,
    ).toEqual([]);
    // On a missing page, Chromium reports the document's own 404 status; that one is expected.
    const console = options.missingPage
      ? v.console.filter((m) => !/^error: Failed to load resource: .*status of 404/.test(m))
      : v.console;
    expect(console, `${label}: console errors and warnings`).toEqual([]);
  }

  beforeAll(async () => {
    // One context for the whole visit, as one reader: cookies and storage would accumulate.
    context = await site.browser.newContext();
    await context.addInitScript(RECORD_VIOLATIONS);
    context.on('request', (r) => {
      inFlight.add(r);
      current?.requests.push({ url: r.url(), method: r.method(), body: r.postData() });
    });
    context.on('requestfinished', (r) => inFlight.delete(r));
    context.on('requestfailed', (r) => inFlight.delete(r));
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') current?.console.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => current?.console.push(`pageerror: ${e.message}`));
    page.on('worker', (w) => {
      current?.workers.push(w.url());
      w.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') current?.console.push(`worker ${m.type()}: ${m.text()}`);
      });
    });
  });

  it('builds more than a handful of pages to visit', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s: nothing but the site is requested, and the CSP holds with zero violations', async (path) => {
    const v = await visit(path, path);
    expectClean(v, path);
    expect(v.requests.length).toBeGreaterThan(1);
    // The policy in force is the site's: in the <meta> tag and (from nginx) in the header.
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(
      contentSecurityPolicy('meta'),
    );
  });

  it('a missing page (status 404) is just as clean', async () => {
    const v = await visit('404', `${target.base}no-such-page/`, undefined, 404);
    expectClean(v, '404', { missingPage: true });
    expect(v.console).toHaveLength(1);
  });

  it('search modal: open with Ctrl+K, run a query, open a result on its highlighted section', async () => {
    const v = await visit('search modal', `${target.base}articles/`, async (p) => {
      await openSearch(p, 'Control+k');
      await searchFor(p, 'opt out of ads');
      const sub = p.locator(`${MODAL} pagefind-results a[href*="highlight="][href*="#"]`).first();
      await sub.waitFor({ timeout: 15_000 });
      // The modal's own requests, collected before leaving the page.
      current.violations.push(...(await p.evaluate(() => window.__cspViolations ?? [])));
      await sub.click();
      await p.waitForURL((u) => u.hash.length > 1);
      await expect.poll(() => p.locator('mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    });
    expectClean(v, 'search modal');
    // Search really ran in Pagefind's worker (WebAssembly allowed there too), not a fallback.
    expect(v.workers).toEqual([`${site.server.url}pagefind/pagefind-worker.js`]);
    expect(v.requests.some((r) => r.url.includes('/pagefind/wasm.'))).toBe(true);
    expect(v.requests.some((r) => r.url.includes('/pagefind/pagefind-highlight.js'))).toBe(true);
  });

  it('search page: ?q= runs at once, and the topic and platform filters narrow the results', async () => {
    const v = await visit('search page', `${target.base}search/?q=meta%20ai`, async (p) => {
      const count = async () =>
        Number(/(\d+) result/.exec((await p.locator('main [data-search-status]').textContent()) ?? '')?.[1] ?? NaN);
      await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(0);
      const before = await count();
      for (const [filter, option] of [
        ['platform', /WhatsApp/],
        ['topic', /.+/],
      ] as const) {
        const group = p.locator(`[data-search-filters] [data-filter="${filter}"]`);
        await group.locator('summary').click();
        await group.getByRole('checkbox', { name: option }).first().check();
      }
      await expect.poll(count, { timeout: 15_000 }).toBeLessThan(before);
    });
    expectClean(v, 'search page');
  });

  it('a page opened from a result with ?highlight= marks the words, with no inline style', async () => {
    const article = builtArticles(target)[0]!;
    // The longest word of its title is certain to be on the page.
    const word = article.title.split(/\W+/).reduce((a, b) => (b.length > a.length ? b : a));
    const v = await visit('highlight', `${article.path}?highlight=${encodeURIComponent(word)}`, async (p) => {
      await expect.poll(() => p.locator('mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    });
    expectClean(v, 'highlight');
    expect(await page.locator('style').count()).toBe(0);
  });

  it('after the whole visit: no cookie, no storage but the theme choice, no service worker or cache', async () => {
    expect(visits.size).toBeGreaterThan(pages.length);
    expect(await context.cookies()).toEqual([]);
    await page.goto(site.server.url);
    const stored = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      databases: 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '') : [],
      caches: 'caches' in window ? await caches.keys() : [],
      serviceWorkers: 'serviceWorker' in navigator ? (await navigator.serviceWorker.getRegistrations()).length : 0,
    }));
    expect(stored.cookie).toBe('');
    expect(stored.local.filter((k) => !ALLOWED_STORAGE_KEYS.includes(k))).toEqual([]);
    expect(stored).toMatchObject({ session: [], databases: [], caches: [], serviceWorkers: 0 });
  });

  it('the checks can fail: an injected inline script and a request to another origin are refused and reported', async () => {
    const v = await visit('control', target.base, async (p) => {
      await p.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.__inlineRan = true;';
        document.body.append(script);
        await fetch('https://example.com/').catch(() => undefined);
      });
    });
    expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
    // Each reported twice: once by the header from nginx, once by the <meta> tag; both are enforced.
    expect(v.violations.map((x) => x.directive).sort()).toEqual([
      'connect-src',
      'connect-src',
      'script-src-elem',
      'script-src-elem',
    ]);
    expect(new Set(v.violations.map((x) => x.policy))).toEqual(
      new Set([contentSecurityPolicy('header'), contentSecurityPolicy('meta')]),
    );
    expect(v.console.some((m) => /Content Security Policy/.test(m))).toBe(true);
  });
});
