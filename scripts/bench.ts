/**
 * `npm run bench`: measures and prints; asserts nothing. Needs nothing built first: it makes its
 * own builds under .bench/ (git-ignored) and leaves dist/ alone. About 25 minutes on 2 cores.
 *
 *   1. Build: a cold `astro build` (with the Pagefind integration, as `npm run build`) of the real
 *      site, then of the real site plus 100, 1,000 and 10,000 generated articles (scripts/bench/
 *      generate.ts): time, peak memory, Pagefind index files and size, and the cost per article.
 *      After each cold build, a warm rebuild on the cache it left with one article's title changed:
 *      both times, with the Open Graph images' share (images drawn, time), and the file count.
 *      Page sizes (scripts/bench/page-sizes.ts): the home page raw and gzip, the largest HTML page
 *      and the RSS feed at each size, and the files (by kind) each 1,000 articles add.
 *   2. Chromium on loopback (gzip on, and the site's own Cache-Control rules, as its hosts send
 *      them): bytes of a first visit to the home page and an article; search timings and bytes on
 *      a cold cache, a warm cache and within a session, at the real size and at 10,000 articles.
 *   3. Lighthouse (mobile) for the home page and every article of the real site, BENCH_LH_RUNS
 *      times each (default 3); the table shows the minimum per category (the gate is the worst run).
 * Results print as Markdown tables and are written to docs/benchmark.md (generated: never edit it
 * by hand; the README's Benchmark section summarises it). BENCH_SIZES=100,1000 runs fewer sizes; BENCH_SKIP=lighthouse,search skips parts; BENCH_LH_RUNS=1 runs Lighthouse once per page.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { hasGnuTime, timedBuild, type BuildResult } from './bench/build.ts';
import { generateContent } from './bench/generate.ts';
import { measureOutput, pageSizeLines, type OutputSizes } from './bench/page-sizes.ts';
import {
  coldSearch,
  firstLoad,
  sessionSearches,
  warmSearch,
  type ColdSearch,
  type SearchTiming,
  type Transfer,
} from './bench/browser.ts';
import { LIGHTHOUSE_VERSION } from './bench/lighthouse.ts';
import { intentSection } from './bench/intent.ts';
import { showMoreMs, speedLines, wholeMs, type SearchRun } from './bench/search-speed.ts';
import { beforeAfterLines, type FigureKey } from './bench/baseline.ts';
import { OG_CONCURRENCY } from '../src/lib/og-image.ts';
import {
  articlePaths,
  editOneArticle,
  firstVisitBreakdown,
  lighthouseMin,
  type Breakdown,
  type LighthouseMin,
} from './bench/rebuild.ts';

const QUERIES = ['can i opt out', 'camera roll', 'whatsapp', 'microphone', 'delete my chats', 'advanced chat privacy'];
const ARTICLE = 'articles/can-you-opt-out/';
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const LH_RUNS = Math.max(1, Number(process.env.BENCH_LH_RUNS ?? 3));
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const OUT = '.bench';

const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);
const median = (xs: number[]) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)]! : NaN;
};
const started = performance.now();

mkdirSync(OUT, { recursive: true });
say(
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
);

// 1. Builds -------------------------------------------------------------------------------------
const builds: { articles: number; generated: number; words: number; result: BuildResult }[] = [];
/** Cold build, then a warm rebuild on its cache with one article's title changed. */
const warmBuilds: { label: string; articles: number; cold: BuildResult; warm: BuildResult }[] = [];
async function coldAndWarm(label: string, n: number, outDir: string): Promise<BuildResult> {
  const content = generateContent(n, OUT);
  const cacheDir = `${OUT}/cache-${n ? n : 'real'}`;
  rmSync(cacheDir, { recursive: true, force: true });
  const cold = await timedBuild(label, { contentDir: content.dir, outDir, cacheDir, keepCache: true });
  editOneArticle(content.dir);
  console.log(`… warm rebuild (${label}, one title changed)`);
  const warm = await timedBuild(`${label}, warm`, {
    contentDir: content.dir,
    outDir: `${outDir}-warm`,
    cacheDir,
    keepCache: true,
  });
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(`${outDir}-warm`, { recursive: true, force: true });
  rmSync(content.dir, { recursive: true, force: true });
  warmBuilds.push({ label, articles: 8 + n, cold, warm });
  if (!builds.some((b) => b.generated === n))
    builds.push({ articles: 8 + n, generated: n, words: content.meanWords, result: cold });
  return cold;
}
console.log('\n… building the real site');
const real = await coldAndWarm('real site', 0, `${OUT}/dist-real`);
const outputs: OutputSizes[] = [measureOutput('real site', 0, real.outDir)];
for (const n of SIZES) {
  console.log(`… generating ${n} articles and building`);
  const result = await coldAndWarm(`real + ${n.toLocaleString('en')}`, n, `${OUT}/dist-${n}`);
  outputs.push(measureOutput(`real + ${n.toLocaleString('en')}`, n, result.outDir));
  if (n !== 10000) rmSync(result.outDir, { recursive: true, force: true });
}

