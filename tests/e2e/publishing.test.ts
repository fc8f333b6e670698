import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newContext } from '../support/browser.ts';
import { serveToChromium } from '../support/served-site.ts';
import { TARGETS } from '../support/targets.ts';
import { htmlFiles, readHtml } from '../support/site-files.ts';

/** Feeds, sitemap, social cards and structured data, checked in both builds. */
describe.each(TARGETS)('publishing metadata ($name build)', (target) => {
  const site = serveToChromium(target, 'static');
  const articleFiles = () => htmlFiles(target.dist).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));

  /** Parses XML in Chromium's own parser; returns the parser error text, if any. */
  async function parseXml(path: string): Promise<{ error: string | null; locs: string[] }> {
    const page = await (await newContext(site.browser)).newPage();
    const xml = readFileSync(join(target.dist, path), 'utf8');
    return page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? null;
      const locs = [...doc.querySelectorAll('loc, link, guid')].map((n) => n.textContent ?? '');
      return { error, locs };
    }, xml);
  }

  it('the RSS feed is valid XML with an item per article and every link under the base', async () => {
    const { error, locs } = await parseXml('rss.xml');
    expect(error).toBeNull();
    const links = locs.filter((l) => l.startsWith('http'));
    expect(links.length).toBeGreaterThanOrEqual(articleFiles().length);
    for (const l of links) expect(new URL(l).pathname.startsWith(target.base), l).toBe(true);
  });

  it('the sitemap is valid XML, lists every article, and every URL is under the base', async () => {
    const index = await parseXml('sitemap-index.xml');
    expect(index.error).toBeNull();
    const sitemap = await parseXml('sitemap-0.xml');
    expect(sitemap.error).toBeNull();
    for (const l of [...index.locs, ...sitemap.locs]) expect(new URL(l).pathname.startsWith(target.base), l).toBe(true);
    const paths = sitemap.locs.map((l) => new URL(l).pathname);
    for (const f of articleFiles()) expect(paths).toContain(target.base + f.replace(/index\.html$/, ''));
    expect(paths.some((p) => p.endsWith('/search/'))).toBe(false);
  });

  it('robots.txt and the web manifest point under the base', () => {
    expect(readFileSync(join(target.dist, 'robots.txt'), 'utf8')).toMatch(new RegExp(`Sitemap: http\\S+${target.base}sitemap-index\\.xml`));
    const manifest = JSON.parse(readFileSync(join(target.dist, 'manifest.webmanifest'), 'utf8')) as { start_url: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe(target.base);
    for (const icon of manifest.icons) expect(existsSync(join(target.dist, icon.src.slice(target.base.length))), icon.src).toBe(true);
  });

  it('every article has Open Graph and Twitter tags, a generated 1200×630 image, a canonical URL and Article JSON-LD', () => {
    const files = articleFiles();
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) {
      const html = readHtml(target.dist, f);
      const meta = (p: string) => new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`).exec(html)?.[1];
      const slug = f.split('/')[1]!;
      expect(meta('og:title'), f).toBeTruthy();
      expect(meta('og:description'), f).toBeTruthy();
      expect(meta('og:type'), f).toBe('article');
      expect(meta('twitter:card'), f).toBe('summary_large_image');
      const image = meta('og:image')!;
      expect(new URL(image).pathname, f).toBe(`${target.base}og/${slug}.png`);
      const png = readFileSync(join(target.dist, 'og', `${slug}.png`));
      expect(png.subarray(1, 4).toString(), f).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], f).toEqual([1200, 630]);
      expect(new URL(/<link rel="canonical" href="([^"]*)"/.exec(html)![1]!).pathname, f).toBe(`${target.base}articles/${slug}/`);
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<string, unknown>;
      expect(ld['@type'], f).toBe('Article');
      expect(ld.datePublished, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((ld.publisher as { name: string }).name, f).toBeTruthy();
    }
  });
});
