import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { htmlFiles, readHtml } from '../support/site-files.ts';
import { startTags } from '../support/html.ts';

/**
 * External links and third-party resources, over every page of both builds:
 *   - every link that leaves the site is https and goes to the original publication of a source
 *     listed in content/sources.yaml (its `url`), nothing else;
 *   - a link that opens a new tab (target="_blank") carries rel="noopener noreferrer";
 *   - no element makes the browser fetch anything from another origin (scripts, styles, images,
 *     frames, fonts, forms): the only absolute URLs outside links are the site's own canonical URL.
 * The internal side (every internal link and #fragment resolves) is tests/site/internal-links.test.ts.
 */
const SITE_ORIGIN = 'http://localhost:4321';

const sourcesYaml = parse(readFileSync('content/sources.yaml', 'utf8')) as Record<string, { url?: string }>;
const ALLOWED = new Set(Object.values(sourcesYaml).flatMap((s) => (s.url ? [s.url] : [])));

const isAbsolute = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//');

/** What is wrong with the external links and resources of one HTML page, one line per problem. */
function externalProblems(html: string, allowed: ReadonlySet<string>, siteOrigin = SITE_ORIGIN): string[] {
  const problems: string[] = [];
  for (const { name: tag, attrs } of startTags(
    html,
    /^(a|area|link|script|img|iframe|source|video|audio|embed|object|form|image|use)$/,
  )) {
    if (tag === 'a' || tag === 'area') {
      const href = attrs.get('href');
      if (href === undefined || !isAbsolute(href)) continue;
      if (/^mailto:/i.test(href)) continue;
      if (href.startsWith(`${siteOrigin}/`)) continue;
      const where = `<a href="${href}">`;
      if (!href.startsWith('https://')) problems.push(`${where} is not https`);
      else if (!allowed.has(href)) problems.push(`${where} is not the url of a source in content/sources.yaml`);
      if (attrs.get('target') === '_blank') {
        const rel = new Set((attrs.get('rel') ?? '').split(/\s+/));
        if (!rel.has('noopener') || !rel.has('noreferrer'))
          problems.push(`${where} opens a new tab without rel="noopener noreferrer"`);
      }
      continue;
    }
    for (const name of ['src', 'href', 'srcset', 'data', 'action', 'poster', 'xlink:href']) {
      const value = attrs.get(name);
      if (!value) continue;
      const urls = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls) {
        if (!isAbsolute(url) || url.startsWith('data:')) continue;
        const own = url.startsWith(`${siteOrigin}/`);
        const rel = attrs.get('rel') ?? '';
        if (tag === 'link' && own && /^(canonical|alternate)$/.test(rel)) continue;
        problems.push(
          `<${tag} ${name}="${url}"> would ${own ? 'fetch by absolute URL (use a base-relative path)' : 'make a third-party request'}`,
        );
      }
    }
  }
  // CSS in the page: @import and url() must stay on the site.
  for (const m of html.matchAll(/(?:@import\s+|url\()\s*['"]?([^'")\s]+)/g)) {
    if (isAbsolute(m[1]!) && !m[1]!.startsWith('data:')) problems.push(`inline CSS loads ${m[1]}`);
  }
  return problems;
}

describe('the external-link check can fail', () => {
  const allowed = new Set(['https://example.org/a']);
  it('accepts a listed https source, mailto and the site itself', () => {
    expect(
      externalProblems(
        '<a href="https://example.org/a" rel="noreferrer">a</a><a href="mailto:x@example.org">m</a><link rel="canonical" href="http://localhost:4321/x/">',
        allowed,
      ),
    ).toEqual([]);
  });
  it('rejects http, unlisted URLs, a new tab without noopener, and third-party resources', () => {
    const problems = externalProblems(
      '<a href="http://example.org/a">1</a><a href="https://elsewhere.test/">2</a>' +
        '<a href="https://example.org/a" target="_blank" rel="noreferrer">3</a>' +
        '<script src="https://cdn.test/x.js"></script><img src="//img.test/a.png" alt=""><link rel="stylesheet" href="https://fonts.test/css">' +
        '<style>@import "https://fonts.test/x.css";</style>',
      allowed,
    );
    expect(problems).toEqual([
      '<a href="http://example.org/a"> is not https',
      '<a href="https://elsewhere.test/"> is not the url of a source in content/sources.yaml',
      '<a href="https://example.org/a"> opens a new tab without rel="noopener noreferrer"',
      '<script src="https://cdn.test/x.js"> would make a third-party request',
      '<img src="//img.test/a.png"> would make a third-party request',
      '<link href="https://fonts.test/css"> would make a third-party request',
      'inline CSS loads https://fonts.test/x.css',
    ]);
  });
});

describe.each(TARGETS)('external links and resources of every page of the $name build', (target) => {
  assertBuilt(target);
  const files = htmlFiles(target.dist);

  it('content/sources.yaml lists the allowed originals', () => {
    expect(ALLOWED.size).toBeGreaterThan(20);
  });

  it.each(files)('%s', (file) => {
    expect(externalProblems(readHtml(target.dist, file), ALLOWED, new URL(target.site).origin)).toEqual([]);
  });
});
