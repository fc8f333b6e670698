import { defineConfig } from 'vitest/config';

/** End-to-end tests and sweeps over the built site, in real Chromium. Run after `npm run build`. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts', 'tests/site/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
  },
});
