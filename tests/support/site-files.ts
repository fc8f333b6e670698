import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every built HTML file under `dist`, as paths relative to it ("articles/x/index.html"). */
export function htmlFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full === join(dist, 'pagefind')) continue;
        walk(full);
      } else if (entry.name.endsWith('.html')) out.push(relative(dist, full));
    }
  };
  walk(dist);
  return out.sort();
}

/** The URL path a built file is served at under `base`: "articles/x/index.html" → "/base/articles/x/". */
export function pagePath(file: string, base: string): string {
  return base + file.replace(/index\.html$/, '');
}

export function readHtml(dist: string, file: string): string {
  return readFileSync(join(dist, file), 'utf8');
}

/** Attribute values of every `href`/`src` in an HTML string (a light parse, enough for our own output). */
export function linkTargets(html: string): { attr: string; value: string }[] {
  const out: { attr: string; value: string }[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset|action|bundle-path|data-bundle-path|content)\s*=\s*"([^"]*)"/g)) {
    out.push({ attr: m[1]!, value: m[2]!.replaceAll('&amp;', '&') });
  }
  return out;
}

/** Every element id in an HTML string. */
export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*"([^"]*)"/g)].map((m) => m[1]!));
}
