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

/** Stable id of a timeline event, used as its anchor: "2025-10-01-meta-announces-…". */
export function timelineEventId(date: string, title: string): string {
  return `${date}-${slug(title)}`.slice(0, 80).replace(/-+$/, '');
}
