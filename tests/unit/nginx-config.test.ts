import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_RULES,
  DEFAULT_CACHE_CONTROL,
  SECURITY_HEADERS,
  nginxSecurityHeaders,
} from '../../src/lib/security-headers.ts';
import { parseNginxAddHeaders } from '../support/header-parsers.ts';
import { DEPLOY_CONF, DEPLOY_HEADERS, INSTALLED_HEADERS, serverBlockFor } from '../support/nginx.ts';

/** The nginx recipe as committed; the end-to-end run then checks what nginx really sends. */
const conf = readFileSync(DEPLOY_CONF, 'utf8').replace(/^\s*#.*$/gm, '');
const include = readFileSync(DEPLOY_HEADERS, 'utf8');

/** The body of each `location … { … }` block, by its path. */
function locations(text: string): Map<string, string> {
  return new Map([...text.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)].map((m) => [m[1]!, m[2]!]));
}

describe('deploy/nginx', () => {
  it('security-headers.conf is up to date with src/lib/security-headers.ts (else run `npm run deploy:nginx-headers`)', () => {
    expect(include).toBe(nginxSecurityHeaders());
  });

  it('security-headers.conf carries exactly the security headers, on every status', () => {
    expect(parseNginxAddHeaders(include)).toEqual(new Map(SECURITY_HEADERS.map(([n, v]) => [n.toLowerCase(), v])));
    expect(include.match(/^add_header .* always;$/gm)).toHaveLength(SECURITY_HEADERS.length);
  });

  it('the server block and every location with add_header of its own include the security headers', () => {
    const blocks = locations(conf);
    const serverLevel = conf.replace(/location\s+\S+\s*\{[^}]*\}/g, '');
    expect(serverLevel).toContain(`include ${INSTALLED_HEADERS};`);
    for (const [path, body] of blocks) {
      if (body.includes('add_header')) expect(body, `location ${path}`).toContain(`include ${INSTALLED_HEADERS};`);
    }
  });

  it('sets the cache rules of src/lib/security-headers.ts', () => {
    const blocks = locations(conf);
    const serverLevel = conf.replace(/location\s+\S+\s*\{[^}]*\}/g, '');
    expect(parseNginxAddHeaders(serverLevel).get('cache-control')).toBe(DEFAULT_CACHE_CONTROL);
    expect([...blocks.keys()].sort()).toEqual(CACHE_RULES.map((r) => `/${r.folder}`).sort());
    for (const rule of CACHE_RULES) {
      expect(parseNginxAddHeaders(blocks.get(`/${rule.folder}`)!).get('cache-control')).toBe(rule.cacheControl);
    }
  });

  it('serves static files only: no rewrites, proxies or try_files fallbacks, relative redirects, 404.html for missing paths', () => {
    expect(conf).not.toMatch(/\b(rewrite|return|try_files|proxy_pass|autoindex on)\b/);
    expect(conf).toMatch(/^\s*absolute_redirect off;$/m);
    expect(conf).toMatch(/^\s*error_page 404 \/404\.html;$/m);
  });

  it('the test config is made from it by substitution alone, at the root and under a sub-path', () => {
    const root = serverBlockFor({ port: 8080, root: '/srv/dist', base: '/' });
    expect(root).toContain('listen 127.0.0.1:8080;');
    expect(root).not.toContain('[::]');
    expect(root).toContain('root /srv/dist;');
    expect(root).not.toContain(INSTALLED_HEADERS);
    const sub = serverBlockFor({ port: 8080, root: '/srv/docroot', base: '/project/sub/' });
    expect(sub).toContain('error_page 404 /project/sub/404.html;');
    expect(sub).toContain('location /project/sub/_astro/ {');
    expect(sub).toContain('location /project/sub/pagefind/ {');
  });
});
