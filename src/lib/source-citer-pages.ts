/**
 * The pages that list who cites a source, for every source cited on more pages than /sources/
 * names (siteConfig.listing.citersShown): /sources/<id>/, then /sources/<id>/page/2/ … at
 * siteConfig.listing.citersPerPage to a page.
 */
import { getSiteData, type Citer, type Source } from './site-data.ts';
import { listPreview, paginate, type ListPage } from './pagination.ts';
import { siteConfig } from '../site.config.ts';

export interface SourceCiterPage {
  source: Source;
  list: ListPage<Citer>;
}

export async function sourceCiterPages(): Promise<SourceCiterPage[]> {
  const site = await getSiteData();
  const { citersShown, citersPerPage } = siteConfig.listing;
  return [...site.citersBySource].flatMap(([id, citers]) => {
    const source = site.sources.get(id);
    if (!source || listPreview(citers, citersShown).more === 0) return [];
    return paginate(citers, citersPerPage).map((list) => ({ source, list }));
  });
}

/** Site-relative path of a source's list of citing pages. */
export const sourceCitersPath = (id: string): string => `sources/${id}/`;
