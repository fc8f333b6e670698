import { describe, expect, it } from 'vitest';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles, htmlFiles, pagePath, readHtml } from '../support/site-files.ts';
import { startTags } from '../support/html.ts';

describe.each(TARGETS)('reader experience ($name build)', (target) => {
  const site = serveToChromium(target, 'static');
  const articles = builtArticles(target);

  it('previous/next links walk the articles in the reading order of the articles index', () => {
    articles.forEach((article, i) => {
      const rel = (name: string) =>
        startTags(readHtml(target.dist, article.file), /^a$/)
          .find((t) => t.attrs.get('rel') === name)
          ?.attrs.get('href');
      expect([rel('prev'), rel('next')], article.path).toEqual([articles[i - 1]?.path, articles[i + 1]?.path]);
    });
  });

  it('articles have a table of contents whose links reach their sections, and breadcrumbs', async () => {
    const page = await (await site.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(site.server.origin + articles[1]!.path);
    const toc = page.locator('nav.toc');
    expect(await toc.count()).toBe(1);
    const links = toc.locator('a');
    expect(await links.first().isVisible()).toBe(true);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const h of hrefs) expect(await page.locator(`[id="${h.slice(1)}"]`).count(), h).toBe(1);
    expect(await page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]').count()).toBe(1);
    // On a phone the same contents are a closed <details> above the article, opened on demand.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await toc.locator('summary').isVisible()).toBe(true);
    expect(await links.first().isVisible()).toBe(false);
    await toc.locator('summary').click();
    await links.first().waitFor({ state: 'visible' });
    const tocBox = (await toc.boundingBox())!;
    const articleBox = (await page.locator('article h1').boundingBox())!;
    expect(tocBox.y).toBeLessThan(articleBox.y);
  });

  it('headings carry anchor links rendered in the HTML', async () => {
    const page = await (await site.browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(site.server.origin + articles[0]!.path);
    const anchors = page.locator('article h2 > a.heading-anchor');
    expect(await anchors.count()).toBeGreaterThan(5);
    const first = anchors.first();
    expect(await first.getAttribute('href')).toBe(`#${await first.evaluate((a) => a.parentElement!.id)}`);
  });

  it('prints the article and its sources without navigation, with link addresses', async () => {
    const page = await (await site.browser.newContext()).newPage();
    await page.goto(site.server.origin + articles[0]!.path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('nav[aria-label="Main"]').isVisible()).toBe(false);
    expect(await page.locator('footer').isVisible()).toBe(false);
    expect(await page.locator('nav.toc').first().isVisible()).toBe(false);
    expect(await page.locator('#references').isVisible()).toBe(true);
    const after = await page
      .locator('.references a[href^="https"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/https:\/\//);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('dark mode follows the system, and a chosen theme is remembered and applied before the first paint', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.server.url}articles/`);
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(await bg()).toBe('rgb(17, 19, 24)');
    await page.locator('[data-theme-select] select').selectOption('light');
    await expect.poll(bg).toBe('rgb(255, 255, 255)');
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
    await expect.poll(bg).toBe('rgb(17, 19, 24)');
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
  // The checker's browser tests are in tests/e2e/checker.test.ts.
});
