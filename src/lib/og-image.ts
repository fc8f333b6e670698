/**
 * Open Graph images (1200×630 PNG) drawn at build time from text: satori lays the text out
 * with the font shipped in src/assets/fonts (nothing is fetched), sharp turns the SVG into PNG.
 *
 * Drawing one takes about 45 ms, which dominated large builds. So each PNG is cached on disk by a
 * hash of everything that shapes it (ogCacheKey: the card's text, the font files' bytes, the
 * renderer versions and OG_TEMPLATE_VERSION), in a folder that survives builds (ogCacheDir), and
 * the misses are drawn a few at a time (prepareOgImages) before Astro asks for the files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

/**
 * Bump this whenever the drawing below changes (layout, colours, sizes, PNG options): every
 * cached image is then drawn again. CI caches are keyed on it too (docs/deploy.md).
 */
export const OG_TEMPLATE_VERSION = 2;

/**
 * How many cache misses are drawn at once: satori lays out on the main thread while sharp
 * rasterises and encodes on libuv's pool, so one more than the cores keeps every core busy.
 */
export const OG_CONCURRENCY = Math.max(2, Math.min(8, availableParallelism() + 1));

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const fontDir = join(process.cwd(), 'src/assets/fonts');
const FONT_FILES = ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-700-normal.woff'] as const;
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= [
    {
      name: 'Noto Sans',
      data: readFileSync(join(fontDir, FONT_FILES[0])),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Noto Sans',
      data: readFileSync(join(fontDir, FONT_FILES[1])),
      weight: 700,
      style: 'normal',
    },
  ]);

