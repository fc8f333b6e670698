import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';
import { MODAL, openSearch, searchFor, searchForNothing, summaryText } from '../support/search-modal.ts';

describe.each(TARGETS)('search ($name build)', (target) => {
  const site = serveToChromium(target);

  async function freshPage(javaScriptEnabled = true): Promise<{ page: Page; fetched: string[] }> {
    const page = await (await site.browser.newContext({ javaScriptEnabled })).newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    return { page, fetched };
  }

  it('ordinary pages fetch no search code or index until the reader opens search', async () => {
    const { page, fetched } = await freshPage();
    await page.goto(site.server.origin + builtArticles(target)[0]!.path);
    await page.locator('[data-search-trigger]').waitFor();
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  });

  it('the shortcut Ctrl+K opens the modal with focus in the input; arrows move through results; a sub-result lands on its highlighted section', async () => {
    const { page, fetched } = await freshPage();
    await page.goto(`${site.server.url}articles/`);
    await openSearch(page, 'Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    expect(fetched.some((p) => p === `${target.base}pagefind/pagefind-component-ui.js`)).toBe(true);
    await searchFor(page, 'advanced chat privacy');
    await page.keyboard.press('ArrowDown');
    const firstHref = await page.evaluate(() =>
      (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
    );
    expect(firstHref?.startsWith(target.base)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const secondHref = await page.evaluate(() =>
      (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'),
    );
    expect(secondHref).not.toBe(firstHref);
    // Open a sub-result (a link to a #section) and land on that section with the words highlighted.
    const sub = page.locator(`${MODAL} pagefind-results a[href*="#"]`).first();
    const href = (await sub.getAttribute('href'))!;
    expect(href).toMatch(/highlight=/);
    await sub.click();
    await page.waitForURL((u) => u.hash.length > 1);
    const hash = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${decodeURIComponent(hash)}"]`).count()).toBe(1);
    await expect.poll(() => page.locator('mark.pagefind-highlight').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('"/" and a click on the header trigger open the modal too; Escape closes it and focus returns', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await openSearch(page, '/');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator(MODAL).count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger')))
      .toBe(true);
    await openSearch(page);
  });

  it('a query that finds nothing offers the question index and topics instead of an empty box', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await openSearch(page);
    const help = await searchForNothing(page);
    expect(await help.locator(`a[href="${target.base}questions/"]`).count()).toBe(1);
  });

  // Which page "camera roll" finds is tests/e2e/relevance.test.ts's to say.
  it('/search/?q=camera%20roll shows results at once, all under the base, and the platform filter narrows them', async () => {
    const { page } = await freshPage();
    await page.goto(`${site.server.url}search/?q=camera%20roll`);
    const results = page.locator('pagefind-results a[href]');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(target.base)).toBe(true);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('camera roll');

    await page.locator('pagefind-input input').fill('meta ai');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('meta ai');
    const countText = () => summaryText(page, 'main');
    await expect.poll(countText, { timeout: 15_000 }).toMatch(/\d+ result/);
    const before = Number(/(\d+) result/.exec(await countText())![1]);
    const platform = page.locator('pagefind-filter-dropdown[filter="platform"]');
    await platform.locator('button').first().click();
    await platform
      .getByRole('option', { name: /WhatsApp/ })
      .first()
      .click();
    await expect
      .poll(async () => Number(/(\d+) result/.exec(await countText())?.[1] ?? NaN), { timeout: 15_000 })
      .toBeLessThan(before);
  });

  it('without JavaScript the search trigger leads to the question index', async () => {
    const { page } = await freshPage(false);
    await page.goto(`${site.server.url}articles/`);
    await page.locator('[data-search-trigger]').click();
    await page.waitForURL(`**${target.base}questions/`);
    expect(await page.locator('main section.question').count()).toBeGreaterThanOrEqual(20);
  });
});
