/** Dates for Article metadata (JSON-LD, Open Graph) on article pages. */
export interface ArticleSeo {
  published: string;
  modified: string;
}