export interface OgCard {
  kicker: string;
  title: string;
  footer: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The card as SVG (satori lays the text out as paths). */
export async function ogSvg(card: OgCard): Promise<string> {
  const titleSize = card.title.length > 80 ? 54 : card.title.length > 50 ? 62 : 72;
  const tree = el(
    'div',
    { width: OG_WIDTH, height: OG_HEIGHT, display: 'flex', background: '#111318', fontFamily: 'Noto Sans' },
    [
      el('div', { width: 24, height: OG_HEIGHT, background: '#8ab4ff' }),
      el(
        'div',
        {
          // Satori sizes boxes without their padding: subtract it here.
          width: OG_WIDTH - 24 - 144,
          height: OG_HEIGHT - 120,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '60px 72px',
          color: '#e8eaef',
        },
        [
          el(
            'div',
            { display: 'flex', fontSize: 30, fontWeight: 700, color: '#8ab4ff', letterSpacing: 2 },
            card.kicker.toUpperCase(),
          ),
          el('div', { display: 'flex', fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 }, card.title),
          el('div', { display: 'flex', fontSize: 28, color: '#b3b9c6' }, card.footer),
        ],
      ),
    ],
  );
  return satori(tree as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
}

export async function renderOgImage(card: OgCard): Promise<Buffer> {
  const svg = await ogSvg(card);
  return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** Versions of the two renderers: an upgrade may draw differently, so it changes every key. */
function rendererVersions(): string {
  return ['satori', 'sharp']
    .map((name) => {
      try {
        const pkg = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as {
          version?: string;
        };
        return `${name}@${pkg.version ?? '?'}`;
      } catch {
        return `${name}@?`;
      }
    })
    .join(',');
}

export interface OgKeyInputs {
  /** Every field the card draws (type label, title, footer with name and date…). */
  card: OgCard;
  /** The font files' bytes, in the order they are loaded. */
  fonts: readonly Uint8Array[];
  templateVersion: number;
  /** Renderer versions ("satori@x,sharp@y"). */
  renderers: string;
}

/** The cache key of one image: a SHA-256 over all of its inputs. Same inputs, same key; any change, a new one. */
export function ogCacheKey({ card, fonts, templateVersion, renderers }: OgKeyInputs): string {
  const hash = createHash('sha256');
  // Fields sorted by name, so a key never depends on the order an object was built in.
  const fields = Object.keys(card)
    .sort()
    .map((k) => [k, String(card[k as keyof OgCard])]);
  hash.update(JSON.stringify({ templateVersion, renderers, fields }));
  for (const font of fonts) hash.update(createHash('sha256').update(font).digest());
  return hash.digest('hex');
}

/**
 * Where cached PNGs live. It must survive builds, so not in dist/: an `og-images` folder inside
 * Astro's cache folder, node_modules/.astro by default (git-ignored; Cloudflare Pages' build cache
 * and Netlify's dependency cache keep it, and the GitHub workflow caches it: docs/deploy.md).
 * Builds with their own SITE_CACHE_DIR (Astro's cacheDir: the bad-content fixtures, the benchmark)
 * keep their images there, so they neither read nor fill the real site's cache.
 * SITE_OG_CACHE_DIR overrides both.
 */
export function ogCacheDir(env: Record<string, string | undefined> = process.env): string {
  if (env.SITE_OG_CACHE_DIR) return env.SITE_OG_CACHE_DIR;
  return join(env.SITE_CACHE_DIR ?? join(process.cwd(), 'node_modules/.astro'), 'og-images');
}

export interface OgStats {
  images: number;
  cached: number;
  drawn: number;
  /** Wall-clock milliseconds spent preparing the images (cache look-ups and drawing). */
  ms: number;
}

/** Runs `task` over `items` with at most `limit` in flight at once. */
export async function mapLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Cache files being drawn in this process, so a page can wait for its own image (ogImageReady). */
const pending = new Map<string, Promise<void>>();

/**
 * Makes sure every card has its PNG in the cache, without waiting: looks each key up, starts
 * drawing the misses `concurrency` at a time, and writes each atomically (a temporary file renamed
 * into place, so a parallel build never reads half a file). Returns the cache file of each card,
 * in order, at once, and `done` with the stats when the last is written. The og route calls it
 * from getStaticPaths, so the images are drawn while Astro renders the pages before them (sharp
 * encodes on libuv's threads, the page renders on the main one); each image's GET awaits only its
 * own file (ogImageReady). A file already pending in this process is not drawn twice.
 */
export function startOgImages(
  cards: readonly OgCard[],
  options: { dir?: string; draw?: (card: OgCard) => Promise<Buffer>; concurrency?: number } = {},
): { files: string[]; done: Promise<OgStats> } {
  const t0 = performance.now();
  const dir = options.dir ?? ogCacheDir();
  const draw = options.draw ?? renderOgImage;
  mkdirSync(dir, { recursive: true });
  const fonts = loadFonts().map((f) => f.data);
  const renderers = rendererVersions();
  const files = cards.map((card) =>
    join(dir, `${ogCacheKey({ card, fonts, templateVersion: OG_TEMPLATE_VERSION, renderers })}.png`),
  );
  const misses = [...new Set(files.filter((f) => !pending.has(f) && !existsSync(f)))];
  const cardOf = new Map(files.map((f, i) => [f, cards[i]!]));
  const settle = new Map<string, { ok: () => void; fail: (e: unknown) => void }>();
  for (const file of misses) {
    const ready = new Promise<void>((ok, fail) => settle.set(file, { ok, fail }));
    // A failure reaches the build through the page that awaits this file, and through `done`.
    ready.catch(() => {});
    pending.set(file, ready);
  }
  const failures: unknown[] = [];
  const done = mapLimit(misses, options.concurrency ?? OG_CONCURRENCY, async (file) => {
    try {
      const png = await draw(cardOf.get(file)!);
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, png);
      renameSync(tmp, file);
      settle.get(file)!.ok();
    } catch (error) {
      // Keep drawing the others: every page waiting for its image gets an answer.
      failures.push(error);
      settle.get(file)!.fail(error);
    }
  }).then(() => {
    if (failures.length > 0) throw failures[0];
    return {
      images: cards.length,
      cached: cards.length - misses.length,
      drawn: misses.length,
      ms: performance.now() - t0,
    };
  });
  return { files, done };
}

/** Resolves when `file` (from startOgImages) is in the cache; rejects if drawing it failed. */
export const ogImageReady = (file: string): Promise<void> => pending.get(file) ?? Promise.resolve();

/** startOgImages, waiting for every image: the files of the cards, in order, and the stats. */
export async function prepareOgImages(
  cards: readonly OgCard[],
  options: { dir?: string; draw?: (card: OgCard) => Promise<Buffer>; concurrency?: number } = {},
): Promise<{ files: string[]; stats: OgStats }> {
  const { files, done } = startOgImages(cards, options);
  return { files, stats: await done };
}

/** The line the build logs (the benchmark reads it: scripts/bench/build.ts). */
export const ogStatsLine = (s: OgStats): string =>
  `[og-images] ${s.images} images: ${s.cached} from cache, ${s.drawn} drawn in ${Math.round(s.ms)} ms`;

/** The line the build logs once every image was served: how long pages waited for drawing. */
export const ogWaitLine = (ms: number): string => `[og-images] pages waited ${Math.round(ms)} ms for images`;
