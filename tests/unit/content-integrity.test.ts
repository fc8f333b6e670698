import { describe, expect, it } from 'vitest';
import {
  assertContentIntegrity,
  checkContentIntegrity,
  verificationProblems,
  type IntegrityInput,
} from '../../src/lib/content-integrity.ts';

const good = (): IntegrityInput => ({
  articles: [
    {
      id: 'a',
      file: 'content/articles/a.mdx',
      body: '<Answer>\n\nYes. <Cite ids="S-01" />\n\n</Answer>\n\n<ShortVersion>\n\n- Point. <Cite ids="S-01" />\n\n</ShortVersion>\n\n## Section\n\nText. <Cite ids="S-02" /> <Term id="meta-ai">Meta AI</Term> [b](article:b)\n',
      topics: ['opt-out'],
      platforms: ['whatsapp'],
    },
    {
      id: 'b',
      file: 'content/articles/b.mdx',
      body: '<Answer>\n\nNo. <Cite ids="S-02" />\n\n</Answer>\n\n<ShortVersion>\n\n- X. <Cite ids="S-02" />\n\n</ShortVersion>\n',
    },
  ],
  sources: [{ id: 'S-01', url: 'https://example.org/a' }, { id: 'S-02' }, { id: 'S-03' }],
  topics: ['announcement', 'opt-out'],
  platforms: ['facebook', 'whatsapp'],
  timeline: [{ id: 'e1', sources: ['S-03'], article: 'a', topics: ['announcement'], platforms: [] }],
  glossary: [{ id: 'meta-ai', sources: [], article: 'a', related: [], topics: [] }],
  questions: [
    { id: 'q1', sources: ['S-01'], link: 'article:a#section', topics: ['opt-out'], platforms: ['facebook'] },
    {
      id: 'r1',
      sources: ['S-02'],
      link: 'article:b',
      platforms: ['whatsapp'],
      file: 'content/checker.yaml',
      entry: 'rule',
      platformsField: 'when.apps',
    },
  ],
});

