import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt, TARGETS } from '../support/targets.ts';
import { htmlFiles, idsIn, linkTargets, pagePath, readHtml } from '../support/site-files.ts';

/**
 * A sweep over every built page of both builds: each internal link and asset resolves to a file
 * in dist, each #fragment exists on its target page, and nothing escapes the base path.
 */
describe.each(TARGETS)('every page of the $name build', (target) => {
  assertBuilt(target);
  const files = htmlFiles(target.dist);

  const resolveFile = (pathname: string): string | undefined => {
    if (!pathname.startsWith(target.base)) return undefined;
    const rel = decodeURIComponent(pathname.slice(target.base.length));
    const full = join(target.dist, rel);
    if (existsSync(full) && statSync(full).isFile()) return full;
    if (existsSync(join(full, 'index.html'))) return join(full, 'index.html');
    // Pagefind's bundle path names a folder: it must hold the search entry point.
    if (existsSync(join(full, 'pagefind.js'))) return join(full, 'pagefind.js');
    return undefined;
  };

  it('has more than a handful of pages', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files)('%s: internal links, assets and fragments resolve under the base', (file) => {
    const html = readHtml(target.dist, file);
    const here = new URL(pagePath(file, target.base), 'http://site.test');
    const problems: string[] = [];
    for (const { attr, value } of linkTargets(html)) {
      if (attr === 'content' && !value.startsWith('/') && !value.startsWith(`${target.site}/`)) continue;
      if (attr === 'srcset') continue;
      if (/^(mailto:|tel:|data:|javascript:)/.test(value)) continue;
      const url = new URL(value, here);
      // Absolute URLs on the build's own SITE_URL (canonical, Open Graph) are internal too.
      if (url.origin !== here.origin && url.origin !== target.site) continue; // external
      const pathname = url.pathname;
      const resolved = resolveFile(pathname);
      if (!resolved) {
        problems.push(
          `${attr}="${value}" → ${pathname} is not a file in the build (or escapes the base ${target.base})`,
        );
        continue;
      }
      if (url.hash.length > 1 && resolved.endsWith('.html')) {
        const ids = idsIn(readHtml(target.dist, resolved.slice(target.dist.length + 1)));
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids.has(id)) problems.push(`${attr}="${value}" → no element with id "${id}" on ${pathname}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
