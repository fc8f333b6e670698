import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGETS } from '../support/targets.ts';
import { htmlFiles, readHtml } from '../support/site-files.ts';

/**
 * Social cards, structured data and the web manifest, checked in both builds' files. The feed,
 * sitemap and robots.txt are tests/site/feeds-and-sitemap.test.ts's.
 */
describe.each(TARGETS)('publishing metadata ($name build)', (target) => {
  const articleFiles = () => htmlFiles(target.dist).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));

  it('the web manifest points under the base', () => {
    const manifest = JSON.parse(readFileSync(join(target.dist, 'manifest.webmanifest'), 'utf8')) as {
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.start_url).toBe(target.base);
    for (const icon of manifest.icons)
      expect(existsSync(join(target.dist, icon.src.slice(target.base.length))), icon.src).toBe(true);
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
      expect(new URL(/<link rel="canonical" href="([^"]*)"/.exec(html)![1]!).pathname, f).toBe(
        `${target.base}articles/${slug}/`,
      );
      const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as Record<
        string,
        unknown
      >;
      expect(ld['@type'], f).toBe('Article');
      expect(ld.datePublished, f).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect((ld.publisher as { name: string }).name, f).toBeTruthy();
    }
  });
});
