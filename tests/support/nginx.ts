import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/**
 * Debian's nginx serving a build exactly as deploy/nginx.conf says, as the current user, on a
 * free loopback port, with everything it writes (config, pid file, logs, temp files) in a temp
 * dir that is removed afterwards. The config is generated from the repository's server block by
 * a few substitutions, each of which must match, so the tests always run the recipe as written.
 */
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const DEPLOY_CONF = resolve('deploy/nginx.conf');
export const DEPLOY_HEADERS = resolve('deploy/nginx/security-headers.conf');
/** Where deploy/nginx.conf expects the headers include on a server. */
export const INSTALLED_HEADERS = '/etc/nginx/snippets/meta-ai-chats-security-headers.conf';
const MIME_TYPES = '/etc/nginx/mime.types';

export interface SiteServer {
  origin: string;
  /** Absolute URL of the site root, e.g. http://127.0.0.1:5000/project/sub/ */
  url: string;
  /** Request lines nginx logged so far: "GET /x/ 200". */
  accessLog(): string[];
  close(): Promise<void>;
}

function replaceExactly(text: string, from: string | RegExp, to: string, times: number, what: string): string {
  const pattern =
    typeof from === 'string'
      ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')
      : new RegExp(from.source, from.flags.includes('g') ? from.flags : `${from.flags}g`);
  const found = text.match(pattern)?.length ?? 0;
  if (found !== times) {
    throw new Error(
      `deploy/nginx.conf changed: expected ${times}× ${what} (${pattern}), found ${found}. Update tests/support/nginx.ts with it.`,
    );
  }
  return text.replace(pattern, () => to);
}

/** deploy/nginx.conf's server block, made to listen on `port` and serve `root` under `base`. */
export function serverBlockFor(options: { port: number; root: string; base: string }): string {
  const { port, root, base } = options;
  let conf = readFileSync(DEPLOY_CONF, 'utf8').replace(/^\s*#.*$/gm, '');
  conf = replaceExactly(conf, /^[ \t]*listen 80;$/m, `    listen 127.0.0.1:${port};`, 1, 'IPv4 listen');
  conf = replaceExactly(conf, /^[ \t]*listen \[::\]:80;$/m, '', 1, 'IPv6 listen');
  conf = replaceExactly(conf, /^[ \t]*root \/var\/www\/meta-ai-chats\/dist;$/m, `    root ${root};`, 1, 'root');
  conf = replaceExactly(conf, INSTALLED_HEADERS, DEPLOY_HEADERS, 3, 'headers include');
  if (base !== '/') {
    conf = replaceExactly(conf, / \/404\.html;/g, ` ${base}404.html;`, 2, 'error page');
    for (const folder of ['_astro/', 'pagefind/']) {
      conf = replaceExactly(conf, `location /${folder} {`, `location ${base}${folder} {`, 1, `location /${folder}`);
    }
  }
  return conf;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => ok(port));
    });
  });
}

async function waitUntilServing(origin: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${log()}`);
    try {
      await fetch(origin, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`nginx did not answer on ${origin} within 10 s:\n${log()}`);
}

/** Starts nginx serving the build in `dist` under `base` ("/" or "/project/sub/"). */
export async function startNginx(dist: string, base: string): Promise<SiteServer> {
  if (!existsSync(NGINX)) {
    throw new Error(
      `nginx not found at ${NGINX}. Install Debian's package: apt-get install -y nginx-light (or set NGINX_PATH).`,
    );
  }
  const temp = mkdtempSync(join(tmpdir(), 'site-nginx-'));
  try {
    let root = resolve(dist);
    if (base !== '/') {
      // A docroot in which the build sits at the base path, as on a GitHub Pages project site.
      root = join(temp, 'docroot');
      const at = join(root, base).replace(/\/$/, '');
      mkdirSync(dirname(at), { recursive: true });
      symlinkSync(resolve(dist), at);
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await launch(temp, root, base);
      } catch (error) {
        // Another process may take the free port between probing and nginx binding it.
        if (attempt < 5 && /Address already in use/.test(String(error))) continue;
        throw error;
      }
    }
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
}

async function launch(temp: string, root: string, base: string): Promise<SiteServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const accessLog = join(temp, 'access.log');
  const errorLog = join(temp, 'error.log');
  const configFile = join(temp, 'nginx.conf');
  writeFileSync(errorLog, '');
  writeFileSync(
    configFile,
    [
      // Workers run as the current user; the `user` directive only means something to root.
      process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
      'worker_processes 1;',
      `pid ${join(temp, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  include ${MIME_TYPES};`,
      '  default_type application/octet-stream;',
      '  sendfile on;',
      `  log_format site '$request_method $request_uri $status';`,
      `  access_log ${accessLog} site;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(temp, t)};`),
      serverBlockFor({ port, root, base }),
      '}',
      '',
    ].join('\n'),
  );

  let stderr = '';
  const log = () => readFileSync(errorLog, 'utf8') + stderr;
  const child = spawn(NGINX, ['-p', `${temp}/`, '-e', errorLog, '-c', configFile, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.once('error', (error) => (stderr += String(error)));
  const exited = new Promise<void>((ok) => child.once('close', () => ok()));
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  const shutDown = async () => {
    stop();
    await exited;
    process.removeListener('exit', stop);
  };
  try {
    await waitUntilServing(origin, child, log);
  } catch (error) {
    await shutDown();
    throw error;
  }
  return {
    origin,
    url: origin + base,
    accessLog: () => (existsSync(accessLog) ? readFileSync(accessLog, 'utf8').split('\n').filter(Boolean) : []),
    close: async () => {
      await shutDown();
      rmSync(temp, { recursive: true, force: true });
    },
  };
}
