import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { htmlFiles } from '../support/site-files.ts';

/**
 * axe-core over every built page of dist/, in light and in dark mode, with the WCAG 2.0, 2.1 and
 * 2.2 A and AA rules and axe's best practices: zero violations. Also with the search modal open
 * on a query's results, and on the search page with ?q=. Every request a page makes must go to
 * the site itself (no third-party requests).
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per failing element: rule, impact, selector and axe's summary, so a failure says what to fix. */
function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`),
  );
}

const target = TARGETS[0]!;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

describe('accessibility of every page in light and dark mode (root build)', () => {
  let browser: Browser;
  let server: RunningServer;
  const contexts = new Map<Scheme, BrowserContext>();
  const offSite: string[] = [];

  beforeAll(async () => {
    assertBuilt(target);
    server = await serveStatic(target.dist, target.base);
    browser = await launchChromium();
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ colorScheme });
      context.on('request', (r) => {
        if (!r.url().startsWith(server.origin) && !r.url().startsWith('data:')) offSite.push(r.url());
      });
      contexts.set(colorScheme, context);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  // Legacy mode runs axe once in the page instead of per frame plus a finishing run in a new
  // page: the site has no iframes, so the result is the same, in about half the time.
  const scan = async (page: Page) =>
    describeViolations(
      (await new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze()).violations,
    );

  /** Runs `visit` in a fresh page in light and in dark mode at once (one per core), then axe on each. */
  const inBothSchemes = async (visit: (page: Page) => Promise<void>): Promise<string[]> => {
    const found = await Promise.all(
      SCHEMES.map(async (scheme) => {
        const page = await contexts.get(scheme)!.newPage();
        try {
          await visit(page);
          return (await scan(page)).map((v) => `[${scheme}] ${v}`);
        } finally {
          await page.close();
        }
      }),
    );
    return found.flat();
  };

  it('axe finds a real violation when there is one (the scan can fail)', async () => {
    const found = await inBothSchemes((page) =>
      page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><p style="color:#999;background:#aaa">low contrast</p></main></html>'),
    );
    for (const scheme of SCHEMES) {
      expect(found.some((v) => v.startsWith(`[${scheme}] image-alt`))).toBe(true);
      expect(found.some((v) => v.startsWith(`[${scheme}] color-contrast`))).toBe(true);
    }
  });

  it.each(htmlFiles(target.dist))('%s', async (file) => {
    const found = await inBothSchemes(async (page) => {
      const response = await page.goto(server.url + file.replace(/index\.html$/, ''));
      expect(response?.status()).toBe(200);
    });
    expect(found).toEqual([]);
  });

  it('the search modal, open with results for a query', async () => {
    const found = await inBothSchemes(async (page) => {
      await page.goto(`${server.url}articles/`);
      await page.locator('[data-search-trigger]').click();
      const input = page.locator('pagefind-modal dialog[open] pagefind-input input');
      await input.waitFor();
      await input.fill('opt out');
      await page.locator('pagefind-modal dialog[open] pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState('networkidle');
    });
    expect(found).toEqual([]);
  });

  it('the search modal showing the no-results help', async () => {
    const found = await inBothSchemes(async (page) => {
      await page.goto(server.url);
      await page.locator('[data-search-trigger]').click();
      await page.locator('pagefind-modal dialog[open] pagefind-input input').fill('kumquat');
      await page.locator('pagefind-modal [data-search-help]').waitFor({ state: 'visible', timeout: 15_000 });
    });
    expect(found).toEqual([]);
  });

  it('/search/?q=… with its results and filters', async () => {
    const found = await inBothSchemes(async (page) => {
      await page.goto(`${server.url}search/?q=whatsapp`);
      await page.locator('pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
      await page.locator('pagefind-filter-dropdown .pf-dropdown-trigger').first().waitFor();
      await page.waitForLoadState('networkidle');
    });
    expect(found).toEqual([]);
  });

  it('no page made a request to another origin', () => {
    expect(offSite).toEqual([]);
  });
});
