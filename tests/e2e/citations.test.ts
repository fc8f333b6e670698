import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';

/**
 * Citations a reader can use: the numbers of a marker are in order, each is a link named
 * "Source <n>" to entry n of the reference list, the first citation of each source has a unique
 * id, every reference links back (↩) to that first place, and following a citation and then its
 * back-link returns the reader to the marker they left.
 */
interface Wiring {
  unsorted: string[];
  /** Ids that are missing on a source's first marker link, present on a later one, or not unique. */
  badIds: string[];
  markerLinks: number;
  /** Marker links whose number is not that of the entry they point to. */
  misnumbered: string[];
  /** Sources cited on the page whose first marker no ↩ link points back to. */
  orphans: string[];
  /** ↩ links that point to no marker, or to a marker of another source, or to one that is not its first. */
  broken: string[];
  unnamed: string[];
}

const wiring = (page: Page): Promise<Wiring> =>
  page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.cite a')];
    const firstOf = new Map<string, HTMLAnchorElement>();
    for (const a of links) if (!firstOf.has(a.getAttribute('href')!)) firstOf.set(a.getAttribute('href')!, a);
    const ids = links.map((a) => a.id).filter(Boolean);
    const badIds = [
      ...links.filter((a) => (firstOf.get(a.getAttribute('href')!) === a) !== !!a.id).map((a) => a.outerHTML),
      ...ids.filter((id, i) => ids.indexOf(id) !== i || document.querySelectorAll(`[id="${id}"]`).length > 1),
    ];
    const unsorted = [...document.querySelectorAll('.cite')]
      .map((c) => [...c.querySelectorAll('a')].map((a) => Number(a.textContent)))
      .filter((ns) => ns.some((n, i) => i > 0 && n <= ns[i - 1]!))
      .map((ns) => ns.join(', '));
    const entries = [...document.querySelectorAll<HTMLLIElement>('.references ol > li')];
    const misnumbered = links
      .filter((a) => entries.indexOf(document.querySelector(a.getAttribute('href')!)!) + 1 !== Number(a.textContent))
      .map((a) => a.outerHTML);
    const backs = [...document.querySelectorAll<HTMLAnchorElement>('.references li .back-ref')];
    const pointedAt = new Set(backs.map((b) => b.getAttribute('href')!.slice(1)));
    const broken = backs
      .filter((b) => {
        const marker = document.getElementById(b.getAttribute('href')!.slice(1));
        const entry = b.closest('li')!;
        return !marker?.matches('.cite a') || marker !== firstOf.get(`#${entry.id}`);
      })
      .map((b) => `${b.closest('li')!.id} → ${b.getAttribute('href')}`);
    return {
      unsorted,
      badIds,
      markerLinks: links.length,
      misnumbered,
      orphans: [...firstOf.values()].filter((a) => !pointedAt.has(a.id)).map((a) => a.outerHTML),
      broken,
      unnamed: backs
        .filter((b) => b.getAttribute('aria-label') !== 'Back to the first citation' || b.textContent?.trim() !== '↩')
        .map((b) => b.outerHTML),
    };
  });

describe.each(TARGETS)('citations and their way back ($name build)', (target) => {
  const site = serveToChromium(target);
  const articles = builtArticles(target);
  let page: Page;

  beforeAll(async () => {
    page = await (await site.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  });

  it.each(articles.map((a) => [a.path, a] as const))(
    '%s: sorted, named markers; the first citation of each source has an id its ↩ link returns to',
    async (_, article) => {
      await page.goto(site.server.origin + article.path);
      await page.locator('.references').waitFor();
      const w = await wiring(page);
      expect(w.markerLinks).toBeGreaterThan(10);
      expect(w).toEqual({ ...w, unsorted: [], badIds: [], misnumbered: [], orphans: [], broken: [], unnamed: [] });
      // Every marker link is named "Source <n>" (the word comes from CSS; what Chromium computes).
      const names = await page.locator('.cite a').evaluateAll((as) => as.map((a) => (a.textContent ?? '').trim()));
      const named = page.getByRole('link', { name: /^Source \d+,?$/ });
      expect(await named.count()).toBe(w.markerLinks);
      expect((await named.allTextContents()).map((t) => t.trim())).toEqual(names);
    },
  );

  it('following a citation and then its back-link returns to the marker', async () => {
    // A source cited more than once: its first marker is where the back-link returns.
    const article = articles[0]!;
    await page.goto(site.server.origin + article.path);
    const refId = await page.locator('.cite a').evaluateAll((as) =>
      as
        .map((a) => a.getAttribute('href')!)
        .find((href, i, all) => all.indexOf(href) !== i)!
        .slice(1),
    );
    const entry = page.locator(`#${refId}`);
    const marker = page.locator(`.cite a[href="#${refId}"]`).first();
    const markerId = await marker.getAttribute('id');
    expect(markerId).toMatch(/^c\d+$/);

    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${refId}`);
    await expect.poll(() => entry.evaluate((li) => li.getBoundingClientRect().top)).toBeLessThan(844);

    const back = entry.locator(`.back-ref[href="#${markerId}"]`);
    expect(await back.count()).toBe(1);
    await back.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${markerId}`);
    // The reader is back at the marker: it is on screen, and it is the page's target. The first
    // citation is far up the page: the smooth scroll there takes over a second.
    await expect
      .poll(
        () =>
          marker.evaluate((a) => {
            const r = a.getBoundingClientRect();
            return r.top >= 0 && r.bottom <= window.innerHeight && a.matches(':target');
          }),
        { timeout: 5000 },
      )
      .toBe(true);
    // Its accessible name says where it goes.
    expect(await back.getAttribute('aria-label')).toBe('Back to the first citation');
  });
});
