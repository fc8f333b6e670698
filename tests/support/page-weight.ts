import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributes } from './html.ts';

/**
 * What a built page makes the browser download on first load, before the reader opens search,
 * worked out from the files in dist: the HTML, the stylesheets it links, and its module scripts
 * with everything they import statically (followed through the built JS in dist/_astro).
 * Dynamic import() is not followed: that is how search loads Pagefind on demand.
 * Sizes are gzip at zlib's default level (6), each file compressed on its own as a server would
 * (images that are already compressed, such as PNG, count at their size on disk).
 * `firstVisit` is everything a first load transfers: the HTML (inline scripts and styles are part
 * of it), the stylesheets, the module scripts and the rest (the favicon, any <img>). The benchmark's
 * breakdown (scripts/bench/rebuild.ts, firstVisitBreakdown) counts the same requests in Chromium.
 */
export const KB = 1024;

const gzipSize = (data: string | Buffer): number => gzipSync(data).length;
/** What a host sends for a file: gzip for text types, the file as it is for compressed images. */
const transferSize = (file: string): number =>
  /\.(png|jpe?g|webp|avif|gif|woff2?)$/i.test(file) ? readFileSync(file).length : gzipSize(readFileSync(file));

export interface PageWeight {
  file: string;
  htmlGzip: number;
  css: { files: string[]; inlineBytes: number; gzip: number };
  js: { files: string[]; inlineBytes: number; gzip: number };
  /** Other requests of a first load: the favicon and any <img>. */
  other: { files: string[]; bytes: number };
  /** Everything a first visit transfers: HTML + CSS files + JS files + other (inline code counts in the HTML). */
  firstVisit: number;
  /** <img> tags that lack a width or a height attribute. */
  imagesWithoutSize: string[];
}

const attr = (tag: string, name: string): string | undefined => attributes(tag).get(name);

/** Strips the <template> contents: markup in a template is inert until a script clones it. */
const withoutTemplates = (html: string) => html.replace(/<template\b[\s\S]*?<\/template>/gi, '');

/** Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers of a built JS module. */
export function staticImports(code: string): string[] {
  const specs = new Set<string>();
  const re = /(?:^|[;\s}{)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`]+)\1/g;
  for (const m of code.matchAll(re)) specs.add(m[2]!);
  return [...specs];
}

/** Maps a URL path of the site ("/sub/_astro/x.js") to its file in dist, or undefined if it is not one of ours. */
function fileFor(dist: string, base: string, url: string, fromUrl: string): { url: string; file: string } | undefined {
  const resolved = new URL(url, `http://site.test${fromUrl}`);
  if (resolved.origin !== 'http://site.test' || !resolved.pathname.startsWith(base)) return undefined;
  const file = join(dist, decodeURIComponent(resolved.pathname.slice(base.length)));
  return existsSync(file) ? { url: resolved.pathname, file } : undefined;
}

export function pageWeight(dist: string, base: string, file: string): PageWeight {
  const html = readFileSync(join(dist, file), 'utf8');
  const live = withoutTemplates(html);
  const pageUrl = base + file.replace(/index\.html$/, '');
  const missing: string[] = [];

  const cssFiles: string[] = [];
  let cssInline = '';
  for (const m of live.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!rel.includes('stylesheet') || !href) continue;
    const target = fileFor(dist, base, href, pageUrl);
    if (target) cssFiles.push(target.url);
    else missing.push(href);
  }
  for (const m of live.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) cssInline += m[1];

  const jsFiles = new Set<string>();
  let jsInline = '';
  const visit = (url: string, from: string) => {
    const target = fileFor(dist, base, url, from);
    if (!target) {
      missing.push(url);
      return;
    }
    if (jsFiles.has(target.url)) return;
    jsFiles.add(target.url);
    const code = readFileSync(target.file, 'utf8');
    for (const spec of staticImports(code)) {
      if (/^(\.{1,2}\/|\/)/.test(spec)) visit(spec, target.url);
    }
  };
  for (const m of live.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    // The opening tag's attributes only: the JSON-LD's text (an apostrophe in a title) must not be read as markup.
    const type = (attr(`<x${m[1]}>`, 'type') ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) continue; // JSON-LD and data blocks
    const src = attr(`<x${m[1]}>`, 'src');
    if (src) visit(src, pageUrl);
    else {
      jsInline += m[2];
      for (const spec of staticImports(m[2]!)) if (/^(\.{1,2}\/|\/)/.test(spec)) visit(spec, pageUrl);
    }
  }
  for (const m of live.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase();
    const href = attr(m[0], 'href');
    if (rel === 'modulepreload' && href) visit(href, pageUrl);
  }
  const otherFiles = new Set<string>();
  const visitOther = (url: string) => {
    const target = fileFor(dist, base, url, pageUrl);
    if (target) otherFiles.add(target.url);
    else missing.push(url);
  };
  for (const m of live.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (rel.includes('icon') && href) visitOther(href);
  }
  for (const m of live.matchAll(/<img\b[^>]*>/gi)) {
    const src = attr(m[0], 'src');
    if (src && !src.startsWith('data:')) visitOther(src);
  }
  if (missing.length) throw new Error(`${file}: these resources are not files in ${dist}: ${missing.join(', ')}`);

  const gz = (urls: Iterable<string>) =>
    [...urls].reduce((sum, url) => sum + transferSize(join(dist, url.slice(base.length))), 0);
  const imagesWithoutSize = [...html.matchAll(/<img\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => !attr(tag, 'width') || !attr(tag, 'height'));

  const htmlGzip = gzipSize(html);
  const otherBytes = gz(otherFiles);
  return {
    file,
    htmlGzip,
    css: { files: cssFiles, inlineBytes: cssInline.length, gzip: gz(cssFiles) + (cssInline ? gzipSize(cssInline) : 0) },
    js: {
      files: [...jsFiles],
      inlineBytes: jsInline.length,
      gzip: gz(jsFiles) + (jsInline.trim() ? gzipSize(jsInline) : 0),
    },
    other: { files: [...otherFiles], bytes: otherBytes },
    firstVisit: htmlGzip + gz(cssFiles) + gz(jsFiles) + otherBytes,
    imagesWithoutSize,
  };
}

export const kb = (bytes: number) => (bytes / KB).toFixed(1);
