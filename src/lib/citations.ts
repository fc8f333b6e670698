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

/** The id of one link in a marker: the k-th citation of source number n ("c9-2"). Short: there are hundreds per page. */
export const markerLinkId = (r: Pick<MarkerRef, 'n' | 'k'>) => `c${r.n}-${r.k}`;
