import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_RULES,
  CSP_DIRECTIVES,
  SECURITY_HEADERS,
  contentSecurityPolicy,
  headersFile,
  parseHeadersFile,
} from '../../src/lib/security-headers.ts';
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from '../../src/lib/theme-script.ts';
import { createHash } from 'node:crypto';

const lower = (pairs: ReadonlyArray<readonly [string, string]>) => new Map(pairs.map(([n, v]) => [n.toLowerCase(), v]));

describe('the Content Security Policy', () => {
  const header = contentSecurityPolicy('header');
  const meta = contentSecurityPolicy('meta');

  it('allows no inline script but the theme script (by hash), no eval and nothing from another origin', () => {
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'/);
    for (const [name, sources] of Object.entries(CSP_DIRECTIVES)) {
      for (const source of sources) {
        expect(["'self'", "'none'", "'wasm-unsafe-eval'", 'data:', THEME_SCRIPT_HASH], `${name} ${source}`).toContain(
          source,
        );
      }
    }
    expect(CSP_DIRECTIVES['script-src']).toContain(THEME_SCRIPT_HASH);
    expect(THEME_SCRIPT_HASH).toBe(`'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`);
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'none'"]);
  });

  it('lets only scripts run WebAssembly (Pagefind), and allows data: only for images', () => {
    const withWasm = Object.entries(CSP_DIRECTIVES)
      .filter(([, s]) => s.includes("'wasm-unsafe-eval'"))
      .map(([n]) => n);
    expect(withWasm).toEqual(['script-src']);
    const withData = Object.entries(CSP_DIRECTIVES)
      .filter(([, s]) => s.includes('data:'))
      .map(([n]) => n);
    expect(withData).toEqual(['img-src']);
  });

  it('forbids framing in the header, and leaves it out of the <meta> tag, where browsers ignore it', () => {
    expect(header).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(meta).not.toMatch(/frame-ancestors|report-uri|report-to|sandbox/);
    expect(header.startsWith(meta)).toBe(true);
  });
});

describe('the security headers', () => {
  it('are the agreed set', () => {
    expect(SECURITY_HEADERS.map(([n]) => n)).toEqual([
      'Content-Security-Policy',
      'Referrer-Policy',
      'X-Content-Type-Options',
      'Permissions-Policy',
      'Cross-Origin-Opener-Policy',
    ]);
    const h = lower(SECURITY_HEADERS);
    expect(h.get('referrer-policy')).toBe('no-referrer');
    expect(h.get('x-content-type-options')).toBe('nosniff');
    expect(h.get('cross-origin-opener-policy')).toBe('same-origin');
    for (const feature of ['camera', 'microphone', 'geolocation', 'interest-cohort', 'browsing-topics']) {
      expect(h.get('permissions-policy')).toContain(`${feature}=()`);
    }
  });
});

describe('_headers for Netlify and Cloudflare Pages', () => {
  it.each(['/', '/project/sub/'])(
    'under base %s: every security header on every path, cache rules per folder',
    (base) => {
      const rules = parseHeadersFile(headersFile(base));
      expect([...rules.keys()]).toEqual([`${base}*`, ...CACHE_RULES.map((r) => `${base}${r.folder}*`)]);
      expect(rules.get(`${base}*`)).toEqual(lower(SECURITY_HEADERS));
      for (const rule of CACHE_RULES) {
        expect(rules.get(`${base}${rule.folder}*`)).toEqual(new Map([['cache-control', rule.cacheControl]]));
      }
    },
  );

  it('never sets Cache-Control on the catch-all rule (hosts would join two matching values into one)', () => {
    expect(parseHeadersFile(headersFile('/')).get('/*')?.has('cache-control')).toBe(false);
  });

  it('keeps long-lived caching for hashed assets only', () => {
    const immutable = CACHE_RULES.filter((r) => r.cacheControl.includes('immutable')).map((r) => r.folder);
    expect(immutable).toEqual(['_astro/']);
  });
});

describe('docs/deploy.md', () => {
  it('shows the header values and cache rules exactly as the site sends them', () => {
    const doc = readFileSync('docs/deploy.md', 'utf8');
    for (const [name, value] of SECURITY_HEADERS) expect(doc, name).toContain(`| \`${name}\` | \`${value}\` |`);
    for (const rule of CACHE_RULES)
      expect(doc, rule.folder).toContain(`| \`${rule.folder}*\` | \`${rule.cacheControl}\` |`);
  });
});
