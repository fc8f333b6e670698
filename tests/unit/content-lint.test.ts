import { describe, expect, it } from 'vitest';
import { checkContentIntegrity } from '../../src/lib/content-integrity.ts';
import { siteConfig } from '../../src/site.config.ts';
import { loadContentDir, todayUtc } from '../support/content-dir.ts';

/**
 * The content lint: the build's integrity checks (short version, citations, known sources, links,
 * headings in order, no empty section) plus the one the build leaves out on purpose: every
 * article was verified within siteConfig.maxVerificationAgeDays of today. Run over content/ as it
 * is on disk, one test per article so that a failure names the file.
 */
const policy = { today: todayUtc(), maxAgeDays: siteConfig.maxVerificationAgeDays };

describe('content lint over content/', () => {
  const { input } = loadContentDir('content');
  const problems = checkContentIntegrity({ ...input, verification: policy });

  it('finds the articles', () => {
    expect(input.articles.length).toBeGreaterThanOrEqual(8);
  });

  it.each(input.articles.map((a) => a.file))('%s: short version, sources, verified within the allowed age, headings in order, no empty section', (file) => {
    expect(problems.filter((p) => p.startsWith(`${file}:`))).toEqual([]);
  });

  it('sources, timeline, glossary and questions are consistent with the articles', () => {
    const articleFiles = new Set(input.articles.map((a) => `${a.file}:`));
    expect(problems.filter((p) => ![...articleFiles].some((f) => p.startsWith(f)))).toEqual([]);
  });
});

describe('the content lint fails with the file name', () => {
  const fixture = () => loadContentDir('tests/fixtures/minimal-content');
  const file = 'tests/fixtures/minimal-content/articles/first-article.mdx';

  it('passes the untouched fixture', () => {
    expect(checkContentIntegrity({ ...fixture().input, verification: { ...policy, today: '2026-11-29' } })).toEqual([]);
  });

  it.each([
    {
      defect: 'a last-verified date past the allowed age',
      change: (a: { lastVerified?: string | undefined; body: string }) => (a.lastVerified = '2024-01-01'),
      expected: /lastVerified "2024-01-01" is \d+ days old, more than the 365 allowed/,
    },
    {
      defect: 'no short version',
      change: (a: { body: string }) => (a.body = a.body.replace(/<\/?ShortVersion>/g, '')),
      expected: /no <ShortVersion> box/,
    },
    {
      defect: 'no sources',
      change: (a: { body: string }) => (a.body = a.body.replace(/<Cite ids="[^"]*" \/>/g, '')),
      expected: /the article cites no sources/,
    },
    {
      defect: 'an empty section',
      change: (a: { body: string }) => (a.body += '\n## Nothing here\n'),
      expected: /:\d+: section "Nothing here" is empty/,
    },
    {
      defect: 'headings out of order',
      change: (a: { body: string }) => (a.body += '\n#### Too deep\n\nText. <Cite ids="S-01" />\n'),
      expected: /:\d+: heading "Too deep" skips a level \(h2 to h4\)/,
    },
  ])('$defect', ({ change, expected }) => {
    const { input } = fixture();
    const article = input.articles.find((a) => a.file === file)!;
    change(article);
    const problems = checkContentIntegrity({ ...input, verification: { today: '2026-11-29', maxAgeDays: 365 } });
    expect(problems.some((p) => p.startsWith(file) && expected.test(p)), problems.join('\n')).toBe(true);
  });
});
