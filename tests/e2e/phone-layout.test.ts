import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { formatDate } from '../../src/lib/dates.ts';

/**
 * The site on a phone (390×844), as the reader with one worry meets it: the home page's answer
 * and its "Am I affected?" action on the first screen, a one-row header on every page, a menu
 * that works without JavaScript, the article's shortcuts and heading anchors, and the key-dates
 * strip's text alternative, which must name every key date in content/timeline.yaml.
 */
const PHONE = { width: 390, height: 844 };
const MAX_HEADER = 64;

/** The key events as the data has them (not as the page has them): the strip must show all of them. */
const keyDates = (parse(readFileSync('content/timeline.yaml', 'utf8')) as { date: string; key?: boolean }[])
  .filter((e) => e.key)
  .map((e) => formatDate(e.date));

// Reduced motion: in-page links jump instead of scrolling smoothly, so positions settle at once.
const phone = (site: ReturnType<typeof serveToChromium>, javaScriptEnabled = true) =>
  site.browser.newContext({
    viewport: PHONE,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled,
    reducedMotion: 'reduce',
  });

/** The visible key-dates SVG(s) of the page: their accessible name and description, by id. */
const stripAlternatives = (page: Page) =>
  page.locator('figure.key-dates svg[role="img"]').evaluateAll((svgs) =>
    svgs
      .filter((s) => s.getBoundingClientRect().width > 0)
      .map((s) => {
        const text = (attr: string) =>
          (s.getAttribute(attr) ?? '')
            .split(/\s+/)
            .filter(Boolean)
            .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
            .join(' ');
        return { name: text('aria-labelledby'), description: text('aria-describedby') };
      }),
  );

