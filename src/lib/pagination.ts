/**
 * Static pagination for lists that grow with the site (the article archive, a source's citing
 * pages). Page 1 lives at the list's own path ("articles/"), page n at "<path>page/<n>/"
 * ("articles/page/2/"). Paths are site-relative: pass them through withBase for an href.
 */

export interface ListPage<T> {
  /** 1-based page number. */
  page: number;
  /** Number of the last page (1 when everything fits on one). */
  last: number;
  /** This page's items. */
  items: T[];
  /** 0-based index of this page's first item in the whole list. */
  start: number;
  /** Items in the whole list. */
  total: number;
}

/** Number of pages `total` items fill at `size` a page; an empty list still has its one page. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Page size must be a positive integer, got ${size}.`);
  return Math.max(1, Math.ceil(total / size));
}

/** Every page of `items`, `size` to a page. */
export function paginate<T>(items: readonly T[], size: number): ListPage<T>[] {
  const last = pageCount(items.length, size);
  return Array.from({ length: last }, (_, i) => ({
    page: i + 1,
    last,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
    total: items.length,
  }));
}

/** The page (1-based) that holds the item at 0-based `index`. */
export function pageOfIndex(index: number, size: number): number {
  return Math.floor(Math.max(0, index) / size) + 1;
}

/** Site-relative path of page `page` of the list at `root` ("articles/", 2 → "articles/page/2/"). */
export function pagePathOf(root: string, page: number): string {
  const base = root === '' || root.endsWith('/') ? root : `${root}/`;
  return page <= 1 ? base : `${base}page/${page}/`;
}

/**
 * The page numbers a pagination bar shows: the first, the last and the ones around the current
 * page, with 'gap' where numbers are left out, so the bar stays short at any number of pages.
 * A gap never hides a single number (1 … 3 becomes 1 2 3).
 */
export function pageNumbers(current: number, last: number, around = 1): (number | 'gap')[] {
  const keep = new Set([1, last]);
  for (let p = current - around; p <= current + around; p++) if (p >= 1 && p <= last) keep.add(p);
  const sorted = [...keep].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const prev = out.at(-1);
    if (typeof prev === 'number' && p - prev === 2) out.push(p - 1);
    else if (typeof prev === 'number' && p - prev > 2) out.push('gap');
    out.push(p);
  }
  return out;
}

/**
 * The first items of a list too long to show in full, for a line such as "Cited on: A, B, C and
 * 7 more": all of them when they number `max` or fewer, otherwise the first `max − 1` (so "and 1
 * more" never stands in for a single item), with the count of the rest.
 */
export function listPreview<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  const shown = items.length <= max ? [...items] : items.slice(0, Math.max(0, max - 1));
  return { shown, more: items.length - shown.length };
}
