import { describe, expect, it } from 'vitest';
import { joinBase, normalizeBase, siteUrlFromEnv } from '../../src/lib/base-path.ts';

describe('normalizeBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['sub', '/sub/'],
    ['/sub', '/sub/'],
    ['sub/', '/sub/'],
    ['//a/b//', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('joinBase', () => {
  it('adds the base to site-relative paths, with or without a leading slash', () => {
    expect(joinBase('/', 'articles/x/')).toBe('/articles/x/');
    expect(joinBase('/sub/', 'articles/x/')).toBe('/sub/articles/x/');
    expect(joinBase('/sub/', '/glossary/#term')).toBe('/sub/glossary/#term');
    expect(joinBase('/a/b/', '')).toBe('/a/b/');
  });
  it('refuses absolute URLs, which would escape the base', () => {
    expect(() => joinBase('/sub/', 'https://example.org/x')).toThrow(/absolute URL/);
    expect(() => joinBase('/sub/', '//example.org/x')).toThrow(/absolute URL/);
  });
});

describe('siteUrlFromEnv', () => {
  it('defaults to a local origin and keeps only the origin', () => {
    expect(siteUrlFromEnv(undefined)).toBe('http://localhost:4321');
    expect(siteUrlFromEnv('https://example.org/')).toBe('https://example.org');
  });
  it('rejects a path in SITE_URL and says to use SITE_BASE', () => {
    expect(() => siteUrlFromEnv('https://example.org/sub/')).toThrow(/SITE_BASE/);
  });
});
