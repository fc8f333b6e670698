import { beforeAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { htmlFiles } from '../support/site-files.ts';
import { openSearch, searchFor, searchForNothing, summaryText } from '../support/search-modal.ts';

/**
 * axe-core over every built page of dist/, in light and in dark mode, with the WCAG 2.0, 2.1 and
 * 2.2 A and AA rules and axe's best practices: zero violations. Also with the search modal open
 * on a query's results, and on the search page with ?q=. (That pages request nothing from other
 * origins is tests/e2e/privacy-and-csp.test.ts's.)
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** One line per failing element: rule, impact, selector and axe's summary, so a failure says what to fix. */
function describeViolations(violations: Violation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'n/a'}) ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? v.help}`,
    ),
  );
}

const target = TARGETS[0]!;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

describe('accessibility of every page in light and dark mode (root build)', () => {
  const site = serveToChromium(target, 'static');
  const contexts = new Map<Scheme, BrowserContext>();

  beforeAll(async () => {
    for (const colorScheme of SCHEMES) contexts.set(colorScheme, await site.browser.newContext({ colorScheme }));
  });

  // Legacy mode runs axe once in the page instead of per frame plus a finishing run in a new
  // page: the site has no iframes, so the result is the same, in about half the time.
  const scan = async (page: Page) =>
    describeViolations(
      (
        await new AxeBuilder({ page })
          .withTags(AXE_TAGS)
          .options({ resultTypes: ['violations'] })
          .setLegacyMode(true)
          .analyze()
      ).violations,
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
      page.setContent(
        '<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><p style="color:#999;background:#aaa">low contrast</p></main></html>',
      ),
    );
    for (const scheme of SCHEMES) {
      expect(found.some((v) => v.startsWith(`[${scheme}] image-alt`))).toBe(true);
      expect(found.some((v) => v.startsWith(`[${scheme}] color-contrast`))).toBe(true);
    }
  });

  it.each(htmlFiles(target.dist))('%s', async (file) => {
    const found = await inBothSchemes(async (page) => {
      const response = await page.goto(site.server.url + file.replace(/index\.html$/, ''));
      expect(response?.status()).toBe(200);
    });
    expect(found).toEqual([]);
  });

  it('the search modal, open with results for a query', async () => {
    const found = await inBothSchemes(async (page) => {
      await page.goto(`${site.server.url}articles/`);
      await openSearch(page);
      await searchFor(page, 'opt out');
    });
    expect(found).toEqual([]);
  });

  it('the search modal showing the no-results help', async () => {
    const found = await inBothSchemes(async (page) => {
      await page.goto(site.server.url);
      await openSearch(page);
      await searchForNothing(page);
    });
    expect(found).toEqual([]);
  });

  it('/search/?q=… with its results and filters', async () => {
    const found = await inBothSchemes(async (page) => {
      await page.goto(`${site.server.url}search/?q=whatsapp`);
      await page.locator('main pagefind-results a[href]').first().waitFor({ timeout: 15_000 });
      await page.locator('[data-search-filters] details summary').first().click();
      await expect.poll(() => summaryText(page, 'main'), { timeout: 15_000 }).toMatch(/\d+ results? for whatsapp/i);
    });
    expect(found).toEqual([]);
  });
});
