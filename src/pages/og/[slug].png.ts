/** One Open Graph image per article, plus "site" for every other page. Built at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../lib/site-data.ts';
import { renderOgImage } from '../../lib/og-image.ts';
import { siteConfig } from '../../site.config.ts';
import { ARTICLE_TYPE_LABELS } from '../../lib/vocabulary.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles } = await getSiteData();
  return [
    {
      params: { slug: 'site' },
      props: { kicker: 'Explainer site', title: siteConfig.name, footer: 'Every claim sourced · no tracking' },
    },
    ...articles.map((a) => ({
      params: { slug: a.id },
      props: {
        kicker: ARTICLE_TYPE_LABELS[a.data.type],
        title: a.data.title,
        footer: `${siteConfig.name} · last verified ${a.data.lastVerified}`,
      },
    })),
  ];
};

export const GET: APIRoute = async ({ props }) => {
  const png = await renderOgImage(props as { kicker: string; title: string; footer: string });
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
