/**
 * Screenshots of key pages in Chromium, light and dark, phone and desktop, for a human to look at.
 * Usage: npm run build && npm run screenshots  (writes PNGs to .screenshots/)
 */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const pages = (process.env.SHOT_PAGES ?? ',articles/can-you-opt-out/,timeline/').split(',');
const out = '.screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist', '/');
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of [
      ['phone', { width: 375, height: 800 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      const context = await browser.newContext({ colorScheme: scheme, viewport });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url + path);
        const name = `${out}/${(path || 'home').replace(/\W+/g, '-').replace(/-$/, '')}-${device}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage: process.env.SHOT_FULL === '1' });
        console.log(name);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
