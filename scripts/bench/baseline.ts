/**
 * "Before" for issues 13 (search) and 14 (lean and fast): the figures recorded before that work,
 * each with where it comes from, printed by `npm run bench` next to the same figure measured now.
 * They are a record, not a rerun: the old code cannot be built by today's bench. Compare times
 * with care (they were taken on the same 2-core machine under other loads); bytes, scores, sizes
 * and counts compare directly.
 *
 * Sources:
 *   - ISSUE_14: issue 14 as filed, from Lighthouse runs and builds of main then;
 *   - BENCH_29_NOV: docs/benchmark.md of 29 November 2026 (commit c6daada), the last full bench
 *     run before the work (search then used Pagefind's Component UI, with a 300 ms debounce);
 *   - BEFORE_BYTES: main before the byte work (commit c1423b9), measured with the same Chromium
 *     first-visit count the bench uses now;
 *   - BEFORE_BUILD: the cold real + 1,000 build of commit 35a911c^ (before the image cache), timed
 *     interleaved with the new code (a busy machine, two runs).
 */
export interface Figure {
  what: string;
  before: string;
  source: 'ISSUE_14' | 'BENCH_29_NOV' | 'BEFORE_BYTES' | 'BEFORE_BUILD';
  goal: string;
}

export const SOURCES: Record<Figure['source'], string> = {
  ISSUE_14: 'issue 14 as filed',
  BENCH_29_NOV: 'docs/benchmark.md, 29 Nov 2026 (c6daada)',
  BEFORE_BYTES: 'main before the byte work (c1423b9)',
  BEFORE_BUILD: '35a911c^, timed interleaved',
};

/** The "before" of each figure the two issues set a goal for, by key. */
export const BEFORE = {
  lighthouse: {
    what: 'Lighthouse mobile, lowest score over the pages (performance / accessibility / best practices / SEO)',
    before: '94 / 96 / 93 / 100 (CLS 0.149; manifest blocked by the CSP; small tap targets)',
    source: 'ISSUE_14',
    goal: '100 / 100 / 100 / 100, minimum of 3 runs, home and every article',
  },
  homeVisit: {
    what: 'first visit, home page (KB gzip)',
    before: '23.9',
    source: 'BEFORE_BYTES',
    goal: '≤ 15',
  },
  articleVisit: {
    what: 'first visit, largest article (KB gzip)',
    before: '24.9 (smallest 20.6)',
    source: 'BEFORE_BYTES',
    goal: '≤ 15',
  },
  css: { what: 'CSS per page, largest (KB gzip)', before: '9.2', source: 'BEFORE_BYTES', goal: '≤ 4' },
  js: { what: 'JS before search, largest (KB gzip)', before: '2.8', source: 'BEFORE_BYTES', goal: '–' },
  coldTyped: {
    what: 'search, real size: keystroke to first result, cold (median ms)',
    before: '462',
    source: 'BENCH_29_NOV',
    goal: '–',
  },
  warmTyped: {
    what: 'search, real size: keystroke to first result, warm (median ms)',
    before: '435',
    source: 'BENCH_29_NOV',
    goal: '≤ 100',
  },
  coldKb: {
    what: 'search, real size: cold first-search bytes (median KB)',
    before: '180.9',
    source: 'BENCH_29_NOV',
    goal: '≤ 181.5',
  },
  bigTyped: {
    what: 'search, +10,000: keystroke to first result, cold, slowest query (ms)',
    before: '10,612 ("delete my chats"; "whatsapp" 8,874)',
    source: 'BENCH_29_NOV',
    goal: '< 1,000 every query',
  },
  bigWhole: {
    what: 'search, +10,000: keystroke to the whole results (after a quick first look, where there is one), cold, slowest query (ms)',
    before: '10,612 (no first look then: first results were the whole results)',
    source: 'BENCH_29_NOV',
    goal: '– (the goal is the first results)',
  },
  coldBuild1000: {
    what: 'cold build, real + 1,000 (s)',
    before: '127.4 and 87.5 (two interleaved runs)',
    source: 'BEFORE_BUILD',
    goal: '≤ 0.8 × before',
  },
  warmImages: {
    what: 'warm rebuild, one title changed: time on images (s)',
    before: 'every image drawn again, about 45 ms each (45 s at +1,000)',
    source: 'ISSUE_14',
    goal: '< 2',
  },
  home10k: {
    what: 'home page at +10,000 (KB raw; first visit KB gzip)',
    before: 'every article listed (584 KB raw at +1,000); first visit 265.5 KB gzip',
    source: 'BENCH_29_NOV',
    goal: '< 40 KB raw',
  },
  largestPage: {
    what: 'largest HTML page at the largest size built (KB raw)',
    before: '/sources/: 4.7 MB at +1,000',
    source: 'ISSUE_14',
    goal: '≤ 200',
  },
  rss: { what: 'RSS feed (KB)', before: '3.4 MB at +5,000 (every item)', source: 'ISSUE_14', goal: 'bounded' },
  files: {
    what: 'files in the output at the largest size built',
    before: 'about 30,000 at +10,000, no check against host limits',
    source: 'ISSUE_14',
    goal: 'a build that passes 20,000 fails with the options, unless accepted',
  },
} satisfies Record<string, Figure>;

export type FigureKey = keyof typeof BEFORE;

/** The "Before and after" section: one row per figure measured in this run ("–" when it was not). */
export function beforeAfterLines(after: Partial<Record<FigureKey, string>>): string[] {
  const rows = (Object.keys(BEFORE) as FigureKey[]).map((key) => {
    const f: Figure = BEFORE[key];
    return `| ${f.what} | ${f.before} | ${after[key] ?? '– (not measured in this run)'} | ${f.goal} | ${SOURCES[f.source]} |`;
  });
  return [
    '\n### Before and after (issues 13 and 14)',
    '',
    '| figure | before | now | goal | "before" from |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    'Before: figures recorded before the work (scripts/bench/baseline.ts says where each comes from); now: this run. Times move with the machine’s load; bytes, scores, sizes and counts compare directly.',
  ];
}
