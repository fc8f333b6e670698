import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getSiteData } from '../lib/site-data.ts';
import { absoluteUrl } from '../lib/base-path.ts';
import { articlePath } from '../lib/internal-links.ts';
import { siteConfig } from '../site.config.ts';

/** The articles as an RSS feed, newest change first; every URL is absolute under SITE_URL and SITE_BASE. */
export async function GET(context: APIContext): Promise<Response> {
  const { articles } = await getSiteData();
  const items = [...articles]
    .sort((a, b) => b.data.updated.localeCompare(a.data.updated) || a.data.order - b.data.order)
    .map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: new Date(`${article.data.published}T00:00:00Z`),
      link: absoluteUrl(articlePath(article.id), context.site),
    }));
  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    site: absoluteUrl('', context.site),
    items,
    customData: `<language>${siteConfig.lang}</language>`,
  });
}
