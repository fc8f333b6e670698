/**
 * Page sizes and file counts of a finished build, for the bounds on pages that would otherwise
 * list everything (siteConfig.listing): the home page (raw and gzip), the largest HTML page, the
 * RSS feed, and the files by kind, so the report can give the files each 1,000 articles add.
 * Goals (issue 14): no page over 200 KB raw, the home page under 40 KB raw, at 10,000 articles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const GOALS = { pageRaw: 200 * 1024, homeRaw: 40 * 1024 } as const;

type Kind = 'html' | 'png' | 'pagefind' | 'other';

export interface OutputSizes {
  label: string;
  /** Generated articles on top of the real site's (0 for the real site). */
  generated: number;
  homeRaw: number;
  homeGzip: number;
  largest: { file: string; bytes: number };
  rss: number;
  files: Record<Kind | 'total', number>;
}

export function measureOutput(label: string, generated: number, outDir: string): OutputSizes {
  const files = { html: 0, png: 0, pagefind: 0, other: 0, total: 0 };
  let largest = { file: '', bytes: 0 };
  for (const entry of readdirSync(outDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const rel = relative(outDir, full);
    const kind: Kind = rel.startsWith('pagefind/')
      ? 'pagefind'
      : entry.name.endsWith('.html')
        ? 'html'
        : entry.name.endsWith('.png')
          ? 'png'
          : 'other';
    files[kind]++;
    files.total++;
    if (kind === 'html') {
      const bytes = statSync(full).size;
      if (bytes > largest.bytes) largest = { file: rel, bytes };
    }
  }
  const home = readFileSync(join(outDir, 'index.html'));
  return {
    label,
    generated,
    homeRaw: home.length,
    homeGzip: gzipSync(home, { level: 6 }).length,
    largest,
    rss: statSync(join(outDir, 'rss.xml')).size,
    files,
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The report's Markdown section for the measured builds (the real site first). */
export function pageSizeLines(outputs: OutputSizes[]): string[] {
  const real = outputs.find((o) => o.generated === 0);
  const lines = [
    '\n### Page sizes and file count (pages that list everything are bounded: siteConfig.listing)',
    '',
    '| build | home raw (KB) | home gzip (KB) | largest HTML page, raw (KB) | RSS (KB) | files: HTML / PNG / Pagefind / other (total) |',
    '|---|---:|---:|---|---:|---:|',
    ...outputs.map(
      (o) =>
        `| ${o.label} | ${kb(o.homeRaw)} | ${kb(o.homeGzip)} | ${kb(o.largest.bytes)} (${o.largest.file}) | ${kb(o.rss)} | ${o.files.html.toLocaleString('en')} / ${o.files.png.toLocaleString('en')} / ${o.files.pagefind.toLocaleString('en')} / ${o.files.other.toLocaleString('en')} (${o.files.total.toLocaleString('en')}) |`,
    ),
  ];
  const perThousand = (o: OutputSizes, k: Kind | 'total') =>
    Math.round(((o.files[k] - real!.files[k]) / o.generated) * 1000).toLocaleString('en');
  const grown = real ? outputs.filter((o) => o.generated > 0) : [];
  lines.push('');
  if (grown.length) {
    lines.push(
      `Files each 1,000 generated articles add: ${grown
        .map(
          (o) =>
            `${perThousand(o, 'total')} at +${o.generated.toLocaleString('en')} (HTML ${perThousand(o, 'html')}, PNG ${perThousand(o, 'png')}, Pagefind ${perThousand(o, 'pagefind')}, other ${perThousand(o, 'other')})`,
        )
        .join('; ')}.`,
    );
  }
  const biggest = outputs.at(-1);
  if (biggest) {
    const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
    lines.push(
      `Goals at the largest size measured (${biggest.label}): no HTML page over ${kb(GOALS.pageRaw)} KB raw, ${verdict(biggest.largest.bytes <= GOALS.pageRaw)}; home page under ${kb(GOALS.homeRaw)} KB raw, ${verdict(biggest.homeRaw < GOALS.homeRaw)}.`,
    );
  }
  return lines;
}
