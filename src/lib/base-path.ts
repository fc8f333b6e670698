/**
 * The one place that knows about the base path. Every internal href, asset URL and the
 * Pagefind bundle path goes through here, so the same build works at a domain root and
 * under a sub-path such as a GitHub Pages project site.
 */

/** Turns "", "/", "sub", "/sub", "sub/" into "/" or "/sub/". */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The absolute site URL (no path), from SITE_URL, or a neutral placeholder for local builds. */
export function siteUrlFromEnv(raw: string | undefined): string {
  const value = (raw ?? '').trim() || 'http://localhost:4321';
  const url = new URL(value);
  if (url.pathname !== '/' && url.pathname !== '') {
    throw new Error(`SITE_URL must be an origin without a path (got "${value}"). Put the path in SITE_BASE instead.`);
  }
  return url.origin;
}

/** Joins a base ("/" or "/sub/") and a site-relative path ("articles/x/", "/x", "", "#top"). */
export function joinBase(base: string, path = ''): string {
  const b = normalizeBase(base);
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    throw new Error(`joinBase expects a site-relative path, got an absolute URL: "${path}"`);
  }
  const p = path.replace(/^\/+/, '');
  return b + p;
}

/** A site-relative path with the configured base in front: withBase('articles/x/') → '/sub/articles/x/'. */
export function withBase(path = ''): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** An absolute URL (for canonical links, feeds, Open Graph) under the configured base. */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) throw new Error('absoluteUrl needs the site URL (astro.config `site`).');
  return new URL(withBase(path), site).href;
}
