import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdir, writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/security-headers.ts';
import { normalizeBase } from '../lib/base-path.ts';

/** Cloudflare Pages' file limit per deployment on the free plan (docs/deploy.md). */
export const CLOUDFLARE_PAGES_FILE_LIMIT = 20_000;

/** The environment variable that lets a build over the limit through (for hosts without it). */
export const ACCEPT_FILE_COUNT_ENV = 'SITE_ACCEPT_FILE_COUNT';

export type FileCountVerdict =
  { level: 'ok'; message: string } | { level: 'warn'; message: string } | { level: 'fail'; message: string };

/**
 * What a build of `files` files means for hosts: fine under the limit; over it, a failed build
 * that names the limit and the ways out, unless SITE_ACCEPT_FILE_COUNT=1 accepts the risk (then a
 * warning, for a host without the limit).
 */
export function fileCountVerdict(
  files: number,
  env: Record<string, string | undefined> = process.env,
  limit: number = CLOUDFLARE_PAGES_FILE_LIMIT,
): FileCountVerdict {
  const count = `The build holds ${files.toLocaleString('en')} files`;
  if (files <= limit) {
    return { level: 'ok', message: `${count} (Cloudflare Pages' free plan allows ${limit.toLocaleString('en')}).` };
  }
  const over =
    `${count}, more than the ${limit.toLocaleString('en')} files per deployment that Cloudflare Pages' free plan allows: ` +
    'it would refuse this deployment.';
  const accepted = ['1', 'true', 'yes'].includes((env[ACCEPT_FILE_COUNT_ENV] ?? '').trim().toLowerCase());
  if (accepted) {
    return {
      level: 'warn',
      message: `${over} ${ACCEPT_FILE_COUNT_ENV} accepts that: deploy to a host without this limit (GitHub Pages, Netlify, nginx, Cloudflare's paid plans). See docs/deploy.md.`,
    };
  }
  return {
    level: 'fail',
    message:
      `${over} Options: make fewer files (fewer images: drop the per-article Open Graph PNGs in src/pages/og/; ` +
      'fewer pages or search records), or deploy to a host without the limit (GitHub Pages, Netlify, nginx, ' +
      `Cloudflare's paid plans) and set ${ACCEPT_FILE_COUNT_ENV}=1 to accept the risk. See docs/deploy.md, "File limit".`,
  };
}

async function countFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).length;
}

/**
 * Writes what static hosts read from the output folder: `_headers` (Netlify, Cloudflare Pages)
 * with the security headers and cache rules from src/lib/security-headers.ts, for this build's
 * base path. Runs after the Pagefind integration, so it also counts the final files, and fails
 * the build above Cloudflare Pages' limit unless SITE_ACCEPT_FILE_COUNT=1 (fileCountVerdict).
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
        logger.info(`Wrote _headers for base ${base}.`);
        const verdict = fileCountVerdict(files);
        if (verdict.level === 'fail') throw new Error(verdict.message);
        if (verdict.level === 'warn') logger.warn(verdict.message);
        else logger.info(verdict.message);
      },
    },
  };
}
