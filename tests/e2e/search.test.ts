import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, newContext } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';

describe.each(TARGETS)('search ($name build)', (target) => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    assertBuilt(target);
    server = await serveStatic(target.dist, target.base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('typing a concern on the search page lists matching articles under the base, and a result opens', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${server.url}search/`);
    const input = page.locator('pagefind-input input');
    await input.waitFor();
    await input.fill('camera roll');
    const results = page.locator('pagefind-results a[href]');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith(`${target.base}articles/camera-roll-cloud-processing/`))).toBe(true);
    for (const h of hrefs) expect(h.startsWith(target.base)).toBe(true);
    await results.first().click();
    await page.waitForLoadState('domcontentloaded');
    expect(new URL(page.url()).pathname.startsWith(target.base)).toBe(true);
    expect(await page.locator('h1').count()).toBe(1);
  });

  it('ordinary pages fetch no search code or index until the reader asks', async () => {
    const page = await (await newContext(browser)).newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}articles/what-meta-announced/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  });
});