describe.each(TARGETS)('on a 390×844 phone ($name build)', (target) => {
  const site = serveToChromium(target, 'static');
  const article = () => builtArticles(target)[0]!;

  it('home: the H1 is the news, and the "At a glance" block and the "Am I affected?" action fit the first screen', async () => {
    const context = await phone(site);
    const page = await context.newPage();
    try {
      await page.goto(site.server.url);
      const h1 = (await page.locator('main h1').textContent())?.trim();
      expect(h1).not.toBe(siteConfig.name);
      const glance = page.locator('[data-at-a-glance]');
      await glance.waitFor();
      // Four rows, each a question, one cited sentence and a link.
      const rows = glance.locator('dl > div');
      expect(await rows.count()).toBe(4);
      for (const row of await rows.all()) {
        expect(await row.locator('.cite a').count()).toBeGreaterThan(0);
        expect(await row.locator('dd > a').count()).toBe(1);
      }
      const action = glance.locator(`a[href="${target.base}checker/"]`);
      expect(await action.count()).toBe(1);
      const boxes = {
        'the "At a glance" block': await glance.boundingBox(),
        'the "Am I affected?" action': await action.boundingBox(),
      };
      for (const [what, box] of Object.entries(boxes)) {
        expect(box, `${what} is not rendered`).not.toBeNull();
        expect(
          box!.y + box!.height,
          `${what} ends ${Math.round(box!.y + box!.height)} px down, below the 844 px screen`,
        ).toBeLessThanOrEqual(PHONE.height);
      }
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      // The status line is a real date.
      expect(await page.locator('[data-status] time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } finally {
      await context.close();
    }
  });

  it('the header is one row, at most 64 px tall, on home, an article, the checker, the timeline and search', async () => {
    const context = await phone(site);
    const page = await context.newPage();
    try {
      for (const path of ['', article().path.slice(target.base.length), 'checker/', 'timeline/', 'search/']) {
        await page.goto(site.server.url + path);
        const header = page.locator('body > header');
        await header.waitFor();
        const box = (await header.boundingBox())!;
        expect(box.height, `/${path}: the header is ${box.height} px tall`).toBeLessThanOrEqual(MAX_HEADER);
        // Name, search and menu side by side, inside the header.
        for (const part of ['a.site-name', '[data-search-trigger]', 'summary']) {
          const b = (await header.locator(part).boundingBox())!;
          expect(b, `/${path}: ${part} is missing`).not.toBeNull();
          expect(
            b.y >= box.y && b.y + b.height <= box.y + box.height,
            `/${path}: ${part} is outside the header row`,
          ).toBe(true);
        }
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      }
    } finally {
      await context.close();
    }
  });

  it('the menu works without JavaScript: closed at first, opened by tap or by keyboard, and its links are reachable', async () => {
    const context = await phone(site, false);
    const page = await context.newPage();
    try {
      await page.goto(site.server.url);
      const nav = page.locator('nav[aria-label="Main"]');
      const links = nav.locator('a');
      expect(await links.count()).toBe(siteConfig.nav.length);
      expect(await links.first().isVisible()).toBe(false);
      const headerBottom = (await page.locator('body > header').boundingBox())!.height;
      const h1Before = (await page.locator('main h1').boundingBox())!.y;
      await page.locator('details[data-site-menu] > summary').click();
      await links.first().waitFor({ state: 'visible' });
      expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        siteConfig.nav.map((n) => target.base + n.path),
      );
      // The open menu is drawn over the page: nothing moves, and the header keeps its height.
      expect((await page.locator('main h1').boundingBox())!.y).toBe(h1Before);
      expect((await page.locator('body > header').boundingBox())!.height).toBe(headerBottom);
      await links.last().click();
      await page.waitForURL((u) => u.pathname === target.base + siteConfig.nav.at(-1)!.path);

      // By keyboard: Tab to "Menu", Enter opens it, Tab reaches the first link.
      await page.goto(site.server.url);
      for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
        target.base + siteConfig.nav[0]!.path,
      );
    } finally {
      await context.close();
    }
  });

  it('the key-dates strip has an accessible name, and its text alternative lists every key date in the data', async () => {
    expect(keyDates.length).toBeGreaterThanOrEqual(2);
    for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
      const context = await site.browser.newContext({ viewport });
      const page = await context.newPage();
      try {
        for (const path of ['', 'timeline/']) {
          await page.goto(site.server.url + path);
          await page.locator('figure.key-dates figcaption').waitFor();
          const alternatives = await stripAlternatives(page);
          expect(alternatives.length, `/${path} at ${viewport.width} px: one strip is shown`).toBe(1);
          const { name, description } = alternatives[0]!;
          expect(name, `/${path}: the strip has no accessible name`).toMatch(/key dates/i);
          // The description lists the dates one by one (the name alone only gives the span).
          for (const date of keyDates) expect(description, `/${path}: ${date} is missing`).toContain(`${date}:`);
        }
      } finally {
        await context.close();
      }
    }
  });

  it('a long article: the shortcuts bar stays off the first screen, then rides along with 24 px targets', async () => {
    const context = await phone(site);
    const page = await context.newPage();
    try {
      await page.goto(site.server.origin + article().path);
      const bar = page.locator('nav[aria-label="Page shortcuts"]');
      await page.locator('article .direct-answer').waitFor();
      const inView = async () => {
        const b = await bar.boundingBox();
        return !!b && b.y < PHONE.height && b.y + b.height > 0;
      };
      // The first screen (the answer) is not covered.
      expect(await inView()).toBe(false);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await expect.poll(inView).toBe(true);
      const box = (await bar.boundingBox())!;
      expect(Math.round(box.y + box.height)).toBe(PHONE.height);
      for (const link of await bar.locator('a').all()) {
        const b = (await link.boundingBox())!;
        expect(b.width >= 24 && b.height >= 24, `${await link.textContent()}: ${b.width}×${b.height}`).toBe(true);
      }
      // "Back to top" goes to the top; "On this page" reaches the contents.
      await bar.getByRole('link', { name: 'Back to top' }).click();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
      await bar.getByRole('link', { name: 'On this page' }).click();
      await expect.poll(() => page.locator('nav.toc li a').first().isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('heading anchors ("#") never sit alone on a line or leave a gap under a heading, on every article', async () => {
    const context = await phone(site);
    const page = await context.newPage();
    try {
      for (const a of builtArticles(target)) {
        await page.goto(site.server.origin + a.path);
        const problems = await page.locator('article :is(h2, h3) > a.heading-anchor').evaluateAll((anchors) =>
          anchors.flatMap((anchor) => {
            const heading = anchor.parentElement!;
            const range = document.createRange();
            range.setStartBefore(heading.firstChild!);
            range.setEndBefore(anchor);
            const lines = [...range.getClientRects()].filter((r) => r.width > 0);
            const lastLine = lines.at(-1);
            const mark = anchor.getBoundingClientRect();
            const h = heading.getBoundingClientRect();
            if (!lastLine) return [`${heading.id}: no text`];
            const out: string[] = [];
            // The "#" shares the last line of the heading's words…
            if (Math.abs(mark.top - lastLine.top) > 4) out.push(`${heading.id}: "#" wrapped onto a line of its own`);
            // …and nothing hangs below that line.
            if (h.bottom - lastLine.bottom > 6)
              out.push(`${heading.id}: ${Math.round(h.bottom - lastLine.bottom)} px gap under the text`);
            return out;
          }),
        );
        expect(problems, a.path).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
});
