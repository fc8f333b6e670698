import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newContext } from '../support/browser.ts';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';

describe.each(TARGETS)('search ($name build)', (target) => {
  const site = serveToChromium(target);

  async function freshPage(javaScriptEnabled = true): Promise<{ page: Page; fetched: string[] }> {
    const page = await (await newContext(site.browser, { javaScriptEnabled })).newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    return { page, fetched };
  }

  const modalInput = (page: Page) => page.locator('pagefind-modal dialog[open] pagefind-input input');
  const modalResults = (page: Page) => page.locator('pagefind-modal dialog[open] pagefind-results a[href]');

  it('ordinary pages fetch no search code or index until the reader opens search', async () => {
    const { page, fetched } = await freshPage();
    await page.goto(`${site.server.url}articles/what-meta-announced/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  });

  it('the shortcut Ctrl+K opens the modal with focus in the input; arrows move through results; a sub-result lands on its highlighted section', async () => {
    const { page, fetched } = await freshPage();
    await page.goto(`${site.server.url}articles/`);
    await page.keyboard.press('Control+k');
    await modalInput(page).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    expect(fetched.some((p) => p === `${target.base}pagefind/pagefind-component-ui.js`)).toBe(true);
    await page.keyboard.type('advanced chat privacy');
    // The summary announces a count to screen readers. Wait for the one for the whole query: on a busy
    // machine a search can start mid-typing, and the final one then empties and refills the list.
    await expect
      .poll(() => page.locator('pagefind-modal pagefind-summary').textContent(), { timeout: 15_000 })
      .toMatch(/\d+ results? for advanced chat privacy/i);
    await modalResults(page).first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('ArrowDown');
    const firstHref = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    expect(firstHref?.startsWith(target.base)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const secondHref = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href'));
    expect(secondHref).not.toBe(firstHref);
    // Open a sub-result (a link to a #section) and land on that section with the words highlighted.
    const sub = page.locator('pagefind-modal dialog[open] pagefind-results a[href*="#"]').first();
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
    await page.keyboard.press('/');
    await modalInput(page).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.hasAttribute('data-search-trigger'))).toBe(true);
    await page.locator('[data-search-trigger]').click();
    await modalInput(page).waitFor();
  });

  it('a query that finds nothing offers the question index and topics instead of an empty box', async () => {
    const { page } = await freshPage();
    await page.goto(site.server.url);
    await page.locator('[data-search-trigger]').click();
    await modalInput(page).fill('kumquat');
    const help = page.locator('pagefind-modal [data-search-help]');
    await help.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await help.locator(`a[href="${target.base}questions/"]`).count()).toBe(1);
  });

  it('/search/?q=camera%20roll shows results at once, and the platform filter narrows them', async () => {
    const { page } = await freshPage();
    await page.goto(`${site.server.url}search/?q=camera%20roll`);
    const results = page.locator('pagefind-results a[href]');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith(`${target.base}articles/camera-roll-cloud-processing/`))).toBe(true);
    for (const h of hrefs) expect(h.startsWith(target.base)).toBe(true);
    expect(await page.locator('pagefind-input input').inputValue()).toBe('camera roll');

    await page.locator('pagefind-input input').fill('meta ai');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('meta ai');
    const countText = async () => (await page.locator('pagefind-summary').textContent()) ?? '';
    await expect.poll(countText, { timeout: 15_000 }).toMatch(/\d+ result/);
    const before = Number(/(\d+) result/.exec(await countText())![1]);
    const platform = page.locator('pagefind-filter-dropdown[filter="platform"]');
    await platform.locator('button').first().click();
    await platform.getByRole('option', { name: /WhatsApp/ }).first().click();
    await expect.poll(async () => Number(/(\d+) result/.exec(await countText())?.[1] ?? NaN), { timeout: 15_000 }).toBeLessThan(before);
  });

  it('without JavaScript the search trigger leads to the question index', async () => {
    const { page } = await freshPage(false);
    await page.goto(`${site.server.url}articles/`);
    await page.locator('[data-search-trigger]').click();
    await page.waitForURL(`**${target.base}questions/`);
    expect(await page.locator('main section.question').count()).toBeGreaterThanOrEqual(20);
  });
});
