import { execFile } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A real `astro build` of a copy of tests/fixtures/minimal-content, changed first by `prepare`,
 * into `<workDir>/dist` with a cache of its own (so it never touches the real site's build).
 */
const run = promisify(execFile);
export const FIXTURE = 'tests/fixtures/minimal-content';

export async function buildFixture(
  workDir: string,
  prepare: (contentDir: string) => void,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ ok: boolean; output: string; dist: string }> {
  const content = join(workDir, 'content');
  const dist = join(workDir, 'dist');
  rmSync(workDir, { recursive: true, force: true });
  cpSync(FIXTURE, content, { recursive: true });
  prepare(content);
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', dist], {
      env: {
        ...cleanEnv(),
        SITE_CONTENT_DIR: content,
        SITE_CACHE_DIR: join(workDir, '.cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ...extraEnv,
      },
      maxBuffer: 32 * 1024 * 1024,
    });
    return { ok: true, output: stdout + stderr, dist };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}`, dist };
  }
}

/**
 * The test runner puts Vite's own variables (DEV=1, NODE_ENV=test, BASE_URL, MODE…) into
 * process.env; passed on, they would make the child build behave like `astro dev`.
 * SITE_CHECK_VERIFIED_AGE too: only a case that tests it turns the age check on.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const leaked = /^(TEST|VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|SITE_CHECK_VERIFIED_AGE)$/;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !leaked.test(key)));
}
