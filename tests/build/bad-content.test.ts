import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/fixture-build.ts';

/**
 * Real `astro build` runs over a minimal content set with one thing broken each. Every kind of
 * bad content must fail the build with a message that names the file and the field or id.
 */
const WORK = 'tests/fixtures/.work';

async function buildWith(
  name: string,
  breakIt: (dir: string) => void,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ ok: boolean; output: string }> {
  const { ok, output } = await buildFixture(join(WORK, name), breakIt, extraEnv);
  return { ok, output };
}

const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));
const article = (dir: string, slug = 'first-article') => join(dir, 'articles', `${slug}.mdx`);

afterAll(() => rmSync(WORK, { recursive: true, force: true }));

describe('bad content fails the build with the file and the fix', () => {
  it('the untouched fixture builds (so every failure below is caused by its one defect)', async () => {
    const result = await buildWith('good', () => {});
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
    expect(existsSync(resolve(WORK, 'good/dist/articles/first-article/index.html'))).toBe(true);
    // A dated update is shown on its article and carried by the feed.
    const page = readFileSync(resolve(WORK, 'good/dist/articles/second-article/index.html'), 'utf8');
    expect(page).toMatch(/Updates to this article[\s\S]*Added the regulator/);
    const feed = readFileSync(resolve(WORK, 'good/dist/rss.xml'), 'utf8');
    expect(feed).toMatch(
      /<item><title>Updated: The second article<\/title><link>[^<]*\/articles\/second-article\/#updates<\/link>/,
    );
  });

  it('a draft article is checked but left out of the build, with its sources', async () => {
    const result = await buildWith('draft', (d) => {
      edit(article(d, 'second-article'), (t) => t.replace('type: how-to', 'type: how-to\ndraft: true'));
      edit(article(d), (t) => t.replace(' and [the second article](article:second-article)', ''));
    });
    expect(result.ok, result.output).toBe(true);
    const dist = resolve(WORK, 'draft/dist');
    expect(existsSync(join(dist, 'articles/first-article/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'articles/second-article/index.html'))).toBe(false);
    expect(readFileSync(join(dist, 'articles/index.html'), 'utf8')).not.toContain('The second article');
  });

  it('a published article may not link to a draft', async () => {
    const result = await buildWith('link-to-draft', (d) =>
      edit(article(d, 'second-article'), (t) => t.replace('type: how-to', 'type: how-to\ndraft: true')),
    );
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /articles\/first-article\.mdx:\d+ \(link "article:second-article"\): unknown article "second-article" \(a draft: drafts are left out of the build\): use one of first-article \(defined in content\/articles\)/,
    );
  });

  it('with SITE_CHECK_VERIFIED_AGE=1 (as in npm test), an article verified too long ago fails the build', async () => {
    const verifiedLongAgo = (d: string) =>
      edit(article(d), (t) =>
        t
          .replace('published: "2026-11-29"', 'published: "2024-01-01"')
          .replace('lastVerified: "2026-11-29"', 'lastVerified: "2024-01-01"'),
      );
    const result = await buildWith('verified-age', verifiedLongAgo, { SITE_CHECK_VERIFIED_AGE: '1' });
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /articles\/first-article\.mdx: lastVerified "2024-01-01" is \d+ days old, more than the 365 allowed \(siteConfig\.maxVerificationAgeDays\)\. Fix: re-check the facts/,
    );
    // Without the variable (a deploy), the same content builds: the calendar never breaks a deploy.
    const deploy = await buildWith('verified-age-deploy', verifiedLongAgo);
    expect(deploy.ok, deploy.output).toBe(true);
  });

  it.each([
    {
      kind: 'missing title',
      breakIt: (d: string) => edit(article(d), (t) => t.replace(/^title: .*\n/m, '')),
      expected: [/articles\/first-article\.mdx/, /articles → first-article/, /title: title is required/],
    },
    {
      kind: 'bad date',
      breakIt: (d: string) => edit(article(d), (t) => t.replace('published: "2026-11-29"', 'published: "2026-02-30"')),
      expected: [/articles\/first-article\.mdx/, /published must be a real date written "YYYY-MM-DD"/],
    },
    {
      kind: 'unknown topic',
      breakIt: (d: string) =>
        edit(article(d), (t) => t.replace('topics: [announcement]', 'topics: [announcement, gardening]')),
      expected: [
        /articles\/first-article\.mdx \(topics\): unknown topic "gardening": use one of ads-and-content, .*opt-out.* \(defined in content\/topics\.yaml\)/,
      ],
    },
    {
      kind: 'unknown platform',
      breakIt: (d: string) =>
        edit(join(d, 'checker.yaml'), (t) =>
          t.replace('when: { region: [us, elsewhere] }', 'when: { region: [us, elsewhere], apps: [myspace] }'),
        ),
      expected: [
        /checker\.yaml \(rule "example-applies", when\.apps\): unknown platform "myspace": use one of facebook, .*whatsapp.* \(defined in content\/platforms\.yaml\)/,
      ],
    },
    {
      kind: 'unknown source id',
      breakIt: (d: string) => edit(article(d), (t) => t.replace('<Cite ids="S-02" />', '<Cite ids="S-02 S-999" />')),
      expected: [
        /articles\/first-article\.mdx:\d+ \(<Cite>\): unknown source "S-999": use one of S-01, S-02, S-03 \(defined in content\/sources\.yaml\)/,
      ],
    },
    {
      kind: 'article with no sources',
      breakIt: (d: string) => {
        edit(article(d, 'second-article'), (t) => t.replace(/ ?<Cite ids="S-0\d" \/>/g, ''));
        edit(join(d, 'timeline.yaml'), (t) => t.replace('[S-01, S-03]', '[S-01, S-02, S-03]'));
      },
      expected: [/articles\/second-article\.mdx: the article cites no sources/],
    },
    {
      kind: 'source that nothing cites',
      breakIt: (d: string) =>
        edit(
          join(d, 'sources.yaml'),
          (t) => `${t}S-04:\n  outlet: Nobody Cites Me\n  title: An orphan\n  kind: news\n`,
        ),
      expected: [/sources\.yaml: source "S-04" is not cited anywhere/],
    },
    {
      kind: 'source with a malformed url',
      breakIt: (d: string) =>
        edit(join(d, 'sources.yaml'), (t) =>
          t.replace('"https://example.org/announcement"', '"example.org/announcement"'),
        ),
      expected: [/sources\.yaml/, /sources → S-01/, /url: url must be a full https:\/\/ address/],
    },
    {
      kind: 'source with a malformed date',
      breakIt: (d: string) =>
        edit(join(d, 'sources.yaml'), (t) => t.replace('published: "2025-10"', 'published: "October 2025"')),
      expected: [/sources\.yaml/, /sources → S-02/, /published: published must be "YYYY-MM-DD" or "YYYY-MM"/],
    },
    {
      kind: 'duplicate slug',
      breakIt: (d: string) =>
        edit(article(d, 'second-article'), (t) => t.replace('type: how-to', 'type: how-to\nslug: first-article')),
      expected: [/Duplicate slug "first-article"/, /second-article\.mdx/, /first-article\.mdx/],
    },
    {
      kind: 'broken internal link',
      breakIt: (d: string) => edit(article(d), (t) => t.replace('article:second-article', 'article:no-such-article')),
      expected: [
        /articles\/first-article\.mdx:\d+ \(link "article:no-such-article"\): unknown article "no-such-article": use one of first-article, second-article \(defined in content\/articles\)/,
      ],
    },
    {
      kind: 'MDX syntax error',
      breakIt: (d: string) => edit(article(d), (t) => `${t}\n<Callout kind="note">\n\nNever closed.\n`),
      // The MDX compiler's own words, with the file and the line:column of the problem.
      expected: [/articles\/first-article\.mdx:\d+:\d+/, /Expected a closing tag for `<Callout>`/],
    },
  ])('$kind', async ({ kind, breakIt, expected }) => {
    const result = await buildWith(kind.replace(/\W+/g, '-'), breakIt);
    expect(result.ok, result.output).toBe(false);
    for (const pattern of expected) expect(result.output).toMatch(pattern);
  });
});