say('\n### Build (cold `astro build` + Pagefind index)');
say('');
say(
  '| articles | HTML pages | build (s) | ms per generated article | peak RSS, whole build (MB) | peak RSS, largest process (MB) | Pagefind files | Pagefind size (MB) | Pagefind KB per generated article |',
);
say('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const b of builds) {
  const r = b.result;
  const per = b.generated ? ((r.ms - real.ms) / b.generated).toFixed(1) : '–';
  const pfPer = b.generated ? kb((r.pagefindBytes - real.pagefindBytes) / b.generated) : '–';
  say(
    `| ${b.generated ? `8 + ${b.generated.toLocaleString('en')}` : '8 (real site)'} | ${r.htmlPages.toLocaleString('en')} | ${s(r.ms)} | ${per} | ${mb(r.peakTreeRss)} | ${r.peakMaxRss === undefined ? 'n/a' : mb(r.peakMaxRss)} | ${r.pagefindFiles.toLocaleString('en')} | ${mb(r.pagefindBytes)} | ${pfPer} |`,
  );
}
say('');
say('| articles | content sync (s) | bundling (s) | rendering pages (s) | sitemap + Pagefind index (s) |');
say('|---:|---:|---:|---:|---:|');
for (const b of builds) {
  const p = b.result.phases;
  say(
    `| ${b.generated ? `8 + ${b.generated.toLocaleString('en')}` : '8 (real site)'} | ${p.content.toFixed(1)} | ${p.bundle.toFixed(1)} | ${p.render.toFixed(1)} | ${p.index.toFixed(1)} |`,
  );
}
const words = builds.find((b) => b.words)?.words;
say('');
say(
  `ms per generated article = (build time − the real site's build time) ÷ generated articles. Generated articles average ${words ?? '–'} words, with h2/h3 sections, a short version, 21 <Cite> tags of 1–3 real source ids each, glossary terms and links to real articles.`,
);
say(
  `Peak RSS, whole build: Astro's Node process plus the Pagefind binary, summed from /proc every 100 ms. Largest process: ${hasGnuTime() ? "GNU time (/usr/bin/time -f %M), the kernel's peak for the biggest single process" : 'n/a (install the Debian package `time` for GNU time)'}.`,
);

say("\n### Cold and warm builds, and the Open Graph images' share");
say('');
say(
  '| build | files | cold (s) | cold: images drawn, drawing s (share), pages waited s | warm, one title changed (s) | warm: images drawn, drawing s (share), pages waited s | drawing ms per drawn image |',
);
say('|---|---:|---:|---:|---:|---:|---:|');
const share = (r: BuildResult) =>
  r.og
    ? `${r.og.drawn.toLocaleString('en')} of ${r.og.images.toLocaleString('en')}, ${s(r.og.ms)} (${Math.round((100 * r.og.ms) / r.ms)} %), ${r.og.waitedMs === undefined ? '–' : s(r.og.waitedMs)}`
    : 'n/a';
