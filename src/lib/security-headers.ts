/**
 * The one source of truth for what the site asks of browsers and hosts: the Content Security
 * Policy, the other security headers and the cache rules. From here come
 *   - the CSP `<meta>` tag in every page (BaseLayout), for hosts without header control;
 *   - `dist/_headers` for Netlify and Cloudflare Pages (src/integrations/host-files.ts);
 *   - deploy/nginx/security-headers.conf for nginx (`npm run deploy:nginx-headers`; a unit test
 *     fails when the committed file is stale, and the nginx end-to-end run checks the responses).
 *
 * The policy allows exactly what the site runs: its own scripts and stylesheets, one inline
 * script by its hash (the theme choice, applied before first paint: src/lib/theme-script.ts;
 * no 'unsafe-inline' anywhere), Pagefind's WebAssembly
 * ('wasm-unsafe-eval') and its same-origin worker, data: images used by Pagefind's stylesheet,
 * fetches of the search index from the site itself, and the site's own web manifest. Nothing
 * from any other origin.
 */

import { THEME_SCRIPT_HASH } from './theme-script.ts';

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'", THEME_SCRIPT_HASH, "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  // The web manifest (<link rel="manifest">): without this, default-src 'none' blocks it whenever a
  // browser or Lighthouse asks for it (tests/e2e/manifest-csp.test.ts).
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** Directives browsers ignore (with a console error) when the policy comes in a `<meta>` tag. */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors', 'report-uri', 'report-to', 'sandbox'];

/** The policy as a header value, or (`'meta'`) without the directives a `<meta>` tag cannot carry. */
export function contentSecurityPolicy(
  delivery: 'header' | 'meta' = 'header',
  directives: CspDirectives = CSP_DIRECTIVES,
): string {
  return Object.entries(directives)
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY_DIRECTIVES.includes(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * Features the site never uses, denied to it and to anything that might ever embed it. Only
 * names current Chromium recognises: it logs an error for each unknown one (for example
 * attribution-reporting, join-ad-interest-group and run-ad-auction, gone with the Privacy Sandbox).
 */
export const DENIED_FEATURES: readonly string[] = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'payment',
  'usb',
];

/** Every security header, in the order hosts send them. Names are in canonical case. */
export const SECURITY_HEADERS: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Content-Security-Policy', contentSecurityPolicy('header')],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Permissions-Policy', DENIED_FEATURES.map((f) => `${f}=()`).join(', ')],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

export interface CacheRule {
  /** Site-relative folder the rule covers, e.g. "_astro/". */
  folder: string;
  cacheControl: string;
  why: string;
}

/** Cache rules by folder. Everything else (HTML above all) is revalidated on every visit. */
export const CACHE_RULES: readonly CacheRule[] = [
  {
    folder: '_astro/',
    cacheControl: 'public, max-age=31536000, immutable',
    why: 'every file name carries a hash of its content',
  },
  {
    folder: 'pagefind/',
    cacheControl: 'public, max-age=600',
    why: 'the search index changes with every build; its entry file is not hashed',
  },
];

/** HTML and every other file outside the folders above: always revalidate (ETag/Last-Modified). */
export const DEFAULT_CACHE_CONTROL = 'no-cache';

/**
 * A `_headers` file (Netlify, Cloudflare Pages) for a build under `base` ("/" or "/sub/").
 * The folder rules never overlap with each other, and no Cache-Control goes on the catch-all
 * rule, because both hosts combine a header set by two matching rules into one comma list.
 * HTML keeps each host's default, which already revalidates on every visit.
 */
export function headersFile(base: string): string {
  const lines = [
    '# Generated at build time from src/lib/security-headers.ts. Edit that file, not this one.',
    `${base}*`,
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
  ];
  for (const rule of CACHE_RULES) {
    lines.push(`# ${rule.why}`, `${base}${rule.folder}*`, `  Cache-Control: ${rule.cacheControl}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The nginx include with every security header, sent on every response including 404s. */
export function nginxSecurityHeaders(): string {
  const lines = [
    '# Generated from src/lib/security-headers.ts by `npm run deploy:nginx-headers`. Do not edit by hand.',
    '# Include it in the server block and again in every location that has add_header of its own:',
    '# nginx drops inherited add_header lines in a block that sets any.',
  ];
  for (const [name, value] of SECURITY_HEADERS) {
    if (value.includes('"')) throw new Error(`Header ${name} contains a double quote, which nginx would misread.`);
    lines.push(`add_header ${name} "${value}" always;`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Parses a `_headers` file into its rules: path pattern → header name (lower case) → value.
 * Only tests read it (tests/unit/security-headers.test.ts, tests/e2e/hosting.test.ts); it belongs in
 * tests/support with its nginx twin (tests/support/header-parsers.ts) once the e2e import moves.
 */
export function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (!line || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = new Map();
      rules.set(line, current);
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!m || !current) throw new Error(`Unreadable _headers line: "${line}"`);
    current.set(m[1]!.toLowerCase(), m[2]!);
  }
  return rules;
}
