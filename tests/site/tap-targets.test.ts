import { describe, expect, it } from 'vitest';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { htmlFiles, pagePath } from '../support/site-files.ts';

/**
 * WCAG 2.2 target size (2.5.8, AA): every citation link (the numbers of a marker and the ↩ links
 * back from the reference list), every footer link, and the small links of the sources and glossary
 * pages are at least 24×24 CSS px, on every built page of both builds, on a phone and on a desktop.
 * No spacing exception is claimed: each box itself must measure 24×24. And no two targets overlap
 * (a box that reaches under another link would not really be 24×24), checked against every link
 * and button of the page.
 */
const MEASURED = [
  '.cite a',
  '.back-ref',
  'footer a',
  '.source-list a',
  '.cited-on a',
  '.see-also a',
  '.az a',
  '.page-dates a',
].join(', ');
const MIN = 24;
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

interface Measured {
  problems: string[];
  count: number;
  cites: number;
}

describe.each(TARGETS)('tap targets of at least 24×24 CSS px ($name build)', (target) => {
  const site = serveToChromium(target);
  const files = htmlFiles(target.dist);

  it.each(VIEWPORTS)('every page, $name ($width px)', async (viewport) => {
    const context = await site.browser.newContext({ viewport, reducedMotion: 'reduce' });
    const page = await context.newPage();
    let cites = 0;
    const problems: string[] = [];
    for (const file of files) {
      await page.goto(site.server.origin + pagePath(file, target.base));
      await page.locator('footer a').first().waitFor({ state: 'attached' });
      const m: Measured = await page.evaluate(
        ({ selector, min }) => {
          const name = (a: Element) =>
            `"${(a.getAttribute('aria-label') ?? a.textContent ?? '').trim().slice(0, 40)}" (${a.getAttribute('href')})`;
          // Shown to the reader: not display:none, not hidden, not inside a closed <details>.
          const visible = (a: Element) =>
            a.getClientRects().length > 0 &&
            a.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
          const measured = [...document.querySelectorAll(selector)].filter(visible);
          // A bar that rides over the page (position: sticky or fixed) moves with scrolling: it covers
          // different links at each scroll position, so it is not a neighbour in the spacing sense.
          // Its own links are still measured; html's scroll-padding keeps focused links out from under it.
          const floating = (e: Element) => {
            for (let n: Element | null = e; n; n = n.parentElement) {
              const pos = getComputedStyle(n).position;
              if (pos === 'sticky' || pos === 'fixed') return true;
            }
            return false;
          };
          const others = [...document.querySelectorAll('a[href], button, summary, select, input')].filter(
            (o) => visible(o) && !floating(o),
          );
          const problems: string[] = [];
          for (const a of measured) {
            // A link that wraps has one box per line: each must be 24 px tall, and all of them together 24 px wide.
            const boxes = [...a.getClientRects()].filter((q) => q.width > 0.5);
            const r = a.getBoundingClientRect();
            const height = Math.min(...boxes.map((q) => q.height));
            if (r.width < min - 0.01 || height < min - 0.01)
              problems.push(`${name(a)} is ${r.width.toFixed(1)}×${height.toFixed(1)}`);
            for (const o of floating(a) ? [] : others) {
              if (o === a || o.contains(a) || a.contains(o)) continue;
              for (const p of boxes)
                for (const q of o.getClientRects()) {
                  const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
                  const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
                  if (w > 0.5 && h > 0.5)
                    problems.push(`${name(a)} overlaps ${name(o)} by ${w.toFixed(1)}×${h.toFixed(1)}`);
                }
            }
          }
          return { problems, count: measured.length, cites: document.querySelectorAll('.cite a').length };
        },
        { selector: MEASURED, min: MIN },
      );
      cites += m.cites;
      expect(m.count, `${file}: no footer links measured`).toBeGreaterThan(0);
      problems.push(...m.problems.map((p) => `${file}: ${p}`));
    }
    await context.close();
    // The sweep did meet citations (articles and the home page carry hundreds).
    expect(cites).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
