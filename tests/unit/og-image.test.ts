import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  mapLimit,
  ogCacheDir,
  ogCacheKey,
  OG_HEIGHT,
  OG_TEMPLATE_VERSION,
  OG_WIDTH,
  ogImageReady,
  prepareOgImages,
  renderOgImage,
  startOgImages,
  type OgCard,
  type OgKeyInputs,
} from '../../src/lib/og-image.ts';

const card: OgCard = { kicker: 'Explainer', title: 'What changed', footer: 'Site · last verified 2026-11-01' };
const base: OgKeyInputs = {
  card,
  fonts: [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])],
  templateVersion: OG_TEMPLATE_VERSION,
  renderers: 'satori@1,sharp@1',
};

describe('ogCacheKey', () => {
  it('gives the same key for the same inputs, whatever order the card was built in', () => {
    const reordered = { footer: card.footer, title: card.title, kicker: card.kicker };
    expect(ogCacheKey(base)).toBe(ogCacheKey({ ...base, card: { ...card } }));
    expect(ogCacheKey(base)).toBe(ogCacheKey({ ...base, card: reordered }));
    expect(ogCacheKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each<[string, Partial<OgKeyInputs>]>([
    ['the title', { card: { ...card, title: 'What changed?' } }],
    ['the type label', { card: { ...card, kicker: 'Fact-check' } }],
    ['the footer (date)', { card: { ...card, footer: 'Site · last verified 2026-11-02' } }],
    ['a field is added (description)', { card: { ...card, description: 'More' } as OgCard }],
    ['a font byte', { fonts: [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 7])] }],
    ['the font order', { fonts: [new Uint8Array([4, 5, 6]), new Uint8Array([1, 2, 3])] }],
    ['the template version', { templateVersion: OG_TEMPLATE_VERSION + 1 }],
    ['a renderer version', { renderers: 'satori@2,sharp@1' }],
  ])('gives a new key when %s changes', (_, change) => {
    expect(ogCacheKey({ ...base, ...change })).not.toBe(ogCacheKey(base));
  });

  it('does not confuse text moved between fields', () => {
    const a = ogCacheKey({ ...base, card: { kicker: 'A', title: 'B C', footer: 'D' } });
    const b = ogCacheKey({ ...base, card: { kicker: 'A B', title: 'C', footer: 'D' } });
    expect(a).not.toBe(b);
  });
});

describe('ogCacheDir', () => {
  it('survives builds by default, and follows SITE_CACHE_DIR or SITE_OG_CACHE_DIR', () => {
    expect(ogCacheDir({})).toMatch(/node_modules\/\.astro\/og-images$/);
    expect(ogCacheDir({ SITE_CACHE_DIR: '/x/cache' })).toBe('/x/cache/og-images');
    expect(ogCacheDir({ SITE_CACHE_DIR: '/x/cache', SITE_OG_CACHE_DIR: '/y' })).toBe('/y');
  });
});

describe('prepareOgImages', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('draws each miss once, then reuses the cached PNG on the next build', async () => {
    dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    const drawn: string[] = [];
    const draw = async (c: OgCard) => {
      drawn.push(c.title);
      return Buffer.from(`png:${c.title}`);
    };
    const cards = [card, { ...card, title: 'Second' }, card];
    const first = await prepareOgImages(cards, { dir, draw });
    expect(drawn).toEqual(['What changed', 'Second']);
    expect(first.stats).toMatchObject({ images: 3, drawn: 2, cached: 1 });
    expect(first.files[0]).toBe(first.files[2]);
    expect(readFileSync(first.files[1]!, 'utf8')).toBe('png:Second');

    const mtime = statSync(first.files[0]!).mtimeMs;
    drawn.length = 0;
    const second = await prepareOgImages(cards, { dir, draw });
    expect(drawn, 'nothing drawn again').toEqual([]);
    expect(second.files).toEqual(first.files);
    expect(second.stats).toMatchObject({ images: 3, drawn: 0, cached: 3 });
    expect(statSync(second.files[0]!).mtimeMs).toBe(mtime);

    // A cached file is served as it is: the cache, not a fresh drawing, is what the build uses.
    writeFileSync(second.files[0]!, 'from cache');
    const third = await prepareOgImages([card], { dir, draw });
    expect(readFileSync(third.files[0]!, 'utf8')).toBe('from cache');

    // A changed title is a new key: drawn, the old image untouched.
    await prepareOgImages([{ ...card, title: 'Changed' }], { dir, draw });
    expect(drawn).toEqual(['Changed']);
  });

  it('draws misses with bounded concurrency', async () => {
    dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
    let running = 0;
    let peak = 0;
    const draw = async (c: OgCard) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 5));
      running--;
      return Buffer.from(c.title);
    };
    const cards = Array.from({ length: 12 }, (_, i) => ({ ...card, title: `T${i}` }));
    await prepareOgImages(cards, { dir, draw, concurrency: 3 });
    expect(peak).toBe(3);
  });
});

describe('startOgImages (drawing while the pages render)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('returns the files at once; each GET waits for its own image only', async () => {
    dir = mkdtempSync(join(tmpdir(), 'og-bg-'));
    const gates = new Map<string, () => void>();
    const draw = (c: OgCard) =>
      new Promise<Buffer>((ok) => gates.set(c.title, () => ok(Buffer.from(`png:${c.title}`))));
    const { files, done } = startOgImages([card, { ...card, title: 'Second' }], { dir, draw, concurrency: 2 });
    expect(files).toHaveLength(2);
    expect(existsSync(files[0]!), 'nothing drawn yet').toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    gates.get('Second')!();
    await ogImageReady(files[1]!);
    expect(readFileSync(files[1]!, 'utf8')).toBe('png:Second');
    expect(existsSync(files[0]!), 'the first is still drawing').toBe(false);
    gates.get('What changed')!();
    await ogImageReady(files[0]!);
    expect((await done).drawn).toBe(2);
    // Asked again in the same build (Astro may call getStaticPaths twice): nothing drawn twice.
    const again = startOgImages([card], { dir, draw: () => Promise.reject(new Error('drawn twice')) });
    await expect(again.done).resolves.toMatchObject({ drawn: 0, cached: 1 });
  });

  it('a failed drawing fails its own image and the total, and every other image still arrives', async () => {
    dir = mkdtempSync(join(tmpdir(), 'og-bg-'));
    const cards = Array.from({ length: 6 }, (_, i) => ({ ...card, title: `T${i}` }));
    const draw = async (c: OgCard) => {
      if (c.title === 'T1' || c.title === 'T2') throw new Error(`cannot draw ${c.title}`);
      return Buffer.from(c.title);
    };
    // Two workers, both failing once: the rest must still be drawn, or their pages would wait forever.
    const { files, done } = startOgImages(cards, { dir, draw, concurrency: 2 });
    await expect(ogImageReady(files[1]!)).rejects.toThrow('cannot draw T1');
    await expect(done).rejects.toThrow('cannot draw');
    for (const i of [0, 3, 4, 5]) {
      await ogImageReady(files[i]!);
      expect(readFileSync(files[i]!, 'utf8')).toBe(`T${i}`);
    }
  });

  it('draws a real card at 1200×630', async () => {
    const png = await renderOgImage(card);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([OG_WIDTH, OG_HEIGHT]);
  });
});

describe('mapLimit', () => {
  it('runs every item once', async () => {
    const seen: number[] = [];
    await mapLimit([1, 2, 3, 4, 5], 2, async (n) => {
      seen.push(n);
    });
    expect(seen.sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
