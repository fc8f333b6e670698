import { describe, expect, it } from 'vitest';
import { serveToChromium } from '../support/served-site.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { builtArticles } from '../support/site-files.ts';

/**
 * No layout shift after first paint, on a phone-sized first visit with Lighthouse's mobile
 * throttling (150 ms round trip, 1.6 Mbit/s down, CPU 4× slower), for the home page and every
 * article of the build, at two phone widths: 390×844 and Lighthouse's own mobile screen, 412×823.
 * Lighthouse measured CLS 0.149 when a script revealed the theme menu: at 412 px the header then
 * wraps onto another line and pushes the page down (about 0.145); at 390 px the menu only pushes
 * the search button sideways (about 0.0035). Both are shifts after first paint, and both fail here.
 *
 * A PerformanceObserver for 'layout-shift' entries (buffered, so nothing before it is lost) is
 * installed before any of the page's code runs. Chromium reports shifts only once content has
 * been painted, so every entry is a shift after first paint. Every entry counts, hadRecentInput or
 * not: the test sends no input, yet under Playwright's phone emulation Chromium marks some of these
 * shifts as following input (seen in about half the loads), and CLS's rule would then hide them.
 *
 * Threshold: zero, not "below 0.01". The one script-caused shift measured at 390 px scores 0.0035,
 * so a 0.01 allowance would pass exactly the kind of late reveal this test is for, while loads of
 * this static site (system fonts, sized images, no ads) showed no noise shifts to make room for.
 * Every entry is listed in the failure message, with the elements that moved.
 */

/** How long to keep watching after the load event, for late scripts (at CPU 4×). */
const SETTLE_MS = 1_500;

interface Shift {
  value: number;
  at: number;
  sources: string[];
}
declare global {
  interface Window {
    __shifts?: Shift[];
  }
}

/** Injected by the browser before the page's own scripts. */
const RECORD_SHIFTS = `
  window.__shifts = [];
  const describe = (n) => !n || !n.tagName ? String(n && n.nodeName) :
    n.tagName.toLowerCase() + (n.id ? '#' + n.id : '') + (n.classList && n.classList.length ? '.' + [...n.classList].slice(0, 3).join('.') : '');
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({ value: e.value, at: Math.round(e.startTime), sources: (e.sources || []).map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
`;

const target = TARGETS[0]!;

describe(`layout shift on a throttled phone load (${target.name} build, nginx)`, () => {
  assertBuilt(target);
  const pages = [target.base, ...builtArticles(target).map((a) => a.path)];
  const screens = [
    { width: 390, height: 844, scale: 3 },
    { width: 412, height: 823, scale: 1.75 },
  ];
  const cases = pages.flatMap((path) => screens.map((screen) => ({ path, screen })));
  const site = serveToChromium(target);

  it.each(cases)('$path at $screen.width px: no layout shift after first paint', async ({ path, screen }) => {
    const context = await site.browser.newContext({
      viewport: { width: screen.width, height: screen.height },
      deviceScaleFactor: screen.scale,
      isMobile: true,
      hasTouch: true,
    });
    try {
      await context.addInitScript(RECORD_SHIFTS);
      const page = await context.newPage();
      // Scripts arrive only once the first contentful paint is on screen (see above): 200 ms after it,
      // so that the painted frame's layout is the one Chromium compares the next frames with. The
      // wait runs in the document that asked for the script (the page's own requests come after
      // its navigation has committed).
      const afterFirstPaint = () =>
        performance.getEntriesByName('first-contentful-paint').some((p) => performance.now() - p.startTime > 200);
      let held = 0;
      await page.route(/\.m?js(\?.*)?$/, async (route) => {
        held++;
        await route.request().frame().waitForFunction(afterFirstPaint, undefined, { polling: 20, timeout: 30_000 });
        await route.continue();
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
        uploadThroughput: (750 * 1024 * 0.9) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

      const response = await page.goto(site.server.origin + path, { waitUntil: 'load', timeout: 45_000 });
      expect(response?.status()).toBe(200);
      await page.waitForTimeout(SETTLE_MS);
      // Painted at all (a page that never painted would report no shift and pass for nothing).
      const painted = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => p.name));
      expect(painted).toContain('first-contentful-paint');
      expect(held, 'script requests held until after first paint').toBeGreaterThan(0);

      const shifts = await page.evaluate(() => window.__shifts ?? []);
      const total = shifts.reduce((sum, s) => sum + s.value, 0);
      const detail = shifts.map((s) => `${s.value.toFixed(4)} at ${s.at} ms: ${s.sources.join(', ')}`).join('; ');
      expect(total, `${path} at ${screen.width} px: layout shifts after first paint: ${detail}`).toBe(0);
    } finally {
      await context.close();
    }
  });
});
