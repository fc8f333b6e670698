import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';

describe.each(TARGETS)('reading the site ($name build)', (target) => {
  const site = serveToChromium(target);
  let page: Page;

  beforeAll(async () => {
    page = await (await site.browser.newContext()).newPage();
  });

  it('home page lists the explainers, and each card opens its article', async () => {
    await page.goto(site.server.url);
    const cards = page.locator('main ol li a');
    expect(await cards.count()).toBeGreaterThanOrEqual(8);
    const first = cards.first();
    const title = (await first.textContent())?.trim();
    await first.click();
    await expect.poll(() => page.locator('h1').textContent()).toBe(title);
    expect(new URL(page.url()).pathname.startsWith(`${target.base}articles/`)).toBe(true);
  });

  it('an article shows its dates, short version and numbered sources, and a citation jumps to its reference', async () => {
    await page.goto(site.server.origin + builtArticles(target)[0]!.path);
    await expect.poll(() => page.locator('#the-short-version').count()).toBe(1);
    expect(await page.locator('.page-dates time').count()).toBeGreaterThanOrEqual(2);
    const refs = page.locator('#references + p + ol > li');
    expect(await refs.count()).toBeGreaterThan(3);
    const cite = page.locator('.cite a').first();
    const href = await cite.getAttribute('href');
    expect(href).toBe('#s1');
    expect(await cite.textContent()).toBe('1');
    await cite.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(href);
    expect(await page.locator(`${href} .source-citation`).count()).toBe(1);
  });

  it('a missing page shows the helpful 404 with links under the base', async () => {
    const response = await page.goto(`${site.server.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toMatch(/could not find/i);
    const searchHref = await page.locator('main a', { hasText: 'Search the site' }).getAttribute('href');
    expect(searchHref).toBe(`${target.base}search/`);
  });

  it('data pages are generated: timeline, sources and glossary', async () => {
    await page.goto(`${site.server.url}timeline/`);
    expect(await page.locator('main ol > li[id]').count()).toBeGreaterThan(30);
    await page.goto(`${site.server.url}sources/`);
    const sources = page.locator('main ol > li[id^="S-"]');
    expect(await sources.count()).toBeGreaterThan(50);
    await page.goto(`${site.server.url}glossary/`);
    expect(await page.locator('main dl > div[id]').count()).toBeGreaterThanOrEqual(20);
  });
});
