import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';

/**
 * The web manifest, loaded the way Lighthouse loads it: Chromium fetches a page's manifest only
 * when something asks for it (installability checks, DevTools), so a plain page load never meets
 * the policy's `manifest-src` (tests/e2e/privacy-and-csp.test.ts cannot see it). Here the DevTools
 * protocol asks (`Page.getAppManifest`), as Lighthouse does, and the manifest must arrive parsed,
 * with no CSP violation event and no console error: under `default-src 'none'` without
 * `manifest-src 'self'` Chromium refuses it and logs "Refused to load manifest …", which costs
 * Lighthouse best practices 7 points.
 */

interface Violation {
  directive: string;
  blocked: string;
}
declare global {
  interface Window {
    __manifestCspViolations?: Violation[];
  }
}

/** Injected by the browser before the page's own scripts, so the page's CSP does not apply to it. */
const RECORD_VIOLATIONS = `
  window.__manifestCspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__manifestCspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI });
  });
`;

interface AppManifest {
  url: string;
  errors: { message: string; critical: boolean }[];
  data?: string;
}

describe.each(TARGETS)('the web manifest under the site CSP ($name build, nginx)', (target) => {
  assertBuilt(target);
  const site = serveToChromium(target);
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    context = await site.browser.newContext();
    await context.addInitScript(RECORD_VIOLATIONS);
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`${m.type()}: ${m.text()}`);
    });
  });
  afterAll(async () => {
    await context?.close();
  });

  it('loads through Page.getAppManifest with no CSP violation or console error', async () => {
    const response = await page.goto(site.server.origin + target.base);
    expect(response?.status()).toBe(200);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href, 'the page links its manifest').toBeTruthy();

    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as unknown as AppManifest;
    // A blocked manifest comes back with an empty url and data, and the reason only in the console.
    expect(manifest.url, `manifest not loaded; console: ${consoleErrors.join(' | ')}`).toBe(
      new URL(href!, page.url()).href,
    );

    // The manifest was fetched and parsed without errors.
    expect(manifest.errors, 'manifest parse errors').toEqual([]);
    expect(manifest.data, 'manifest body (empty when the CSP blocked it)').toBeTruthy();
    const parsed = JSON.parse(manifest.data!) as { name?: string; icons?: unknown[] };
    expect(parsed.name).toBeTruthy();
    expect(parsed.icons?.length).toBeGreaterThan(0);

    // Violation events and console messages arrive asynchronously: give them a moment, then none may exist.
    await vi.waitFor(async () => expect(await page.evaluate(() => document.readyState)).toBe('complete'));
    await page.waitForTimeout(300);
    const violations = await page.evaluate(() => window.__manifestCspViolations ?? []);
    expect(violations, 'securitypolicyviolation events').toEqual([]);
    expect(consoleErrors, 'console errors and warnings').toEqual([]);
  });
});
