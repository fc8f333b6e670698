import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdir, writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/security-headers.ts';
import { normalizeBase } from '../lib/base-path.ts';

/** Cloudflare Pages' file limit per deployment on the free plan (docs/deploy.md). */
export const CLOUDFLARE_PAGES_FILE_LIMIT = 20_000;

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).length;
}

/**
 * Writes what static hosts read from the output folder: `_headers` (Netlify, Cloudflare Pages)
 * with the security headers and cache rules from src/lib/security-headers.ts, for this build's
 * base path. Runs after the Pagefind integration, so it also reports the final file count,
 * which matters on hosts that limit it.
 */
export function hostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'site:host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        await writeFile(join(out, '_headers'), headersFile(base));
        const files = await countFiles(out);
        logger.info(
          `Wrote _headers for base ${base}; the build holds ${files} files (Cloudflare Pages allows ${CLOUDFLARE_PAGES_FILE_LIMIT}).`,
        );
        if (files > CLOUDFLARE_PAGES_FILE_LIMIT) {
          logger.warn(
            `More than ${CLOUDFLARE_PAGES_FILE_LIMIT} files: Cloudflare Pages' free plan will refuse this deployment. See docs/deploy.md.`,
          );
        }
      },
    },
  };
}
