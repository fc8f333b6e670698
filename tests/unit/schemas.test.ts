import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { DuplicateSlugGuard } from '../../src/lib/duplicate-slugs.ts';

const article = {
  title: 'Can you opt out?',
  description: 'What the controls Meta points to do, and what they do not do.',
  published: '2026-11-29',
  updated: '2026-11-29',
  lastVerified: '2026-11-29',
  order: 2,
  type: 'explainer',
  topics: ['opt-out'],
  platforms: ['facebook'],
};

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');

describe('article schema', () => {
  it('accepts a complete article and fills defaults', () => {
    const parsed = articleSchema.parse(article);
    expect(parsed.draft).toBe(false);
    expect(parsed.updates).toEqual([]);
  });
  it('accepts an unquoted YAML date (parsed as a Date)', () => {
    expect(articleSchema.parse({ ...article, published: new Date('2026-11-01') }).published).toBe('2026-11-01');
  });
  it('names the field and the fix for a missing title', () => {
    const { title: _omit, ...rest } = article;
    expect(messages(articleSchema.safeParse(rest))).toMatch(/^title: title is required/m);
  });
  it('names the field and the format for a bad date', () => {
    expect(messages(articleSchema.safeParse({ ...article, lastVerified: '2026-02-30' }))).toMatch(
      /lastVerified: lastVerified must be a real date written "YYYY-MM-DD"/,
    );
    expect(messages(articleSchema.safeParse({ ...article, published: '29/11/2026' }))).toMatch(/^published: /m);
  });
  // Whether a topic or platform exists is checked across collections (content-integrity.test.ts):
  // the schema reads no files, so it checks the shape of the id only.
  it('accepts any well-formed topic id and rejects a malformed one, naming the field', () => {
    expect(articleSchema.safeParse({ ...article, topics: ['opt-out', 'cooking'] }).success).toBe(true);
    expect(messages(articleSchema.safeParse({ ...article, topics: ['opt-out', 'Opt Out'] }))).toMatch(
      /^topics\.1: topic: an id is lowercase words joined by hyphens, e\.g\. "opt-out"/m,
    );
    expect(messages(articleSchema.safeParse({ ...article, platforms: [42] }))).toMatch(
      /^platforms\.0: platform: write the id as text/m,
    );
  });
  it('rejects updated before published', () => {
    expect(messages(articleSchema.safeParse({ ...article, updated: '2026-01-01' }))).toMatch(
      /updated must be on or after published/,
    );
  });
});

describe('source schema', () => {
  const source = {
    outlet: 'Reuters',
    title: 'Meta to use AI chats',
    published: '2025-10-01',
    kind: 'news',
    url: 'https://www.reuters.com/x',
  };
  it('accepts day or month precision and no date at all', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(sourceSchema.safeParse({ ...source, published: '2025-10' }).success).toBe(true);
    const { published: _p, ...undated } = source;
    expect(sourceSchema.safeParse(undated).success).toBe(true);
  });
  it('rejects a malformed url or date, naming the field', () => {
    expect(messages(sourceSchema.safeParse({ ...source, url: 'www.reuters.com/x' }))).toMatch(
      /^url: url must be a full https:\/\//m,
    );
    expect(messages(sourceSchema.safeParse({ ...source, url: 'http://www.reuters.com/x' }))).toMatch(/^url: /m);
    expect(messages(sourceSchema.safeParse({ ...source, published: '2025-10-32' }))).toMatch(
      /^published: published must be/m,
    );
    expect(messages(sourceSchema.safeParse({ ...source, kind: 'blog' }))).toMatch(
      /^kind: kind must be one of official, news, analysis, regulator/m,
    );
  });
});

describe('duplicate slugs', () => {
  it('fails with both file names when two articles claim one slug', () => {
    const guard = new DuplicateSlugGuard('content/articles');
    guard.claim('opt-out', 'a.mdx');
    expect(guard.claim('opt-out', 'a.mdx')).toBe('opt-out');
    expect(() => guard.claim('opt-out', 'b.mdx')).toThrow(
      /Duplicate slug "opt-out": content\/articles\/b\.mdx and content\/articles\/a\.mdx/,
    );
  });

  it('fails with the file name when an article claims a slug the site publishes under', () => {
    const guard = new DuplicateSlugGuard('content/articles', { page: 'the archive pages /articles/page/N/' });
    expect(() => guard.claim('page', 'page.mdx')).toThrow(
      /Reserved slug "page" in content\/articles\/page\.mdx: the site publishes the archive pages \/articles\/page\/N\/ there\. Fix: rename/,
    );
    expect(guard.claim('pages', 'pages.mdx')).toBe('pages');
    expect(guard.claim('constructor', 'constructor.mdx')).toBe('constructor');
  });
});
