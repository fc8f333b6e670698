import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

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

export interface RunningServer {
  origin: string;
  /** Absolute URL of the site root, e.g. http://127.0.0.1:5000/sub/ */
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export async function serveStatic(rootDir: string, base = '/'): Promise<RunningServer> {
  const root = resolve(rootDir);
  const requests: string[] = [];
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
        res.writeHead(r.status, { 'content-type': r.type }).end(r.body);
      })
      .catch((err: unknown) => res.writeHead(500).end(String(err)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: origin + base,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
