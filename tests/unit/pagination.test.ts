import { describe, expect, it } from 'vitest';
import { listPreview, pageCount, pageNumbers, pageOfIndex, pagePathOf, paginate } from '../../src/lib/pagination.ts';

describe('paginate', () => {
  it('splits a list into pages of the given size, the last one shorter, every item once and in order', () => {
    const items = Array.from({ length: 45 }, (_, i) => i);
    const pages = paginate(items, 20);
    expect(pages.map((p) => [p.page, p.last, p.start, p.items.length, p.total])).toEqual([
      [1, 3, 0, 20, 45],
      [2, 3, 20, 20, 45],
      [3, 3, 40, 5, 45],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });
  it('gives a list that fits, or an empty one, exactly one page', () => {
    expect(paginate([1, 2, 3], 20)).toHaveLength(1);
    expect(paginate([1, 2, 3], 3)).toHaveLength(1);
    expect(paginate([], 20)).toEqual([{ page: 1, last: 1, items: [], start: 0, total: 0 }]);
  });
  it('refuses a page size that is not a positive integer', () => {
    expect(() => pageCount(10, 0)).toThrow(/positive integer/);
    expect(() => pageCount(10, 2.5)).toThrow(/positive integer/);
  });
});

describe('pageOfIndex', () => {
  it('finds the page that lists an item', () => {
    expect([0, 19, 20, 39, 40].map((i) => pageOfIndex(i, 20))).toEqual([1, 1, 2, 2, 3]);
  });
});

describe('pagePathOf', () => {
  it('puts page 1 at the list itself and page n under page/n/', () => {
    expect(pagePathOf('articles/', 1)).toBe('articles/');
    expect(pagePathOf('articles/', 2)).toBe('articles/page/2/');
    expect(pagePathOf('sources/S-01', 3)).toBe('sources/S-01/page/3/');
  });
});

describe('pageNumbers', () => {
  it('lists every page when there are few', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(2, 4)).toEqual([1, 2, 3, 4]);
    expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
  });
  it('keeps the first, the last and the neighbours of the current page, with gaps between', () => {
    expect(pageNumbers(1, 500)).toEqual([1, 2, 'gap', 500]);
    expect(pageNumbers(250, 500)).toEqual([1, 'gap', 249, 250, 251, 'gap', 500]);
    expect(pageNumbers(500, 500)).toEqual([1, 'gap', 499, 500]);
  });
  it('never hides a single page behind a gap', () => {
    expect(pageNumbers(4, 10)).toEqual([1, 2, 3, 4, 5, 'gap', 10]);
    expect(pageNumbers(7, 10)).toEqual([1, 'gap', 6, 7, 8, 9, 10]);
  });
  it('stays short at any number of pages', () => {
    for (const last of [1, 7, 100, 10_000]) {
      for (const current of [1, 2, Math.ceil(last / 2), last])
        expect(pageNumbers(current, last).length).toBeLessThanOrEqual(9);
    }
  });
});

describe('listPreview', () => {
  it('shows a short list in full and the start of a long one, with the count of the rest', () => {
    expect(listPreview([1, 2, 3], 6)).toEqual({ shown: [1, 2, 3], more: 0 });
    expect(listPreview([1, 2, 3, 4, 5, 6], 6)).toEqual({ shown: [1, 2, 3, 4, 5, 6], more: 0 });
    expect(listPreview([1, 2, 3, 4, 5, 6, 7], 6)).toEqual({ shown: [1, 2, 3, 4, 5], more: 2 });
    expect(
      listPreview(
        Array.from({ length: 9000 }, (_, i) => i),
        6,
      ).shown,
    ).toHaveLength(5);
  });
});
