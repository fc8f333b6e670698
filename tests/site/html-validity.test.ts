import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.ts';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { htmlFiles, pagePath, readHtml } from '../support/site-files.ts';

/**
 * HTML validity: html-validate with the project's .htmlvalidate.json (html-validate:recommended)
 * over every built page of both builds, zero errors. The config changes two rules, and only
 * loosens them as far as the HTML standard itself allows (JSON has no comments, so the reasons
 * live here and in docs/quality.md):
 *   - valid-id { relaxed: true }: the timeline's anchors start with the event's date
 *     ("2025-10-01-meta-announces-…"). HTML allows any id without spaces; the strict default
 *     also asks ids to start with a letter, for old CSS selectors. The anchors are linked from
 *     search results, questions and other sites, so they stay as they are.
 *   - long-title { maxlength: 150 }: the default of 70 characters is a search-snippet heuristic,
 *     not validity. Titles are editorial (the schema caps them at 120) plus " · <site name>".
 * Pagefind's custom elements (<pagefind-input> …) need no exception: html-validate accepts
 * valid custom element names.
 *
 * XML: the sitemap index, the sitemap and (once it exists) the RSS feed parse as XML in
 * Chromium's XML parser, and every URL in them is a built, indexable page.
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

const format = (file: string, messages: Message[]) =>
  messages.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);

describe('the html-validate config can fail', () => {
  it('reports a duplicate id, an unclosed element and an image without alt text', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a">x</p><p id="a"><div>y</p><img src="x.png"></body></html>',
      'fixture.html',
    );
    const rules = new Set(report.results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(report.valid).toBe(false);
    expect([...rules]).toEqual(expect.arrayContaining(['no-dup-id', 'wcag/h37']));
  });
});

describe.each(TARGETS)('HTML validity of every page of the $name build', (target) => {
  assertBuilt(target);
  const files = htmlFiles(target.dist);

  it.each(files)('%s', async (file) => {
    const report = await validator.validateFile(join(target.dist, file));
    const messages = report.results.flatMap((r) => r.messages);
    expect(format(file, messages)).toEqual([]);
  });
});

interface XmlSummary {
  error: string | null;
  root: string;
  namespace: string | null;
  /** Text of every element with the given local name, in document order. */
  texts: Record<string, string[]>;
}

async function parseXml(page: Page, text: string, names: string[]): Promise<XmlSummary> {
  return page.evaluate(
    ({ text, names }) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      const texts: Record<string, string[]> = {};
      for (const name of names) texts[name] = [...doc.getElementsByTagName(name)].map((e) => e.textContent?.trim() ?? '');
      return {
        error: error ? (error.textContent ?? 'parse error') : null,
        root: doc.documentElement.localName,
        namespace: doc.documentElement.namespaceURI,
        texts,
      };
    },
    { text, names },
  );
}

describe.each(TARGETS)('XML of the $name build', (target) => {
  let browser: Browser;
  let page: Page;
  const files = htmlFiles(target.dist);
  const site = new URL(target.site).origin;

  /** A URL in a sitemap or feed must be a built page that does not ask to stay out of search engines. */
  const pageProblem = (url: string): string | undefined => {
    if (!url.startsWith(site + target.base)) return `${url} is not under ${site}${target.base}`;
    const rel = new URL(url).pathname.slice(target.base.length);
    const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
    if (!files.includes(file)) return `${url} is not a built page (${file})`;
    if (/<meta name="robots" content="[^"]*noindex/.test(readHtml(target.dist, file))) return `${url} is marked noindex`;
    return undefined;
  };

  beforeAll(async () => {
    assertBuilt(target);
    browser = await launchChromium();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the XML parser rejects malformed XML (so the checks below can fail)', async () => {
    expect((await parseXml(page, '<urlset><url><loc>x</url></urlset>', [])).error).not.toBeNull();
  });

  it('sitemap-index.xml parses and points to sitemap-0.xml', async () => {
    const xml = await parseXml(page, readFileSync(join(target.dist, 'sitemap-index.xml'), 'utf8'), ['loc']);
    expect(xml.error).toBeNull();
    expect(xml.root).toBe('sitemapindex');
    expect(xml.namespace).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(xml.texts.loc).toEqual([`${site}${target.base}sitemap-0.xml`]);
  });

  it('sitemap-0.xml parses, and lists every indexable page and nothing else', async () => {
    const xml = await parseXml(page, readFileSync(join(target.dist, 'sitemap-0.xml'), 'utf8'), ['loc']);
    expect(xml.error).toBeNull();
    expect(xml.root).toBe('urlset');
    const locs = xml.texts.loc ?? [];
    expect(locs.map(pageProblem).filter(Boolean)).toEqual([]);
    const indexable = files.filter((f) => f !== '404.html' && !/<meta name="robots" content="[^"]*noindex/.test(readHtml(target.dist, f)));
    expect(locs.length).toBe(indexable.length);
    expect(new Set(locs)).toEqual(new Set(indexable.map((f) => site + pagePath(f, target.base))));
  });

  const feed = join(target.dist, 'rss.xml');
  const hasFeed = existsSync(feed);
  it.skipIf(!hasFeed)(
    hasFeed ? 'rss.xml parses as RSS 2.0 and every item links to a built page' : 'rss.xml (skipped: the build has no RSS feed yet; this check runs as soon as dist/rss.xml exists)',
    async () => {
      const text = readFileSync(feed, 'utf8');
      const xml = await parseXml(page, text, ['channel', 'item', 'link', 'title', 'description']);
      expect(xml.error).toBeNull();
      expect(xml.root).toBe('rss');
      expect(text).toMatch(/<rss[^>]+version="2\.0"/);
      expect(xml.texts.channel).toHaveLength(1);
      expect((xml.texts.item ?? []).length).toBeGreaterThan(0);
      // The channel's own <link> is the home page; the others are the items'.
      expect((xml.texts.link ?? []).map(pageProblem).filter(Boolean)).toEqual([]);
    },
  );
});
