import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { builtArticles, htmlFiles, pagePath, readHtml } from '../support/site-files.ts';
import { attributes } from '../support/html.ts';
import { parseXml } from '../support/xml.ts';

/**
 * The sitemap, the RSS feed and robots.txt of both builds, as nginx serves them: each parses in
 * Chromium's XML parser, every URL in them is absolute under SITE_URL + SITE_BASE, names a built
 * page that does not ask to stay out of search engines, and answers 200; the sitemap lists every
 * such page and nothing else, and the feed has an item for every article.
 */
const noindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);

describe.each(TARGETS)('feeds and sitemap ($name build)', (target) => {
  const site = serveToChromium(target);
  const files = htmlFiles(target.dist);
  const siteRoot = new URL(target.site).origin + target.base;

  const get = async (url: string) => {
    const res = await fetch(url, { redirect: 'manual' });
    return { status: res.status, body: await res.text() };
  };
  /** A listed URL as nginx serves it. */
  const served = (url: string) => site.server.origin + new URL(url).pathname;
  const xmlOf = async (path: string, names: string[]) => {
    const res = await get(site.server.url + path);
    expect(res.status, path).toBe(200);
    const page: Page = await site.browser.newPage();
    try {
      return await parseXml(page, res.body, names);
    } finally {
      await page.close();
    }
  };

  /** What is wrong with a URL listed in the sitemap or the feed, if anything. */
  const problem = async (url: string): Promise<string | undefined> => {
    if (!url.startsWith(siteRoot)) return `${url} is not under ${siteRoot}`;
    const rel = new URL(url).pathname.slice(target.base.length);
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    if (!files.includes(file)) return `${url} is not a built page (${file})`;
    if (noindex(readHtml(target.dist, file))) return `${url} is marked noindex`;
    const status = (await get(served(url))).status;
    return status === 200 ? undefined : `${url} answers ${status}`;
  };
  const problems = async (urls: string[]) => (await Promise.all(urls.map(problem))).filter(Boolean);

  it('the XML parser rejects malformed XML (so the checks below can fail)', async () => {
    const page = await site.browser.newPage();
    expect((await parseXml(page, '<urlset><url><loc>x</url></urlset>')).error).not.toBeNull();
    await page.close();
  });

  it('robots.txt names the sitemap index by its absolute URL', async () => {
    const robots = await get(`${site.server.url}robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.body).toContain(`Sitemap: ${siteRoot}sitemap-index.xml`);
  });

  it('sitemap-index.xml parses and points to sitemap-0.xml', async () => {
    const xml = await xmlOf('sitemap-index.xml', ['loc']);
    expect(xml.error).toBeNull();
    expect(xml.root).toBe('sitemapindex');
    expect(xml.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(xml.texts.loc).toEqual([`${siteRoot}sitemap-0.xml`]);
  });

  it('sitemap-0.xml parses, and lists every indexable page and nothing else', async () => {
    const xml = await xmlOf('sitemap-0.xml', ['loc']);
    expect(xml.error).toBeNull();
    expect(xml.root).toBe('urlset');
    const locs = xml.texts.loc ?? [];
    expect(await problems(locs)).toEqual([]);
    const indexable = files.filter((f) => f !== '404.html' && !noindex(readHtml(target.dist, f)));
    expect(locs.length).toBe(indexable.length);
    expect(new Set(locs)).toEqual(
      new Set(indexable.map((f) => new URL(target.site).origin + pagePath(f, target.base))),
    );
  });

  it('the home page links the feed; rss.xml parses as RSS 2.0 with an item for every article, and every link in it is a built page', async () => {
    const feedLink = [...readHtml(target.dist, 'index.html').matchAll(/<link\b[^>]*>/g)]
      .map((m) => attributes(m[0]))
      .find((a) => a.get('rel') === 'alternate' && a.get('type') === 'application/rss+xml');
    expect(feedLink?.get('href')).toBe(`${target.base}rss.xml`);
    const xml = await xmlOf('rss.xml', ['channel', 'link', 'guid']);
    expect(xml.error).toBeNull();
    expect(xml.root).toBe('rss');
    expect((await get(`${site.server.url}rss.xml`)).body).toMatch(/<rss[^>]+version="2\.0"/);
    expect(xml.texts.channel).toHaveLength(1);
    // The channel's own <link> is the home page; the others are the items' (and their guids).
    const links = [...(xml.texts.link ?? []), ...(xml.texts.guid ?? [])];
    expect(await problems(links)).toEqual([]);
    const linked = new Set(links.map((l) => new URL(l).pathname));
    expect(
      builtArticles(target)
        .filter((a) => !linked.has(a.path))
        .map((a) => a.path),
    ).toEqual([]);
  });
});
