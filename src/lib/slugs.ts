import GithubSlugger, { slug } from 'github-slugger';

/** The same slugs Astro gives headings, so `#fragment` links can be checked and built. */
export function headingSlug(text: string): string {
  return slug(text);
}

/** Unique slugs for a list of headings, in order, as Astro assigns them ("faq", "faq-1"). */
export function headingSlugs(texts: readonly string[]): string[] {
  const slugger = new GithubSlugger();
  return texts.map((t) => slugger.slug(t));
}
