/**
 * Lighthouse (mobile, its default: emulated phone, simulated slow 4G and CPU slowdown), run through
 * its CLI on the project's Node against Debian's Chromium (CHROME_PATH), with the same
 * no-background-traffic flags as the tests. It is not a dependency (npm ci would install 139
 * packages for it): npx fetches the pinned LIGHTHOUSE_VERSION from the npm registry on first use
 * and keeps it in npm's cache. Returns the four category scores (0–100) and
 * the failing audits of each category, so a score below 100 says why.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS } from '../lib/chromium.ts';

export const CHROME_FLAGS = ['--headless', ...CHROMIUM_ARGS];

/** The Lighthouse the benchmark runs, pinned so that scores compare across runs. */
export const LIGHTHOUSE_VERSION = '12.2.3';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseResult {
  url: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Audits that lost points, per category: "id (score)". */
  losses: string[];
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>;
}

export async function lighthouse(url: string, outFile: string): Promise<LighthouseResult> {
  const args = [
    '--yes',
    `lighthouse@${LIGHTHOUSE_VERSION}`,
    url,
    '--output=json',
    `--output-path=${outFile}`,
    '--quiet',
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
  ];
  const child = spawn('npx', args, {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((ok) => child.on('close', ok));
  if (code !== 0) throw new Error(`lighthouse ${url} failed (exit ${code}):\n${output.slice(-2000)}`);
  const report = JSON.parse(readFileSync(outFile, 'utf8')) as Report;
  rmSync(outFile);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
  ) as LighthouseResult['scores'];
  const losses: string[] = [];
  for (const c of CATEGORIES) {
    for (const ref of report.categories[c]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (
        ref.weight > 0 &&
        audit &&
        audit.score !== null &&
        audit.score < 1 &&
        audit.scoreDisplayMode !== 'informative'
      ) {
        losses.push(`${c}: ${ref.id} (${audit.score})`);
      }
    }
  }
  const num = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    url,
    scores,
    losses,
    lcpMs: num('largest-contentful-paint'),
    tbtMs: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
  };
}
