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
        if (path === 'checker/') await shootAnsweredChecker(page, name.replace('.png', '-answered.png'));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

/** The checker after a typical answer (US; Facebook and WhatsApp; Meta AI in WhatsApp, not sure if linked). */
async function shootAnsweredChecker(page: import('playwright-core').Page, name: string): Promise<void> {
  await page.locator('input[name="region"][value="us"]').check();
  for (const app of ['facebook', 'whatsapp']) await page.locator(`input[name="apps"][value="${app}"]`).check();
  await page.locator('input[name="metaAiIn"][value="whatsapp"]').check();
  await page.locator('input[name="metaAiBy"][value="text"]').check();
  await page.locator('button[type="submit"]').click();
  await page.locator('[data-checker-verdict]').waitFor();
  await page.screenshot({ path: name, fullPage: true });
  console.log(name);
}
