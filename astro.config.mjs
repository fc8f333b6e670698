// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { remarkCitations } from './src/lib/remark-citations.ts';
import { remarkSmartPunctuation } from './src/lib/remark-smart-punctuation.ts';
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

/** @param {import('hast').ElementContent} node @returns {string} */
const textOf = (node) =>
  node.type === 'text' ? node.value : 'children' in node ? node.children.map(textOf).join('') : '';

// Every ## and ### in MDX gets a "#" link to itself, in the HTML (no script). The ids are set
// first by Astro's own heading-id plugin (github-slugger, the ids content links and the table of
// contents use). The link has no text of its own, so the heading's text, which Astro collects for
// the table of contents, stays clean: its name is the aria-label, and CSS draws the "#"
// (src/styles/heading-anchors.css).
/** @type {import('rehype-autolink-headings').Options} */
const headingAnchors = {
  behavior: 'append',
  test: ['h2', 'h3'],
  content: [],
  properties: (heading) => ({
    className: ['heading-anchor'],
    ariaLabel: `Link to section: ${heading.children.map(textOf).join('').trim()}`,
  }),
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Separate caches let the bad-content fixture builds run without touching the real site's cache.
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  build: { format: 'directory' },
  // hostFiles runs last: it writes _headers and counts the finished output, search index included.
  integrations: [
    mdx({
      processor: unified({
        // Smart quotes and dashes as Astro's default makes them, without re-parsing text that has
        // none (src/lib/remark-smart-punctuation.ts): it runs first, where Astro's own ran.
        smartypants: false,
        remarkPlugins: [remarkSmartPunctuation, remarkCitations],
        rehypePlugins: [rehypeHeadingIds, [rehypeAutolinkHeadings, headingAnchors]],
      }),
    }),
    // The search page asks robots not to index it (<meta name="robots" content="noindex">) and the
    // 404 page is not content: both stay out of the sitemap (tests/site/feeds-and-sitemap.test.ts
    // checks that noindex and the sitemap agree).
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    pagefindIndex(),
    hostFiles(),
  ],
  devToolbar: { enabled: false },
  vite: {
    plugins: [tailwindcss()],
    // The search modal is built as one ES module file (src/scripts/search-loader.ts imports it
    // with ?worker&url and adds it as a module script); no page loads Vite's preload helper.
    worker: { format: 'es', rolldownOptions: { output: { entryFileNames: '_astro/[name].[hash].js' } } },
    // Astro 7 + Rolldown warns once per MDX file otherwise (withastro/astro#18087, harmless).
    build: {
      rolldownOptions: { checks: { moduleLevelDirective: false } },
      // Never inline a small script or asset into the page: the CSP allows no inline code
      // (only the theme script, by hash).
      assetsInlineLimit: 0,
    },
  },
});
