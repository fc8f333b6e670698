// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { normalizeBase, siteUrlFromEnv } from './src/lib/base-path.ts';
import { correctionsContactProblems } from './src/lib/corrections.ts';
import { siteConfig } from './src/site.config.ts';

// The only two knobs a publisher needs: where the site lives (SITE_URL) and under which
// path (SITE_BASE, e.g. "/my-repo/" for a GitHub Pages project site).
const base = normalizeBase(process.env.SITE_BASE);
const site = siteUrlFromEnv(process.env.SITE_URL);
// A real deploy must say where readers report mistakes (SITE_CORRECTIONS_CONTACT).
const contactProblems = correctionsContactProblems(siteConfig.correctionsContact, site);
if (contactProblems.length > 0) throw new Error(contactProblems.join('\n'));

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Separate caches let the bad-content fixture builds run without touching the real site's cache.
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // hostFiles runs last: it writes _headers and counts the finished output, search index included.
  integrations: [
    mdx(),
    // The search page asks robots not to index it (<meta name="robots" content="noindex">) and the
    // 404 page is not content: both stay out of the sitemap (tests/site/html-validity.test.ts
    // checks that noindex and the sitemap agree).
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    pagefindIndex(),
    hostFiles(),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    // Astro 7 + Rolldown warns once per MDX file otherwise (withastro/astro#18087, harmless).
    build: {
      rolldownOptions: { checks: { moduleLevelDirective: false } },
      // Never inline a small script or asset into the page: the CSP allows no inline code
      // (only the theme script, by hash).
      assetsInlineLimit: 0,
    },
  },
});
