/** Site-wide settings a publisher edits in one place. */
export interface SiteConfig {
  /** Shown in the header, the title of every page and feeds. */
  name: string;
  /** One sentence describing the site, for the home page and link previews. */
  description: string;
  /** BCP 47 language tag for `<html lang>`. */
  lang: string;
  /** Who writes and maintains the site (shown on the about page and in JSON-LD). */
  publisher: string;
  /**
   * Where readers send corrections ("Report a mistake" on every article, and the about page): a
   * mailto: or an https: URL. Deploys set SITE_CORRECTIONS_CONTACT; a build for a real SITE_URL fails
   * while this is still a placeholder (src/lib/corrections.ts).
   */
  correctionsContact: string;
  /** Oldest acceptable "last verified" date, in days: older fails builds run with SITE_CHECK_VERIFIED_AGE=1 (npm test). */
  maxVerificationAgeDays: number;
  /** Main navigation: label and site-relative path (the base path is added for you). Sources and About are in the footer. */
  nav: ReadonlyArray<{ label: string; path: string }>;
  /**
   * How many items the pages that would otherwise list everything show, so that no page grows with
   * the site (docs/deploy.md, "Page sizes"). Lists longer than one page continue on static archive
   * pages: /articles/page/2/, /sources/<id>/page/2/ (src/lib/pagination.ts).
   */
  listing: {
    /** Articles on the home page ("Start here" and "More explainers"); more get a link to the archive. */
    homeArticles: number;
    /** Article cards per page of the article archive (/articles/, /articles/page/2/ …). */
    articlesPerPage: number;
    /** Items in rss.xml: the newest articles and dated updates. */
    feedItems: number;
    /** Citing pages /sources/ names per source; a source cited by more links to its own page of them. */
    citersShown: number;
    /** Citing pages per page of a source's own list (/sources/<id>/). */
    citersPerPage: number;
  };
}

export const siteConfig: SiteConfig = {
  name: 'Meta AI Chats, Explained',
  description:
    'What Meta’s use of your Meta AI conversations for ads and content means, what you can and cannot do about it, and every claim sourced.',
  lang: 'en',
  publisher: 'The Meta AI Chats, Explained editors',
  correctionsContact: process.env.SITE_CORRECTIONS_CONTACT?.trim() || 'mailto:corrections@example.org',
  maxVerificationAgeDays: 365,
  nav: [
    { label: 'Articles', path: 'articles/' },
    { label: 'Questions', path: 'questions/' },
    { label: 'Am I affected?', path: 'checker/' },
    { label: 'Timeline', path: 'timeline/' },
    { label: 'Glossary', path: 'glossary/' },
  ],
  listing: {
    homeArticles: 10,
    articlesPerPage: 20,
    feedItems: 30,
    citersShown: 6,
    citersPerPage: 500,
  },
};
