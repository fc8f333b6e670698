import { describe, expect, it } from 'vitest';
import { serveToChromium } from '../support/served-site.ts';
import { htmlFiles, pagePath, readHtml } from '../support/site-files.ts';
import { TARGETS } from '../support/targets.ts';

/** A phone: the reader with one worry. */
const PHONE = { width: 390, height: 844 };

describe.each(TARGETS)('every article answers first ($name build)', (target) => {
  const site = serveToChromium(target);
  // Every built article page, read from the build, not from a list in the test.
  const articles = () => htmlFiles(target.dist).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));

  it('finds the articles to check', () => {
    expect(articles().length).toBeGreaterThan(0);
  });

  it('shows the direct answer whole, under the title, on a 390×844 phone without scrolling', async () => {
    const context = await site.browser.newContext({
      viewport: PHONE,
      deviceScaleFactor: 1,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    try {
      for (const file of articles()) {
        const url = site.server.origin + pagePath(file, target.base);
        await page.goto(url);
        const answer = page.locator('article .direct-answer');
        await answer.waitFor();
        const box = await answer.boundingBox();
        const title = await page.locator('article h1').boundingBox();
        expect(box, `${url}: no direct answer`).not.toBeNull();
        expect(box!.y, `${url}: the answer sits above the title`).toBeGreaterThanOrEqual(title!.y + title!.height);
        expect(
          box!.y + box!.height,
          `${url}: the answer ends ${Math.round(box!.y + box!.height)} px down, below the 844 px screen`,
        ).toBeLessThanOrEqual(PHONE.height);
        expect(await page.evaluate(() => window.scrollY)).toBe(0);
        // The answer is cited, and is the first thing in the article's body.
        expect(await answer.locator('.cite a').count(), `${url}: the answer has no citation`).toBeGreaterThan(0);
        expect(readHtml(target.dist, file)).toMatch(/<div class="prose[^"]*">\s*<section class="direct-answer"/);
      }
    } finally {
      await context.close();
    }
  });
});
