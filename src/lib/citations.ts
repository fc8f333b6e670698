/**
 * The citation markers of one page (an article, or an MDX page such as home), read from its MDX
 * body: what <Cite> renders and what the reference list links back to. Both find the page from
 * its URL, so authors write nothing but the ids.
 */
import { getSiteData, pagePath, sitePathOf } from './site-data.ts';
import { articlePath } from './internal-links.ts';
import { citationMarkers, type MarkerRef } from './mdx-scan.ts';

const cache = new Map<string, Promise<MarkerRef[][]>>();

/** The markers of the page at `pathname`, in reading order; [] for a page without MDX citations. */
export function markersOf(pathname: string, base: string): Promise<MarkerRef[][]> {
  const path = sitePathOf(pathname, base);
  let found = cache.get(path);
  if (!found) {
    found = getSiteData().then((site) => {
      const entry =
        site.articles.find((a) => articlePath(a.id) === path) ??
        [...site.pages.values()].find((p) => pagePath(p.id) === path);
      return citationMarkers(entry?.body ?? '');
    });
    cache.set(path, found);
  }
  return found;
}

/**
 * The id of a marker link, on the first citation of each source only (k = 1): "c9" for source 9.
 * The reference list's ↩ link returns there. Later citations of the same source need no id.
 */
export const markerLinkId = (r: Pick<MarkerRef, 'n' | 'k'>) => (r.k === 1 ? `c${r.n}` : undefined);
/** The id of source number n's entry in the page's reference list ("s9"). */
export const referenceId = (n: number) => `s${n}`;