describe('content integrity', () => {
  it('passes consistent content', () => {
    expect(checkContentIntegrity(good())).toEqual([]);
    expect(() => assertContentIntegrity(good())).not.toThrow();
  });

  it('rejects a citation of an unknown source id, naming the file, line and id', () => {
    const input = good();
    input.articles[0]!.body += '\nMore. <Cite ids="S-404" />\n';
    const problems = checkContentIntegrity(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/articles\/a\.mdx:\d+ \(<Cite>\): unknown source "S-404": use one of S-01, S-02, S-03 \(defined in content\/sources\.yaml\)$/,
    );
  });

  it('rejects an article with no sources', () => {
    const input = good();
    input.articles[1]!.body = '<Answer>\n\nNo.\n\n</Answer>\n\n<ShortVersion>\n\n- Nothing cited.\n\n</ShortVersion>\n';
    input.timeline[0]!.sources.push('S-02');
    expect(checkContentIntegrity(input).join('\n')).toMatch(/content\/articles\/b\.mdx: the article cites no sources/);
  });

  it('rejects a source that nothing cites', () => {
    const input = good();
    input.sources.push({ id: 'S-77' });
    expect(checkContentIntegrity(input)).toEqual([
      'content/sources.yaml: source "S-77" is not cited anywhere. Fix: cite it or remove it.',
    ]);
  });

  it('rejects an unknown source id in the timeline and glossary', () => {
    const input = good();
    input.timeline[0]!.sources.push('S-500');
    input.glossary[0]!.sources.push('S-501');
    const text = checkContentIntegrity(input).join('\n');
    expect(text).toMatch(
      /content\/timeline\.yaml \(event "e1", sources\): unknown source "S-500": use one of S-01, S-02, S-03/,
    );
    expect(text).toMatch(/content\/glossary\.yaml \(term "meta-ai", sources\): unknown source "S-501": use one of/);
  });

  it('lists the closest ids when there are many to choose from', () => {
    const input = good();
    for (let n = 10; n < 40; n++) input.sources.push({ id: `S-${n}` });
    input.timeline[0]!.sources.push(...input.sources.slice(3).map((s) => s.id), 'S-399');
    const [problem, ...rest] = checkContentIntegrity(input);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /unknown source "S-399": use one of S-39, .* \(the 8 closest of 33, defined in content\/sources\.yaml\)$/,
    );
  });

  it('rejects an unknown topic or platform wherever one is filed, naming the file, the entry and the ids to use', () => {
    const input = good();
    input.articles[0]!.topics!.push('gardening');
    input.articles[0]!.platforms!.push('myspace');
    input.timeline[0]!.topics!.push('cooking');
    input.glossary[0]!.topics!.push('knitting');
    input.questions![0]!.platforms!.push('friendster');
    input.questions![1]!.platforms!.push('orkut');
    expect(checkContentIntegrity(input)).toEqual([
      'content/articles/a.mdx (topics): unknown topic "gardening": use one of announcement, opt-out (defined in content/topics.yaml)',
      'content/articles/a.mdx (platforms): unknown platform "myspace": use one of facebook, whatsapp (defined in content/platforms.yaml)',
      'content/timeline.yaml (event "e1", topics): unknown topic "cooking": use one of announcement, opt-out (defined in content/topics.yaml)',
      'content/glossary.yaml (term "meta-ai", topics): unknown topic "knitting": use one of announcement, opt-out (defined in content/topics.yaml)',
      'content/questions.yaml (question "q1", platforms): unknown platform "friendster": use one of facebook, whatsapp (defined in content/platforms.yaml)',
      'content/checker.yaml (rule "r1", when.apps): unknown platform "orkut": use one of facebook, whatsapp (defined in content/platforms.yaml)',
    ]);
  });

  it('rejects an unknown article or glossary term in the timeline, glossary, questions and checker rules', () => {
    const input = good();
    input.timeline[0]!.article = 'gone';
    input.glossary[0]!.article = 'missing';
    input.glossary[0]!.related.push('no-such-term');
    input.questions![0]!.link = 'article:nowhere#x';
    input.questions![1]!.sources.push('S-404');
    expect(checkContentIntegrity(input)).toEqual([
      'content/timeline.yaml (event "e1", article): unknown article "gone": use one of a, b (defined in content/articles)',
      'content/glossary.yaml (term "meta-ai", article): unknown article "missing": use one of a, b (defined in content/articles)',
      'content/glossary.yaml (term "meta-ai", related): unknown glossary term "no-such-term": use one of meta-ai (defined in content/glossary.yaml)',
      'content/questions.yaml (question "q1", link): unknown article "nowhere": use one of a, b (defined in content/articles)',
      'content/checker.yaml (rule "r1", sources): unknown source "S-404": use one of S-01, S-02, S-03 (defined in content/sources.yaml)',
    ]);
  });

  it('rejects a link to an unknown article and a root-relative link', () => {
    const input = good();
    input.articles[0]!.body += '\n[x](article:missing#y) [y](/timeline/)\n';
    const text = checkContentIntegrity(input).join('\n');
    expect(text).toMatch(
      /a\.mdx:\d+ \(link "article:missing#y"\): unknown article "missing": use one of a, b \(defined in content\/articles\)/,
    );
    expect(text).toMatch(/a\.mdx:\d+: has a root-relative link "\/timeline\/"/);
  });

  it('rejects a link to a section an article does not have, naming its headings; frame sections count', () => {
    const input = good();
    input.articles[1]!.body += '\n[x](article:a#sectoin) [y](article:a#references) [z](article:a#the-short-version)\n';
    input.questions![0]!.link = 'article:a#what-about-the-uk';
    expect(checkContentIntegrity(input)).toEqual([
      `content/articles/b.mdx:13 (link "article:a#sectoin"): unknown section "sectoin": use one of section, the-short-version, updates, references (defined in content/articles/a.mdx's headings). Fix: link to one of those headings, or to the article without "#…"`,
      `content/questions.yaml (question "q1", link): unknown section "what-about-the-uk": use one of section, the-short-version, updates, references (defined in content/articles/a.mdx's headings). Fix: link to one of those headings, or to the article without "#…"`,
    ]);
  });

  it('says so when a link points to a draft', () => {
    const input = good();
    input.articles[1]!.draft = true;
    input.questions![1]!.link = 'article:a';
    expect(checkContentIntegrity(input)).toEqual([
      'content/articles/a.mdx:15 (link "article:b"): unknown article "b" (a draft: drafts are left out of the build): use one of a (defined in content/articles)',
    ]);
  });

  it('rejects an unknown glossary term', () => {
    const input = good();
    input.articles[0]!.body += '\n<Term id="nope">x</Term>\n';
    expect(checkContentIntegrity(input).join('\n')).toMatch(
      /a\.mdx:\d+ \(<Term>\): unknown glossary term "nope": use one of meta-ai \(defined in content\/glossary\.yaml\)/,
    );
  });

  it('rejects two citation markers in one sentence, naming the file, the line and the merged marker', () => {
    const input = good();
    input.articles[0]!.body += '\nMeta said so <Cite ids="S-01" /> and Reuters agreed. <Cite ids="S-02 S-01" />\n';
    const problems = checkContentIntegrity(input);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/articles\/a\.mdx:\d+: two <Cite> markers in one sentence \(the other on line \d+\)\. Fix: merge them into one <Cite ids="S-01 S-02" \/>/,
      ),
    ]);
    // One marker per sentence is fine.
    input.articles[0]!.body =
      good().articles[0]!.body + '\nMeta said so. <Cite ids="S-01" /> Reuters agreed. <Cite ids="S-02" />\n';
    expect(checkContentIntegrity(input)).toEqual([]);
  });

  it('rejects a link to an unreliable source', () => {
    const input = good();
    input.sources[0]!.reliability = 'unreliable';
    expect(checkContentIntegrity(input).join('\n')).toMatch(/"S-01" is marked unreliable but has a url/);
  });

  it('rejects an article that does not open with its direct answer', () => {
    const input = good();
    input.articles[1]!.body =
      '<ShortVersion>\n\n- X. <Cite ids="S-02" />\n\n</ShortVersion>\n\n<Answer>\n\nLate.\n\n</Answer>\n';
    expect(checkContentIntegrity(input).join('\n')).toMatch(
      /b\.mdx: the article does not open with <Answer>\. Fix: start the body with <Answer>/,
    );
  });

  it('rejects a source linked on a blocked host, or a subdomain of one, naming the host and its reason', () => {
    const input = good();
    input.blockedHosts = [{ host: 'summaries.example', reason: 'Rewrites other outlets.' }];
    input.sources[0]!.url = 'https://www.summaries.example/story/1';
    input.sources[1]!.url = 'https://news.summaries.example/story/2';
    const problems = checkContentIntegrity(input);
    expect(problems.filter((p) => p.includes('a host on the blocklist'))).toHaveLength(2);
    expect(problems.join('\n')).toMatch(
      /"S-01" links https:\/\/www\.summaries\.example\/story\/1, a host on the blocklist \(content\/blocked-hosts\.yaml: summaries\.example, "Rewrites other outlets\."\)/,
    );
    input.sources[0]!.url = 'https://notsummaries.example/story/1';
    input.sources[1]!.url = undefined;
    expect(checkContentIntegrity(input).filter((p) => p.includes('blocklist'))).toEqual([]);
  });

  it('rejects skipped heading levels, empty sections and a missing short version', () => {
    const input = good();
    input.articles[1]!.body =
      'No box. <Cite ids="S-02" />\n\n## Empty\n\n## Has text\n\nText.\n\n#### Too deep\n\nText.\n';
    const text = checkContentIntegrity(input).join('\n');
    expect(text).toMatch(/b\.mdx: no <ShortVersion> box/);
    expect(text).toMatch(/b\.mdx:3: section "Empty" is empty/);
    expect(text).toMatch(/b\.mdx:9: heading "Too deep" skips a level \(h2 to h4\)/);
  });

  it('throws one error listing every problem', () => {
    const input = good();
    input.sources.push({ id: 'S-88' }, { id: 'S-89' });
    expect(() => assertContentIntegrity(input)).toThrow(/Content problems \(2\)/);
  });

  describe('last-verified age', () => {
    const policy = { today: '2026-11-29', maxAgeDays: 365 };
    const file = 'content/articles/a.mdx';

    it('accepts a date within the allowed age, up to the limit itself', () => {
      expect(verificationProblems({ file, lastVerified: '2026-11-29' }, policy)).toEqual([]);
      expect(verificationProblems({ file, lastVerified: '2025-11-29' }, policy)).toEqual([]);
      // One day ahead of UTC is a time-zone difference, not a mistake.
      expect(verificationProblems({ file, lastVerified: '2026-11-30' }, policy)).toEqual([]);
    });

    it('rejects a date older than the limit, naming the file, the age and the fix', () => {
      const [problem, ...rest] = verificationProblems({ file, lastVerified: '2025-11-28' }, policy);
      expect(rest).toEqual([]);
      expect(problem).toMatch(
        /^content\/articles\/a\.mdx: lastVerified "2025-11-28" is 366 days old, more than the 365 allowed/,
      );
      expect(problem).toMatch(/maxVerificationAgeDays/);
      expect(problem).toMatch(/Fix: re-check the facts/);
    });

    it('rejects a missing or a future date', () => {
      expect(verificationProblems({ file, lastVerified: undefined }, policy).join()).toMatch(
        /a\.mdx: lastVerified is missing/,
      );
      expect(verificationProblems({ file, lastVerified: '2027-01-01' }, policy).join()).toMatch(
        /a\.mdx: lastVerified "2027-01-01" is in the future/,
      );
    });

    it('is part of the integrity check only when a policy is given (the build passes one only with SITE_CHECK_VERIFIED_AGE=1)', () => {
      const input = good();
      input.articles[0]!.lastVerified = '2020-01-01';
      expect(checkContentIntegrity(input)).toEqual([]);
      input.verification = policy;
      const problems = checkContentIntegrity(input);
      expect(problems).toHaveLength(2); // a.mdx is too old, b.mdx has no date
      expect(problems[0]).toMatch(/^content\/articles\/a\.mdx: lastVerified "2020-01-01" is \d+ days old/);
      expect(problems[1]).toMatch(/^content\/articles\/b\.mdx: lastVerified is missing/);
    });
  });
});
