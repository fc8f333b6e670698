import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';

/**
 * Citations a reader can use: the numbers of a marker are in order, each marker link has a unique
 * id, every reference links back (↩) to each place that cites it, and following a citation and
 * then its back-link returns the reader to the marker they left.
 */
interface Wiring {
  unsorted: string[];
  duplicateIds: string[];
  markerLinks: number;
  /** Marker links no ↩ link points back to. */
  orphans: string[];
  /** ↩ links that point to no marker, or to a marker of another source. */
  broken: string[];
  unnamed: string[];
  /** Reference entries whose ↩ links are not in reading order (↩1 must be the first place). */
  outOfOrder: string[];
}

const wiring = (page: Page): Promise<Wiring> =>
  page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('.cite a')];
    const ids = links.map((a) => a.id);
    const unsorted = [...document.querySelectorAll('.cite')]
      .map((c) => [...c.querySelectorAll('a')].map((a) => Number(a.textContent)))
      .filter((ns) => ns.some((n, i) => i > 0 && n <= ns[i - 1]!))
      .map((ns) => ns.join(', '));
    const backs = [...document.querySelectorAll<HTMLAnchorElement>('.references li .back-refs a')];
    const pointedAt = new Set(backs.map((b) => b.getAttribute('href')!.slice(1)));
    const broken = backs
      .filter((b) => {
        const marker = document.getElementById(b.getAttribute('href')!.slice(1));
        const entry = b.closest('li')!;
        return !marker?.matches('.cite a') || marker.getAttribute('href') !== `#${entry.id}`;
      })
      .map((b) => `${b.closest('li')!.id} → ${b.getAttribute('href')}`);
    const outOfOrder = [...document.querySelectorAll('.references li')]
      .filter((li) => {
        const targets = [...li.querySelectorAll('.back-refs a')].map((b) =>
          document.getElementById(b.getAttribute('href')!.slice(1)),
        );
        return targets.some(
          (t, i) =>
            i > 0 &&
            t &&
            targets[i - 1] &&
            !(targets[i - 1]!.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING),
        );
      })
      .map((li) => li.id);
    return {
      outOfOrder,
      unsorted,
      duplicateIds: ids.filter((id, i) => !id || ids.indexOf(id) !== i),
      markerLinks: links.length,
      orphans: ids.filter((id) => !pointedAt.has(id)),
      broken,
      unnamed: backs
        .filter((b) => !/^Back to citation \d+ in the text$/.test(b.getAttribute('aria-label') ?? ''))
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
    '%s: sorted markers, unique ids, one ↩ link per citing place',
    async (_, article) => {
      await page.goto(site.server.origin + article.path);
      await page.locator('.references').waitFor();
      const w = await wiring(page);
      expect(w.markerLinks).toBeGreaterThan(10);
      expect(w).toEqual({ ...w, unsorted: [], duplicateIds: [], orphans: [], broken: [], unnamed: [], outOfOrder: [] });
    },
  );

  it('following a citation and then its back-link returns to the marker', async () => {
    // A source cited more than once, and its last citing place: the back-link must find that one.
    const article = articles[0]!;
    await page.goto(site.server.origin + article.path);
    const entry = page.locator('.references li:has(.back-refs a + a)').first();
    const refId = await entry.getAttribute('id');
    const marker = page.locator(`.cite a[href="#${refId}"]`).last();
    const markerId = await marker.getAttribute('id');
    expect(markerId).toMatch(/^c\d+-\d+$/);

    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${refId}`);
    await expect.poll(() => entry.evaluate((li) => li.getBoundingClientRect().top)).toBeLessThan(844);

    const back = entry.locator(`.back-refs a[href="#${markerId}"]`);
    expect(await back.count()).toBe(1);
    await back.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${markerId}`);
    // The reader is back at the marker: it is on screen, and it is the page's target.
    await expect
      .poll(() =>
        marker.evaluate((a) => {
          const r = a.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && a.matches(':target');
        }),
      )
      .toBe(true);
    // Its accessible name says where it goes.
    expect(await back.getAttribute('aria-label')).toMatch(/^Back to citation \d+ in the text$/);
  });
});
