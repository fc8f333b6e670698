import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles, htmlFiles, idsIn, linkTargets, pagePath, readHtml } from '../support/site-files.ts';
import {
  CACHE_RULES,
  DEFAULT_CACHE_CONTROL,
  SECURITY_HEADERS,
  parseHeadersFile,
} from '../../src/lib/security-headers.ts';
import { CLOUDFLARE_PAGES_FILE_LIMIT } from '../../src/integrations/host-files.ts';

/**
 * The build behind a real web server (Debian's nginx, configured by deploy/nginx.conf), over
 * HTTP: a crawl from the home page, missing paths, trailing slashes, and the headers nginx sends
 * compared with the build's _headers file. The sitemap, feed and robots.txt are
 * tests/site/feeds-and-sitemap.test.ts's.
 */

interface Fetched {
  url: string;
  status: number;
  headers: Headers;
  body: string;
}

async function get(url: string): Promise<Fetched> {
  const res = await fetch(url, { redirect: 'manual' });
  return { url, status: res.status, headers: res.headers, body: await res.text() };
}

describe.each(TARGETS)('hosting on nginx ($name build)', (target) => {
  const site = serveToChromium(target);
  const article = builtArticles(target)[0]!;
  /** Every response the crawl got, by URL (no fragment). */
  const crawled = new Map<string, Fetched>();
  /** Every internal link with a fragment: where it was found, and its target URL and id. */
  const fragments: { from: string; url: string; id: string }[] = [];
  /** Every internal URL that did not answer 200, with the page that links to it. */
  const broken: string[] = [];
  /** Absolute URLs that name the site but not its base path. */
  const escaping: string[] = [];

  beforeAll(async () => {
    // Breadth-first from the home page over every href/src (and the search bundle path) in the HTML.
    const queue: { url: string; from: string }[] = [{ url: site.server.url, from: '(start)' }];
    const seen = new Set([site.server.url]);
    while (queue.length) {
      const { url, from } = queue.shift()!;
      const res = await get(url);
      crawled.set(url, res);
      if (res.status !== 200) broken.push(`${url} → ${res.status} (linked from ${from})`);
      if (res.status !== 200 || !res.headers.get('content-type')?.startsWith('text/html')) continue;
      for (const { attr, value } of linkTargets(res.body)) {
        if (attr === 'srcset' || /^(mailto:|tel:|data:|javascript:)/.test(value)) continue;
        if (attr === 'content' && !value.startsWith('/') && !value.startsWith(`${target.site}/`)) continue;
        let link = new URL(value, url);
        if (link.origin === target.site) {
          if (!link.pathname.startsWith(target.base)) escaping.push(`${value} on ${url}`);
          link = new URL(link.pathname + link.search + link.hash, site.server.origin);
        }
        if (link.origin !== site.server.origin) continue; // a link to another site: never loaded by the page
        if (!link.pathname.startsWith(target.base)) escaping.push(`${value} on ${url}`);
        const targets =
          attr === 'bundle-path' || attr === 'data-bundle-path'
            ? [`${link.href}pagefind.js`, `${link.href}pagefind-component-ui.js`]
            : [link.href];
        for (const t of targets) {
          const bare = t.split('#')[0]!;
          if (link.hash.length > 1)
            fragments.push({ from: url, url: bare, id: decodeURIComponent(link.hash.slice(1)) });
          if (!seen.has(bare)) {
            seen.add(bare);
            queue.push({ url: bare, from: url });
          }
        }
      }
    }
  }, 120_000);

  const files = existsSync(target.dist)
    ? readdirSync(target.dist, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name))
    : [];
  it(`holds ${files.length} files (${files.filter((f) => f.includes('/pagefind/')).length} of them search index), within Cloudflare Pages' ${CLOUDFLARE_PAGES_FILE_LIMIT} and 25 MiB a file`, () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThanOrEqual(CLOUDFLARE_PAGES_FILE_LIMIT);
    expect(files.filter((f) => statSync(f).size > 25 * 1024 * 1024)).toEqual([]);
  });

  it('a crawl from the home page gets 200 for every internal link and asset, with no redirect', () => {
    expect(crawled.size).toBeGreaterThan(20);
    expect(broken).toEqual([]);
  });

  it('no internal URL escapes the base path, absolute ones included (canonical, Open Graph)', () => {
    expect(escaping).toEqual([]);
  });

  it('every #fragment names an element on its page', () => {
    expect(fragments.length).toBeGreaterThan(50);
    const missing = fragments.filter(({ url, id }) => {
      const page = crawled.get(url);
      return !page || !idsIn(page.body).has(id);
    });
    expect(missing.map((f) => `${f.url}#${f.id} (from ${f.from})`)).toEqual([]);
  });

  it('the crawl from the home page reaches every built page that is not marked noindex', () => {
    const indexable = htmlFiles(target.dist).filter(
      (f) => f !== '404.html' && !/<meta name="robots" content="[^"]*noindex/.test(readHtml(target.dist, f)),
    );
    expect(indexable.length).toBeGreaterThan(10);
    const unreached = indexable.filter(
      (f) => crawled.get(site.server.origin + pagePath(f, target.base))?.status !== 200,
    );
    expect(unreached).toEqual([]);
  });

  it('every page has a canonical link and og:url equal to SITE_URL + SITE_BASE + its path', () => {
    const pages = [...crawled.values()].filter((r) => r.headers.get('content-type')?.startsWith('text/html'));
    for (const page of pages) {
      const path = new URL(page.url).pathname;
      const expected = `${target.site}${path}`;
      if (/name="robots" content="noindex"/.test(page.body)) continue;
      expect(/<link rel="canonical" href="([^"]+)"/.exec(page.body)?.[1], path).toBe(expected);
      expect(/<meta property="og:url" content="([^"]+)"/.exec(page.body)?.[1], path).toBe(expected);
    }
  });

  const missing = [
    'no-such-page/',
    'no-such-page',
    'articles/no-such-article/',
    `${article.file.replace(/index\.html$/, '')}extra/`,
    `${article.file}/`,
    'no-such-file.html',
    'ARTICLES/',
    '%E2%9C%93/',
    '_astro/',
    '_astro/missing.js',
    'pagefind/',
    'pagefind/missing.pf_fragment',
  ];
  const outside =
    target.base === '/'
      ? []
      : ['/', '/project/', '/project/other/', `/${article.file.replace(/index\.html$/, '')}`, '/project/sub404.html'];

  it.each([...missing.map((p) => target.base + p), ...outside])(
    "GET %s → the site's 404 page, with status 404",
    async (path) => {
      const res = await get(site.server.origin + path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.body).toBe(readFileSync(join(target.dist, '404.html'), 'utf8'));
      expect(res.body).toContain(`href="${target.base}search/"`);
    },
  );

  it('a page address without its trailing slash redirects to the page, on the same host and port', async () => {
    const pages = [...crawled.keys()].filter((u) => u.endsWith('/') && u !== site.server.url);
    expect(pages.length).toBeGreaterThan(10);
    // The base itself too (/project/sub → /project/sub/); a domain root has no slash-less form.
    for (const page of target.base === '/' ? pages : [...pages, site.server.url]) {
      const path = new URL(page).pathname.replace(/\/$/, '');
      for (const query of ['', '?highlight=meta']) {
        const res = await get(site.server.origin + path + query);
        expect(res.status, path).toBe(301);
        // Relative, so a browser stays on whatever host and port it used.
        expect(res.headers.get('location'), path).toBe(`${path}/${query}`);
      }
    }
  });

  it('in Chromium, an article address without its slash lands on the article at the same origin', async () => {
    const page = await (await site.browser.newContext()).newPage();
    const url = site.server.origin + article.path;
    const response = await page.goto(url.replace(/\/$/, ''));
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(url);
    expect((await page.locator('h1').textContent())?.trim()).toBe(article.title);
    await page.context().close();
  });

  describe('headers', () => {
    const rules = () => parseHeadersFile(readFileSync(join(target.dist, '_headers'), 'utf8'));
    /** What dist/_headers asks for a path: every matching rule, later ones over earlier ones. */
    const fromHeadersFile = (path: string) => {
      const out = new Map<string, string>();
      for (const [pattern, headers] of rules()) {
        const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
        if (matches) for (const [n, v] of headers) out.set(n, v);
      }
      return out;
    };
    const security = new Map(SECURITY_HEADERS.map(([n, v]) => [n.toLowerCase(), v]));

    async function samples(): Promise<Fetched[]> {
      const entry = JSON.parse((await get(`${site.server.url}pagefind/pagefind-entry.json`)).body) as {
        languages: Record<string, { hash: string }>;
      };
      const extra = await Promise.all([
        get(`${site.server.url}pagefind/pagefind-entry.json`),
        get(`${site.server.url}pagefind/pagefind.en_${entry.languages.en!.hash}.pf_meta`),
        get(`${site.server.url}pagefind/pagefind-worker.js`),
        get(`${site.server.url}no-such-page/`),
        get(`${site.server.url}articles`),
      ]);
      return [...crawled.values(), ...extra];
    }

    it('_headers asks for every security header on every path', () => {
      expect(rules().get(`${target.base}*`)).toEqual(security);
    });

    it('nginx sends exactly the security headers of _headers on every response: pages, assets, search index, 404s and redirects', async () => {
      const all = await samples();
      expect(all.some((r) => r.status === 404) && all.some((r) => r.status === 301)).toBe(true);
      const wrong: string[] = [];
      for (const res of all) {
        const path = new URL(res.url).pathname;
        const wanted = fromHeadersFile(path);
        for (const [name] of security) {
          if (res.headers.get(name) !== wanted.get(name))
            wrong.push(`${path} ${res.status} ${name}: ${res.headers.get(name)}`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it('nginx sends the cache rules: immutable for hashed assets, short for the search index, revalidate for HTML', async () => {
      const all = await samples();
      const byRule = new Map<string, number>();
      const wrong: string[] = [];
      for (const res of all) {
        const path = new URL(res.url).pathname;
        const rule = res.status === 200 ? CACHE_RULES.find((r) => path.startsWith(target.base + r.folder)) : undefined;
        const wanted = rule ? rule.cacheControl : DEFAULT_CACHE_CONTROL;
        if (rule) expect(fromHeadersFile(path).get('cache-control')).toBe(rule.cacheControl);
        if (res.headers.get('cache-control') !== wanted)
          wrong.push(`${path} ${res.status}: ${res.headers.get('cache-control')}`);
        byRule.set(rule?.folder ?? 'default', (byRule.get(rule?.folder ?? 'default') ?? 0) + 1);
      }
      expect(wrong).toEqual([]);
      expect(byRule.get('_astro/')).toBeGreaterThan(0);
      expect(byRule.get('pagefind/')).toBeGreaterThan(0);
    });

    it('scripts, styles and pages carry the right content type (nosniff refuses anything else)', () => {
      const wrong: string[] = [];
      for (const res of crawled.values()) {
        const path = new URL(res.url).pathname;
        const type = res.headers.get('content-type') ?? '';
        const want = path.endsWith('.js')
          ? /^(application|text)\/javascript/
          : path.endsWith('.css')
            ? /^text\/css/
            : path.endsWith('.svg')
              ? /^image\/svg\+xml/
              : path.endsWith('/')
                ? /^text\/html/
                : /./;
        if (!want.test(type)) wrong.push(`${path}: ${type}`);
      }
      expect(wrong).toEqual([]);
    });
  });
});
