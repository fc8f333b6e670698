/**
 * Helpers for the benchmark's cold/warm builds, first-visit breakdown and repeated Lighthouse runs.
 *   - editOneArticle: the change a warm rebuild makes (one article's title), so exactly one Open
 *     Graph image misses the cache;
 *   - firstVisitBreakdown: bytes a first visit transfers, split into HTML, CSS, JS and other;
 *   - articlePaths: the published articles of a build, read from its articles index;
 *   - lighthouseMin: Lighthouse `runs` times per page, the minimum per category (the gate).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '../lib/static-server.ts';
import { CATEGORIES, lighthouse, type LighthouseResult } from './lighthouse.ts';

/** Appends " (edited)" to the title of the first article in `contentDir`. Returns its file. */
export function editOneArticle(contentDir: string): string {
  const dir = join(contentDir, 'articles');
  const file = join(
    dir,
    readdirSync(dir)
      .filter((f) => /\.mdx?$/.test(f))
      .sort()[0]!,
  );
  const text = readFileSync(file, 'utf8');
  const m = /^title:\s*(.*)$/m.exec(text);
  if (!m) throw new Error(`No title line in ${file}`);
  const raw = m[1]!.trim();
  const title = /^["']/.test(raw) ? raw.slice(1, -1) : raw;
  writeFileSync(file, text.replace(m[0], `title: ${JSON.stringify(`${title} (edited)`)}`));
  return file;
}

export interface Breakdown {
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  requests: number;
}

const kind = (path: string): keyof Omit<Breakdown, 'total' | 'requests'> => {
  const p = path.split('?')[0]!;
  if (p.endsWith('/') || p.endsWith('.html')) return 'html';
  if (p.endsWith('.css')) return 'css';
  if (p.endsWith('.js') || p.endsWith('.mjs')) return 'js';
  return 'other';
};

/**
 * What a first visit to `path` (new context, empty cache) transfers, by kind, as the server sent it
 * (gzip): every request Chromium makes, the favicon included. It counts the same set as the
 * first-visit budget in tests/site/budgets.test.ts (tests/support/page-weight.ts), which checks in
 * Chromium that the set is complete.
 */
export async function firstVisitBreakdown(browser: Browser, server: RunningServer, path = ''): Promise<Breakdown> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const from = server.sent.length;
  await page.goto(server.url + path, { waitUntil: 'load' });
  // Late requests (the icon, anything a script starts) get a moment to finish.
  await page.waitForTimeout(1000);
  await context.close();
  const out: Breakdown = { html: 0, css: 0, js: 0, other: 0, total: 0, requests: 0 };
  for (const r of server.sent.slice(from)) {
    out[kind(r.path)] += r.bytes;
    out.total += r.bytes;
    out.requests++;
  }
  return out;
}

/** Article paths ("articles/x/") of a root build, in the order its articles index lists them. */
export function articlePaths(dist: string): string[] {
  const html = readFileSync(join(dist, 'articles/index.html'), 'utf8');
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  const out: string[] = [];
  for (const m of main.matchAll(/href="\/(articles\/[^"/#?]+\/)"/g)) if (!out.includes(m[1]!)) out.push(m[1]!);
  return out;
}

export interface LighthouseMin {
  path: string;
  runs: number;
  /** Lowest score per category over the runs: the gate is the worst run, not the best. */
  min: LighthouseResult['scores'];
  maxCls: number;
  maxLcpMs: number;
  maxTbtMs: number;
  losses: string[];
}

/** Runs Lighthouse `runs` times on `origin + path` and keeps the minimum of each category. */
export async function lighthouseMin(url: string, path: string, runs: number, outFile: string): Promise<LighthouseMin> {
  const results: LighthouseResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouse(url + path, outFile));
  const min = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.min(...results.map((r) => r.scores[c]))]),
  ) as LighthouseResult['scores'];
  return {
    path: `/${path}`,
    runs,
    min,
    maxCls: Math.max(...results.map((r) => r.cls)),
    maxLcpMs: Math.max(...results.map((r) => r.lcpMs)),
    maxTbtMs: Math.max(...results.map((r) => r.tbtMs)),
    losses: [...new Set(results.flatMap((r) => r.losses))],
  };
}
