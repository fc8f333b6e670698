import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attributes, decodeEntities, startTags } from './html.ts';
import { assertBuilt, type BuildTarget } from './targets.ts';

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

const LINK_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'bundle-path', 'data-bundle-path', 'content']);

/** Every URL-like attribute (href, src, srcset, action, content, Pagefind's bundle path) of an HTML string. */
export function linkTargets(html: string): { attr: string; value: string }[] {
  return startTags(html).flatMap((t) =>
    [...t.attrs].filter(([name]) => LINK_ATTRIBUTES.has(name)).map(([attr, value]) => ({ attr, value })),
  );
}

/** Every element id in an HTML string. */
export function idsIn(html: string): Set<string> {
  return new Set(startTags(html).flatMap((t) => (t.attrs.has('id') ? [t.attrs.get('id')!] : [])));
}

export interface BuiltArticle {
  /** URL path under the base: "/base/articles/x/". */
  path: string;
  /** Its file in dist: "articles/x/index.html". */
  file: string;
  /** The title its card on the articles index shows. */
  title: string;
}

/**
 * The published articles of a build in reading order, as the article archive lists them: tests
 * take slugs, titles and order from here, never from a copy that an editor's change would break.
 */
export function builtArticles(target: BuildTarget): BuiltArticle[] {
  assertBuilt(target);
  const out: BuiltArticle[] = [];
  // The archive may run over several pages (/articles/, /articles/page/2/ …): follow rel="next".
  for (let file: string | undefined = 'articles/index.html'; file;) {
    const html = readHtml(target.dist, file);
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const m of main.matchAll(/<a\b[^>]*>([^<]+)<\/a>/g)) {
      const path = attributes(m[0]).get('href') ?? '';
      if (!path.startsWith(`${target.base}articles/`) || path.startsWith(`${target.base}articles/page/`)) continue;
      if (out.some((a) => a.path === path)) continue;
      out.push({ path, file: `${path.slice(target.base.length)}index.html`, title: decodeEntities(m[1]!).trim() });
    }
    const next = startTags(main, /^a$/)
      .find((t) => t.attrs.get('rel') === 'next')
      ?.attrs.get('href');
    file = next ? `${next.slice(target.base.length)}index.html` : undefined;
  }
  if (out.length < 2)
    throw new Error(`Expected the articles index of ${target.dist} to list articles; found ${out.length}.`);
  return out;
}
