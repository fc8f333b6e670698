import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { startNginx } from './nginx.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { assertBuilt, type BuildTarget } from './targets.ts';

/** What a browser test needs: the built site served on loopback, and Chromium. */
export interface ServedSite {
  server: { origin: string; url: string; close(): Promise<void> };
  browser: Browser;
}

/**
 * Registers the hooks that serve one build (with nginx, as a real host, or the plain Node
 * server) and launch Chromium before a suite's tests, and close both after them. Call it at the
 * top of a `describe`; its fields are set once the suite's first `beforeAll` has run.
 */
export function serveToChromium(target: BuildTarget, host: 'nginx' | 'static' = 'nginx'): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    assertBuilt(target);
    site.server =
      host === 'nginx' ? await startNginx(target.dist, target.base) : await serveStatic(target.dist, target.base);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
