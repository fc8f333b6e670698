/**
 * Screenshots of key pages in Chromium for a human to look at: phone (390×844) and desktop
 * (1280×900), light and dark. Pages: home, the first article of the build (read from the built
 * articles index, not a fixed slug), the checker after answering it, and the timeline.
 * Usage: npm run build && npm run screenshots   (PNGs in .screenshots/)
 *   SHOT_PAGES=path,path  other pages instead ("" is home; "search/?q=…" waits for the results)
 *   SHOT_FULL=1  whole pages
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

/** The first article the built articles index lists (its reading order). */
function firstArticle(): string {
  const html = readFileSync('dist/articles/index.html', 'utf8');
  const main = html.slice(html.indexOf('<main'));
  const href = /href="\/(articles\/[^"#]+\/)"/.exec(main)?.[1];
  if (!href)
    throw new Error('No article link found in dist/articles/index.html: build the site first (npm run build).');
  return href;
}

/**
 * Answers the checker as a reader in the US who uses Facebook and WhatsApp, types to Meta AI in WhatsApp and
 * has WhatsApp linked, then submits if the form has a button. Controls are found by their label
 * text and role, as a reader finds them; a missing one is reported, not fatal.
 */
async function answerChecker(page: Page): Promise<void> {
  const step = async (what: string, act: () => Promise<unknown>) => {
    try {
      await act();
    } catch (error) {
      console.warn(
        `  checker: could not ${what} (${(error as Error).message.split('\n')[0]}); the shot shows the form as it is`,
      );
    }
  };
  const opts = { timeout: 3000 };
  await step('see the form', () =>
    page
      .getByRole('group')
      .first()
      .waitFor({ state: 'visible', ...opts }),
  );
  await step('choose the region "United States"', () => page.getByLabel('United States', { exact: true }).check(opts));
  await step('tick Facebook', () => page.getByRole('checkbox', { name: 'Facebook', exact: true }).check(opts));
  await step('tick WhatsApp', () => page.getByRole('checkbox', { name: 'WhatsApp', exact: true }).check(opts));
  await step('say Meta AI is used in WhatsApp', () =>
    page.getByRole('checkbox', { name: 'In WhatsApp', exact: true }).check(opts),
  );
  await step('say Meta AI is used by text', () =>
    page
      .getByLabel(/\b(type|typing|text)\b/i)
      .first()
      .check(opts),
  );
  await step('say WhatsApp is linked', () =>
    page
      .getByRole('group', { name: /Accounts Center/i })
      .getByRole('radio', { name: /^yes/i })
      .first()
      .check(opts),
  );
  const submit = page.locator('form').getByRole('button', { name: /check|show|answer|result|submit|see/i });
  if ((await submit.count()) > 0) await step('submit the form', () => submit.first().click(opts));
  else console.warn('  checker: no submit button found; the form answers as you choose');
  await page.waitForTimeout(300);
}

const pages = process.env.SHOT_PAGES?.split(',') ?? ['', firstArticle(), 'checker/', 'timeline/'];
const out = '.screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist', '/');
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of [
      ['phone', { width: 390, height: 844 }],
      ['desktop', { width: 1280, height: 900 }],
    ] as const) {
      const phone = device === 'phone';
      const context = await browser.newContext({ colorScheme: scheme, viewport, isMobile: phone, hasTouch: phone });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url + path);
        await page.locator('main').waitFor();
        if (path === 'checker/') await answerChecker(page);
        // A search named in ?q= runs in the page: shoot its results, not the empty list before them.
        if (/^search\/\?q=/.test(path))
          await page.locator('[data-search-results] li').first().waitFor({ timeout: 5000 });
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
