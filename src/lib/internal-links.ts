/**
 * Internal links in content are written with schemes, never as root-relative paths:
 *   article:can-you-opt-out#who-can-avoid-it   → articles/can-you-opt-out/#who-can-avoid-it
 *   page:glossary#accounts-center             → glossary/#accounts-center
 * The result is site-relative; the base-path helper adds the base.
 */

/** Pages that content may link to with `page:`, and their site-relative paths. */
const LINKABLE_PAGES = {
  home: '',
  articles: 'articles/',
  timeline: 'timeline/',
  sources: 'sources/',
  glossary: 'glossary/',
  about: 'about/',
  questions: 'questions/',
  checker: 'checker/',
  search: 'search/',
} as const satisfies Record<string, string>;

interface ResolvedLink {
  kind: 'article' | 'page';
  target: string;
  fragment: string | undefined;
  /** Site-relative path, e.g. "articles/x/#y". */
  path: string;
}

export function articlePath(slug: string): string {
  return `articles/${slug}/`;
}

/** Parses an `article:`/`page:` href. Returns undefined for any other href. */
export function parseInternalLink(href: string): ResolvedLink | undefined {
  const m = /^(article|page):([^#]*)(?:#(.*))?$/.exec(href);
  if (!m) return undefined;
  const kind = m[1] as 'article' | 'page';
  const target = m[2] ?? '';
  const fragment = m[3] || undefined;
  const base =
    kind === 'article'
      ? articlePath(target)
      : ((LINKABLE_PAGES as Record<string, string | undefined>)[target] ?? `${target}/`);
  return { kind, target, fragment, path: fragment ? `${base}#${fragment}` : base };
}

/**
 * Why an href written in content is not allowed, or undefined when it is fine. Whether an
 * `article:` link's target exists is a cross-collection check: src/lib/content-integrity.ts.
 */
export function hrefProblem(href: string): string | undefined {
  if (href.startsWith('#')) return undefined;
  const link = parseInternalLink(href);
  if (link) {
    if (link.kind === 'page' && !(link.target in LINKABLE_PAGES)) {
      return `links to unknown page "${link.target}" (${href}). Fix: use one of ${Object.keys(LINKABLE_PAGES).join(', ')}`;
    }
    return undefined;
  }
  if (href.startsWith('/') && !href.startsWith('//')) {
    return `has a root-relative link "${href}", which breaks under a sub-path. Fix: write article:<slug> or page:<name>`;
  }
  if (/^http:\/\//i.test(href)) return `links over plain http ("${href}"). Fix: use the https:// original`;
  if (/^(\.\.?\/|[a-z0-9-]+\/)/i.test(href)) {
    return `has a relative link "${href}". Fix: write article:<slug> or page:<name>`;
  }
  return undefined;
}
