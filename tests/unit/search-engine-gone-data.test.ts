import { describe, expect, it } from 'vitest';
import { rankMore, runSearch, type ResultData, type Searcher } from '../../src/lib/search-engine.ts';

/** A searcher over `n` pages that all match every word; the pages in `gone` have lost their data. */
function searcher(n: number, gone: Set<number>): Searcher {
  const page = (i: number): ResultData => ({
    url: `/articles/page-${i}/`,
    meta: { title: `Page ${i}` },
    excerpt: `About <mark>meta</mark> ${i}`,
    sub_results: [],
  });
  return {
    async search() {
      return Array.from({ length: n }, (_, i) => ({
        id: `p${i}`,
        score: n - i,
        data: async () => (gone.has(i) ? null : page(i)),
      }));
    },
  };
}

describe('a result whose data Pagefind has released (data() is null)', () => {
  it('is left out of the first results; the search still completes', async () => {
    const outcome = await runSearch(searcher(20, new Set([0, 3])), 'meta');
    const ids = outcome.results.map((r) => r.id);
    expect(ids).not.toContain('p0');
    expect(ids).not.toContain('p3');
    expect(ids.length).toBe(14); // 16 ranked, 2 gone
    expect(outcome.more?.candidates.length).toBe(4);
  });

  it('is left out of "Show more", which still ranks the rest', async () => {
    const outcome = await runSearch(searcher(30, new Set([17, 20])), 'meta');
    const next = await rankMore(outcome.more!, 10);
    const ids = next.results.map((r) => r.id);
    expect(ids.length).toBe(8);
    expect(ids).not.toContain('p17');
    expect(ids).not.toContain('p20');
    expect(next.more.candidates.length).toBe(4);
  });
});
