/**
 * Times one cold `astro build` (which includes the Pagefind integration, exactly what
 * `npm run build` runs) and measures its memory, two ways:
 *   - peakTreeRss: the whole build's resident memory (Astro's Node process plus the Pagefind
 *     binary it starts), sampled from /proc every 100 ms; the highest sum seen;
 *   - peakMaxRss: the largest single process's peak RSS as the kernel reports it, through GNU time
 *     (`/usr/bin/time -f %M`, Debian package `time`) when it is installed; otherwise left out.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface BuildResult {
  label: string;
  ms: number;
  peakTreeRss: number;
  peakMaxRss: number | undefined;
  htmlPages: number;
  pagefindFiles: number;
  pagefindBytes: number;
  outDir: string;
  /** Every file in the output (what a host's file limit counts). */
  files: number;
  /** Open Graph images, from the build's `[og-images]` line (src/lib/og-image.ts). */
  og:
    | {
        images: number;
        cached: number;
        drawn: number;
        /** Wall-clock from the first look-up to the last image written (overlaps page rendering). */
        ms: number;
        /** How long page generation waited for images still being drawn: their cost to the build. */
        waitedMs: number | undefined;
      }
    | undefined;
  /** Seconds spent in each phase, from the time each of Astro's log lines arrived. */
  phases: { content: number; bundle: number; render: number; index: number };
}

const GNU_TIME = '/usr/bin/time';
export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

/** Resident bytes of `pid` and all its descendants, from /proc. */
function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * 4096;
    } catch {
      // ended
    }
    stack.push(...(children.get(p) ?? []));
  }
  return total;
}

function walk(dir: string): { files: number; bytes: number; html: number } {
  let files = 0;
  let bytes = 0;
  let html = 0;
  if (!existsSync(dir)) return { files, bytes, html };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) html++;
  }
  return { files, bytes, html };
}

export async function timedBuild(
  label: string,
  opts: { contentDir?: string; outDir: string; cacheDir: string; keepCache?: boolean },
): Promise<BuildResult> {
  rmSync(opts.outDir, { recursive: true, force: true });
  // A cold build starts from an empty cache; keepCache = a warm rebuild on the cache a build left.
  if (!opts.keepCache) rmSync(opts.cacheDir, { recursive: true, force: true });
  const timeFile = `${opts.cacheDir}.time`;
  const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', opts.outDir];
  const [cmd, ...args] = hasGnuTime() ? [GNU_TIME, '-f', '%M', '-o', timeFile, ...astro] : astro;
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    SITE_CACHE_DIR: opts.cacheDir,
    // The largest generated sizes hold more files than Cloudflare Pages' free plan allows.
    SITE_ACCEPT_FILE_COUNT: '1',
    ...(opts.contentDir ? { SITE_CONTENT_DIR: opts.contentDir } : {}),
  };
  if (!opts.contentDir) delete env.SITE_CONTENT_DIR;

  const t0 = performance.now();
  const child = spawn(cmd!, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const marks: { at: number; line: string }[] = [];
  const onData = (d: Buffer) => {
    const at = performance.now() - t0;
    output += d.toString();
    for (const line of d.toString().split('\n')) if (line.trim()) marks.push({ at, line });
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let peakTreeRss = 0;
  const sampler = setInterval(() => {
    if (child.pid) peakTreeRss = Math.max(peakTreeRss, treeRss(child.pid));
  }, 100);
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  const ms = performance.now() - t0;
  clearInterval(sampler);
  if (code !== 0) throw new Error(`Build "${label}" failed (exit ${code}):\n${output.slice(-3000)}`);

  let peakMaxRss: number | undefined;
  if (existsSync(timeFile)) {
    peakMaxRss = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) * 1024;
    rmSync(timeFile);
  }
  if (!opts.keepCache) rmSync(opts.cacheDir, { recursive: true, force: true });
  const ogLine = /\[og-images\] (\d+) images: (\d+) from cache, (\d+) drawn in (\d+) ms/.exec(output);
  const waited = /\[og-images\] pages waited (\d+) ms/.exec(output);
  const og = ogLine
    ? {
        images: Number(ogLine[1]),
        cached: Number(ogLine[2]),
        drawn: Number(ogLine[3]),
        ms: Number(ogLine[4]),
        waitedMs: waited ? Number(waited[1]) : undefined,
      }
    : undefined;
  // Phase boundaries: content synced → entrypoints bundled → pages rendered → index written.
  const at = (re: RegExp, after = 0) => marks.find((m) => m.at >= after && re.test(m.line))?.at ?? NaN;
  const synced = at(/Synced content/);
  const bundled = at(/Rearranging server assets/, synced);
  const rendered = at(/✓ Completed in/, at(/generating static routes/, bundled));
  const indexed = at(/\[site:pagefind\] Indexed/, rendered);
  const phases = {
    content: synced / 1000,
    bundle: (bundled - synced) / 1000,
    render: (rendered - bundled) / 1000,
    index: (indexed - rendered) / 1000,
  };
  const pf = walk(join(opts.outDir, 'pagefind'));
  const all = walk(opts.outDir);
  return {
    label,
    ms,
    peakTreeRss,
    peakMaxRss,
    htmlPages: all.html,
    pagefindFiles: pf.files,
    pagefindBytes: pf.bytes,
    outDir: opts.outDir,
    files: all.files,
    og,
    phases,
  };
}
