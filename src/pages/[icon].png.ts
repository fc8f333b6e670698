/** PNG app icons for the web manifest, rendered at build time from public/favicon.svg. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

export const getStaticPaths: GetStaticPaths = () => [
  { params: { icon: 'icon-192' }, props: { size: 192 } },
  { params: { icon: 'icon-512' }, props: { size: 512 } },
];

export const GET: APIRoute = async ({ props }) => {
  const size = (props as { size: number }).size;
  const svg = readFileSync(join(process.cwd(), 'public/favicon.svg'));
  const png = await sharp(svg, { density: 72 * (size / 32) })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
