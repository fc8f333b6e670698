import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { CACHE_RULES, DEFAULT_CACHE_CONTROL } from '../../src/lib/security-headers.ts';

/**
 * A plain static file server, like the simplest static host: files under `root` are served at
 * `base`; a directory serves its index.html; anything else gets `root/404.html` with status 404.
 * No rewrites, no SPA fallback. Loopback only.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** Types a static host would gzip on the fly (Pagefind's index files come gzipped already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm|manifest\+json)|image\/svg)/;

export interface ServeOptions {
  /** Gzip text responses when the browser accepts it, as most static hosts do (off by default). */
  gzip?: boolean;
  /** Port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /**
   * Send the site's Cache-Control rules (src/lib/security-headers.ts), as its hosts do, so that a
   * returning visit reads the search code and index from the HTTP cache (off by default: without
   * them a browser caches nothing from this server).
   */
  cache?: boolean;
}

export interface RunningServer {
  origin: string;
  /** Absolute URL of the site root, e.g. http://127.0.0.1:5000/sub/ */
  url: string;
  requests: string[];
  /** Every response sent: its path and body size in bytes as sent (after gzip, if any). */
  sent: { path: string; bytes: number }[];
  close(): Promise<void>;
}

export async function serveStatic(rootDir: string, base = '/', options: ServeOptions = {}): Promise<RunningServer> {
  const root = resolve(rootDir);
  const requests: string[] = [];
  const sent: { path: string; bytes: number }[] = [];
  const notFound = async () => ({ status: 404, body: await readFile(join(root, '404.html')), type: TYPES['.html']! });

  const find = async (pathname: string) => {
    if (!pathname.startsWith(base)) return notFound();
    const rel = decodeURIComponent(pathname.slice(base.length));
    const target = normalize(join(root, rel));
    if (!target.startsWith(root)) return notFound();
    try {
      const info = await stat(target);
      if (info.isDirectory()) {
        if (!pathname.endsWith('/')) return { status: 301, location: `${pathname}/` };
        return { status: 200, body: await readFile(join(target, 'index.html')), type: TYPES['.html']! };
      }
      return { status: 200, body: await readFile(target), type: TYPES[extname(target)] ?? 'application/octet-stream' };
    } catch {
      return notFound();
    }
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    find(url.pathname)
      .then((r) => {
        if ('location' in r) {
          res.writeHead(r.status, { location: r.location }).end();
          return;
        }
        const gzip =
          options.gzip && COMPRESSIBLE.test(r.type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const body = gzip ? gzipSync(r.body) : r.body;
        sent.push({ path: url.pathname, bytes: body.length });
        const headers: Record<string, string> = { 'content-type': r.type };
        if (gzip) Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
        if (options.cache) {
          const rel = url.pathname.slice(base.length);
          headers['cache-control'] =
            CACHE_RULES.find((rule) => rel.startsWith(rule.folder))?.cacheControl ?? DEFAULT_CACHE_CONTROL;
        }
        res.writeHead(r.status, headers).end(body);
      })
      .catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    requests,
    sent,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
