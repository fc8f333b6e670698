/**
 * One Open Graph image per article, plus "site" for every other page. Built at build time: the
 * PNGs come from the image cache (src/lib/og-image.ts). The ones missing from it start drawing,
 * a few at a time, as soon as the paths are known; Astro renders the pages that sort before /og/
 * (the articles among them) meanwhile, and each image's GET waits only for its own file.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../lib/site-data.ts';
import { ogImageReady, ogStatsLine, ogWaitLine, startOgImages, type OgCard } from '../../lib/og-image.ts';
import { siteConfig } from '../../site.config.ts';
import { ARTICLE_TYPE_LABELS } from '../../lib/vocabulary.ts';

/** How long page generation waited for images still being drawn: their real cost to the build. */
let images = 0;
let served = 0;
let waitedMs = 0;

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await getSiteData();
  const pages: { slug: string; card: OgCard }[] = [
    {
      slug: 'site',
      card: { kicker: 'Explainer site', title: siteConfig.name, footer: 'Every claim sourced · no tracking' },
    },
    ...articles.map((a) => ({
      slug: a.id,
      card: {
        kicker: ARTICLE_TYPE_LABELS[a.data.type],
        title: a.data.title,
        footer: `${siteConfig.name} · last verified ${a.data.lastVerified}`,
      },
    })),
  ];
  const { files, done } = startOgImages(pages.map((p) => p.card));
  // A failed drawing fails the build through the GET of its image, below.
  done.then(
    (stats) => console.log(ogStatsLine(stats)),
    () => {},
  );
  images = files.length;
  return pages.map((p, i) => ({ params: { slug: p.slug }, props: { file: files[i]! } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { file } = props as { file: string };
  const t0 = performance.now();
  await ogImageReady(file);
  waitedMs += performance.now() - t0;
  if (++served === images) console.log(ogWaitLine(waitedMs));
  const png = await readFile(file);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
