import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { htmlFiles, pagePath } from '../support/site-files.ts';

describe.each(TARGETS)('reader experience ($name build)', (target) => {
  const site = serveToChromium(target, 'static');

  it('articles have a table of contents whose links reach their sections, breadcrumbs, and previous/next links in reading order', async () => {
    const page = await (await site.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${site.server.url}articles/can-you-opt-out/`);
    const toc = page.locator('nav.toc');
    expect(await toc.count()).toBe(1);
    const links = toc.locator('a');
    expect(await links.first().isVisible()).toBe(true);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(await page.locator(`[id="${h.slice(1)}"]`).count(), h).toBe(1);
    expect(await page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]').count()).toBe(1);
    const prev = await page.locator('a[rel="prev"]').getAttribute('href');
    const next = await page.locator('a[rel="next"]').getAttribute('href');
    expect(prev).toBe(`${target.base}articles/what-meta-announced/`);
    expect(next).toBe(`${target.base}articles/camera-roll-cloud-processing/`);
    // On a phone the same contents are a closed <details> above the article, opened on demand.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await toc.locator('summary').isVisible()).toBe(true);
    expect(await links.first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    expect(await links.first().isVisible()).toBe(true);
    const tocBox = (await toc.boundingBox())!;
    const articleBox = (await page.locator('article h1').boundingBox())!;
    expect(tocBox.y).toBeLessThan(articleBox.y);
  });

  it('headings carry anchor links rendered in the HTML', async () => {
    const page = await (await newContext(site.browser, { javaScriptEnabled: false })).newPage();
    await page.goto(`${site.server.url}articles/what-meta-announced/`);
    const anchors = page.locator('article h2 > a.heading-anchor');
    expect(await anchors.count()).toBeGreaterThan(5);
    const first = anchors.first();
    expect(await first.getAttribute('href')).toBe(`#${await first.evaluate((a) => a.parentElement!.id)}`);
  });

  it('prints the article and its sources without navigation, with link addresses', async () => {
    const page = await (await newContext(site.browser)).newPage();
    await page.goto(`${site.server.url}articles/whatsapp-and-meta-ai/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="Main"]').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.locator('nav.toc').first().isVisible()).toBe(false);
    expect(await page.locator('#references').isVisible()).toBe(true);
    const after = await page.locator('.references a[href^="https"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/https:\/\//);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('dark mode follows the system, and a chosen theme is remembered and applied before the first paint', async () => {
    const context = await newContext(site.browser, { colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}articles/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await bg()).toBe('rgb(17, 19, 24)');
    await page.locator('[data-theme-select] select').selectOption('light');
    expect(await bg()).toBe('rgb(255, 255, 255)');
    // On the next page the stored choice must already be on <html> when <body> starts.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset.theme ?? 'none';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${site.server.url}timeline/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('light');
    expect(await bg()).toBe('rgb(255, 255, 255)');
    // Back to following the system.
    await page.locator('[data-theme-select] select').selectOption('system');
    expect(await bg()).toBe('rgb(17, 19, 24)');
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    await context.close();
  });

  it('no page scrolls sideways on a 320 px wide screen', async () => {
    const page = await (await site.browser.newContext({ viewport: { width: 320, height: 640 } })).newPage();
    const wide: string[] = [];
    for (const file of htmlFiles(target.dist)) {
      await page.goto(site.server.origin + pagePath(file, target.base));
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${file}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });

  it('"Am I affected?" answers from the rules, and without JavaScript shows the same rules as a table', async () => {
    const page = await (await newContext(site.browser)).newPage();
    await page.goto(`${site.server.url}checker/`);
    const visibleCards = () => page.locator('[data-checker-results] li.checker-card:visible h3').allTextContents();
    await page.locator('input[name="region"][value="eu"]').check();
    await page.locator('input[name="apps"][value="whatsapp"]').check();
    await page.locator('input[name="metaAi"][value="text"]').check();
    const eu = await visibleCards();
    expect(eu).toContain('Your region was left out at launch');
    expect(eu).not.toContain('Your Meta AI chats can shape your ads and your feed');
    await page.locator('input[name="region"][value="us"]').check();
    await page.locator('input[name="whatsappLinked"][value="yes"]').check();
    const us = await visibleCards();
    expect(us).toContain('Your Meta AI chats can shape your ads and your feed');
    expect(us).toContain('Your WhatsApp chats with Meta AI can reach Facebook and Instagram');
    expect(await page.locator('[data-checker-summary]').textContent()).toMatch(/^\d+ points? appl/);

    const noJs = await (await newContext(site.browser, { javaScriptEnabled: false })).newPage();
    await noJs.goto(`${site.server.url}checker/`);
    expect(await noJs.locator('[data-checker-form]').isVisible()).toBe(false);
    expect(await noJs.locator('table.checker-table tbody tr').count()).toBeGreaterThanOrEqual(12);
  });
});
