/**
 * One Open Graph image per article, plus "site" for every other page. Built at build time: the
 * PNGs come from the image cache (src/lib/og-image.ts), and the ones missing from it are drawn
 * a few at a time here, before Astro asks for each file.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../lib/site-data.ts';
import { ogStatsLine, prepareOgImages, type OgCard } from '../../lib/og-image.ts';
import { siteConfig } from '../../site.config.ts';
import { ARTICLE_TYPE_LABELS } from '../../lib/vocabulary.ts';

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
  const { files, stats } = await prepareOgImages(pages.map((p) => p.card));
  console.log(ogStatsLine(stats));
  return pages.map((p, i) => ({ params: { slug: p.slug }, props: { file: files[i]! } }));
};

export const GET: APIRoute = async ({ props }) => {
  const png = await readFile((props as { file: string }).file);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