for (const w of warmBuilds) {
  const perImage = w.cold.og?.drawn ? (w.cold.og.ms / w.cold.og.drawn).toFixed(1) : '–';
  say(
    `| ${w.label} | ${w.cold.files.toLocaleString('en')} | ${s(w.cold.ms)} | ${share(w.cold)} | ${s(w.warm.ms)} | ${share(w.warm)} | ${perImage} |`,
  );
}
const realFiles = warmBuilds[0]!.cold.files;
const perThousand = warmBuilds
  .filter((w) => w.articles > 8)
  .map(
    (w) =>
      `${Math.round(((w.cold.files - realFiles) / (w.articles - 8)) * 1000).toLocaleString('en')} files per 1,000 articles (at +${(w.articles - 8).toLocaleString('en')})`,
  );
say('');
say(
  `Images are drawn ${OG_CONCURRENCY} at a time, while the pages before /og/ render, and cached by a hash of their inputs (src/lib/og-image.ts); the cold build starts from an empty cache, the warm one reuses it. Drawing: wall-clock from the first image to the last, overlapping page rendering, so its share is an upper bound; pages waited: how long page generation stalled for an image not yet drawn. Goals (issue 14): a warm one-title rebuild spends under 2 s on images (${warmBuilds.map((w) => `${w.label}: ${w.warm.og ? s(w.warm.og.ms) : 'n/a'} s`).join(', ')}); the cold +1,000 build is at most 0.8× the same build before the image cache (commit 35a911c^), a comparison made by hand, interleaved (docs/benchmark.md keeps the last one). Files: everything in the output, what Cloudflare Pages counts (limit 20,000 on the free plan). ${perThousand.join('; ') || 'Run a generated size for the files per 1,000 articles.'}`,
);

for (const line of pageSizeLines(outputs)) say(line);

