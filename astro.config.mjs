// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { normalizeBase, siteUrlFromEnv } from './src/lib/base-path.ts';

// The only two knobs a publisher needs: where the site lives (SITE_URL) and under which
// path (SITE_BASE, e.g. "/my-repo/" for a GitHub Pages project site).
const base = normalizeBase(process.env.SITE_BASE);
const site = siteUrlFromEnv(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Separate caches let the bad-content fixture builds run without touching the real site's cache.
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  build: { format: 'directory' },
  integrations: [
    mdx(),
    // The search page asks robots not to index it (<meta name="robots" content="noindex">), so it
    // stays out of the sitemap too (tests/site/html-validity.test.ts checks the two agree).
    sitemap({ filter: (page) => !new URL(page).pathname.endsWith('/search/') }),
    pagefindIndex(),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    // Astro 7 + Rolldown warns once per MDX file otherwise (withastro/astro#18087, harmless).
    build: { rolldownOptions: { checks: { moduleLevelDirective: false } } },
  },
});
