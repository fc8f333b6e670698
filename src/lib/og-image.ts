/**
 * Open Graph images (1200×630 PNG) drawn at build time from text: satori lays the text out
 * with the font shipped in src/assets/fonts (nothing is fetched), sharp turns the SVG into PNG.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const fontDir = join(process.cwd(), 'src/assets/fonts');
let fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[] | undefined;
const loadFonts = () =>
  (fonts ??= [
    {
      name: 'Noto Sans',
      data: readFileSync(join(fontDir, 'noto-sans-latin-400-normal.woff')),
      weight: 400,
      style: 'normal',
    },
    {
      name: 'Noto Sans',
      data: readFileSync(join(fontDir, 'noto-sans-latin-700-normal.woff')),
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

export async function renderOgImage(card: OgCard): Promise<Buffer> {
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
  const svg = await satori(tree as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: loadFonts(),
  });
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
}