// 2. Chromium -----------------------------------------------------------------------------------
const sites: { label: string; dir: string }[] = [{ label: 'real site', dir: `${OUT}/dist-real` }];
if (SIZES.includes(10000)) sites.push({ label: 'real + 10,000', dir: `${OUT}/dist-10000` });
const browser = await launchChromium();
const loads: { site: string; home: Transfer; article: Transfer }[] = [];
const breakdowns: { path: string; b: Breakdown }[] = [];
const realArticles = articlePaths(`${OUT}/dist-real`);
const searches: SearchRun[] = [];
const lh: LighthouseMin[] = [];
try {
  for (const site of sites) {
    console.log(`… Chromium: ${site.label}`);
    const server = await serveStatic(site.dir, '/', { gzip: true, cache: true });
    try {
      loads.push({
        site: site.label,
        home: await firstLoad(browser, server),
        article: await firstLoad(browser, server, ARTICLE),
      });
      if (site === sites[0]) {
        for (const path of ['', ...realArticles]) {
          breakdowns.push({ path: `/${path}`, b: await firstVisitBreakdown(browser, server, path) });
        }
      }
      if (!SKIP.has('search')) {
        const cold: ColdSearch[] = [];
        const warm: SearchTiming[] = [];
        for (const q of QUERIES) cold.push(await coldSearch(browser, server, q));
        // Warm runs load every query twice; at 10,000 articles that alone takes minutes, so they
        // run at the real size only (cold and in-session runs cover both sizes).
        if (site === sites[0]) for (const q of QUERIES) warm.push(await warmSearch(browser, server, q));
        const session = await sessionSearches(browser, server, QUERIES);
        // "Show more" at 10,000 articles, where every query has more than a page of results.
        const more = new Map<string, number>();
        if (site !== sites[0]) for (const q of QUERIES) more.set(q, await showMoreMs(browser, server, q));
        searches.push({ site: site.label, cold, warm, session, more });
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}

say('\n### First visit (empty cache, gzip; response bodies as sent, everything the page loads before search)');
say('');
say('| site | home page (KB, requests) | article (KB, requests) |');
say('|---|---:|---:|');
for (const l of loads)
  say(`| ${l.site} | ${kb(l.home.bytes)} KB, ${l.home.requests} | ${kb(l.article.bytes)} KB, ${l.article.requests} |`);

say('\n### First visit by kind (real site; empty cache, gzip, KB as sent; everything before search)');
say('');
say('| page | HTML | CSS | JS | other | total (requests) |');
say('|---|---:|---:|---:|---:|---:|');
for (const { path, b } of breakdowns)
  say(`| ${path} | ${kb(b.html)} | ${kb(b.css)} | ${kb(b.js)} | ${kb(b.other)} | ${kb(b.total)} (${b.requests}) |`);

if (searches.length) {
  say(
    '\n### Search (ms; search = start of the search to its whole results drawn; shown = to the first results on screen (a large site draws a quick first look before the whole search); typed = last keystroke to first results on screen, including the 30 ms pause the modal waits after a keystroke; cold bytes include search-data.json)',
  );
  for (const srch of searches) {
    say('');
    say(`**${srch.site}**`);
    say('');
    say(
      '| query | cold: search / shown / typed | cold: KB fetched (requests) | warm: search / shown / typed | session: search / shown / typed | results |',
    );
    say('|---|---:|---:|---:|---:|---:|');
    QUERIES.forEach((q, i) => {
      const c = srch.cold[i]!;
      const w = srch.warm[i];
      const x = srch.session[i]!;
      const t = (r: SearchTiming) => `${Math.round(r.searchMs)} / ${Math.round(r.shownMs)} / ${Math.round(r.typedMs)}`;
      say(`| ${q} | ${t(c)} | ${kb(c.bytes)} (${c.requests}) | ${w ? t(w) : '–'} | ${t(x)} | ${x.results} |`);
    });
    const m = (list: SearchTiming[], k: keyof SearchTiming) => Math.round(median(list.map((r) => Number(r[k]))));
    say(
      `| **median** | ${m(srch.cold, 'searchMs')} / ${m(srch.cold, 'shownMs')} / ${m(srch.cold, 'typedMs')} | ${kb(median(srch.cold.map((r) => r.bytes)))} | ${srch.warm.length ? `${m(srch.warm, 'searchMs')} / ${m(srch.warm, 'shownMs')} / ${m(srch.warm, 'typedMs')}` : '–'} | ${m(srch.session, 'searchMs')} / ${m(srch.session, 'shownMs')} / ${m(srch.session, 'typedMs')} | |`,
    );
  }
  say('');
  say(
    "Cold: new browser context (empty cache), first search of the visit (loads the search code, Pagefind wasm, index and fragments). Warm: a new page whose HTTP cache holds an earlier visit that ran the same query (the server sends the site's Cache-Control rules, src/lib/security-headers.ts). Session: the same open modal, after an earlier query.",
  );
  for (const line of speedLines(searches, QUERIES)) say(line);
}

// Search intent-to-ready (scripts/bench/intent.ts; BENCH_SKIP=intent skips it) -----------------
if (!SKIP.has('intent')) {
  console.log('… Chromium: search intent-to-ready');
  for (const line of await intentSection(`${OUT}/dist-real`, 'real site')) say(line);
}

// 3. Lighthouse ---------------------------------------------------------------------------------
if (!SKIP.has('lighthouse')) {
  console.log(
    `… Lighthouse ${LIGHTHOUSE_VERSION} through npx (fetched from the npm registry on first use; not installed by npm ci), ${LH_RUNS} runs per page`,
  );
  const server = await serveStatic(`${OUT}/dist-real`, '/', { gzip: true, cache: true });
  try {
    for (const path of ['', ...realArticles]) lh.push(await lighthouseMin(server.url, path, LH_RUNS, `${OUT}/lh.json`));
  } finally {
    await server.close();
  }
  say(
    `\n### Lighthouse ${LIGHTHOUSE_VERSION}, mobile (Debian Chromium, real site, loopback, gzip): minimum of ${LH_RUNS} run${LH_RUNS > 1 ? 's' : ''} per page`,
  );
  say('');
  say('| page | performance | accessibility | best practices | SEO | worst LCP (ms) | worst TBT (ms) | worst CLS |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of lh) {
    say(
      `| ${r.path} | ${r.min.performance} | ${r.min.accessibility} | ${r.min['best-practices']} | ${r.min.seo} | ${Math.round(r.maxLcpMs)} | ${Math.round(r.maxTbtMs)} | ${r.maxCls.toFixed(3)} |`,
    );
  }
  const losses = [...new Set(lh.flatMap((r) => r.losses))];
  say('');
  say(losses.length ? `Audits that cost points in any run: ${losses.join('; ')}.` : 'No audit lost points in any run.');
}

// Before and after: printed last, placed first in the report -------------------------------------
const after: Partial<Record<FigureKey, string>> = {};
if (lh.length) {
  const worst = (c: keyof LighthouseMin['min']) => Math.min(...lh.map((r) => r.min[c]));
  after.lighthouse = `${worst('performance')} / ${worst('accessibility')} / ${worst('best-practices')} / ${worst('seo')} (${lh.length} pages × ${LH_RUNS} runs; worst CLS ${Math.max(...lh.map((r) => r.maxCls)).toFixed(3)})`;
}
const home = breakdowns.find((b) => b.path === '/');
const articleVisits = breakdowns.filter((b) => b.path !== '/');
if (home) after.homeVisit = kb(home.b.total);
if (articleVisits.length) {
  const sorted = [...articleVisits].sort((a, b) => b.b.total - a.b.total);
  after.articleVisit = `${kb(sorted[0]!.b.total)} (${sorted[0]!.path}; smallest ${kb(sorted.at(-1)!.b.total)})`;
}
if (breakdowns.length) {
  after.css = kb(Math.max(...breakdowns.map((b) => b.b.css)));
  after.js = kb(Math.max(...breakdowns.map((b) => b.b.js)));
}
const realSearch = searches[0];
if (realSearch) {
  after.coldTyped = String(Math.round(median(realSearch.cold.map((r) => r.typedMs))));
  if (realSearch.warm.length) after.warmTyped = String(Math.round(median(realSearch.warm.map((r) => r.typedMs))));
  after.coldKb = kb(median(realSearch.cold.map((r) => r.bytes)));
}
const bigSearch = searches.find((r) => r.site === 'real + 10,000');
if (bigSearch) {
  const slowest = bigSearch.cold.reduce((a, b) => (b.typedMs > a.typedMs ? b : a));
  after.bigTyped = `${Math.round(slowest.typedMs).toLocaleString('en')} ("${QUERIES[bigSearch.cold.indexOf(slowest)]}")`;
  const slowestWhole = bigSearch.cold.reduce((a, b) => (wholeMs(b) > wholeMs(a) ? b : a));
  after.bigWhole = `${Math.round(wholeMs(slowestWhole)).toLocaleString('en')} ("${QUERIES[bigSearch.cold.indexOf(slowestWhole)]}")`;
}
const build1000 = warmBuilds.find((w) => w.articles === 1008);
if (build1000) after.coldBuild1000 = s(build1000.cold.ms);
after.warmImages = warmBuilds.map((w) => `${w.label}: ${w.warm.og ? s(w.warm.og.ms) : 'n/a'}`).join('; ');
const big = outputs.find((o) => o.generated === 10000);
if (big)
  after.home10k = `${kb(big.homeRaw)} raw; first visit ${loads.find((l) => l.site === 'real + 10,000') ? kb(loads.find((l) => l.site === 'real + 10,000')!.home.bytes) : '–'} KB gzip`;
const largestOut = outputs.at(-1)!;
after.largestPage = `${kb(largestOut.largest.bytes)} (${largestOut.largest.file}, ${largestOut.label})`;
after.rss = `${kb(largestOut.rss)} (${largestOut.label}; the latest items only)`;
after.files = `${warmBuilds.at(-1)!.cold.files.toLocaleString('en')} (${warmBuilds.at(-1)!.label}); the build fails past the host limit unless accepted`;
const comparison = beforeAfterLines(after);
for (const line of comparison) console.log(line);
lines.splice(1, 0, ...comparison);

say('');
say(`Benchmark run time: ${s(performance.now() - started)} s.`);
const REPORT = 'docs/benchmark.md';
const header = [
  '# Benchmark',
  '',
  '<!-- Generated by `npm run bench` (scripts/bench.ts). Do not edit by hand: run the benchmark again. -->',
  '',
  'What each figure means, and how to run fewer parts, is in the comment at the top of scripts/bench.ts',
  "and in the README's Benchmark section. Figures move with the machine's load: compare runs made on the",
  'same, otherwise idle, machine.',
  '',
];
writeFileSync(REPORT, `${[...header, ...lines].join('\n')}\n`);
console.log(`\n(written to ${REPORT})`);
