/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * One Vitest config, two projects:
 * - unit: fast tests of src/lib, the schemas and helpers (`npm run test:unit`);
 * - e2e: real builds of bad content, then Chromium and HTTP against the built site, and sweeps over
 *   every built page (`npm run test:e2e`, after `npm run build && npm run build:sub`). One file at a
 *   time: the suites start servers and browsers, and the machine has two cores.
 */
export default getViteConfig({
  test: {
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
