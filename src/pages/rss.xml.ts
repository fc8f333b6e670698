/**
 * RSS feed of the articles and of their dated updates, newest first: the latest
 * siteConfig.listing.feedItems of them (30), so the feed stays small at any size of the site.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/site-data.ts';
import { absoluteUrl } from '../lib/base-path.ts';
import { articlePath } from '../lib/internal-links.ts';
import { toUtcDate } from '../lib/dates.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const { articles } = await getSiteData();
  const items = [
    ...articles.map((a) => ({
      title: a.data.title,
      description: a.data.description,
      pubDate: toUtcDate(a.data.published),
      link: absoluteUrl(articlePath(a.id), site),
      categories: a.data.topics,
    })),
    ...articles.flatMap((a) =>
      a.data.updates.map((u) => ({
        title: `Updated: ${a.data.title}`,
        description: u.summary,
        pubDate: toUtcDate(u.date),
        link: `${absoluteUrl(articlePath(a.id), site)}#updates`,
        categories: a.data.topics,
      })),
    ),
  ]
    .sort((x, y) => y.pubDate.getTime() - x.pubDate.getTime())
    .slice(0, siteConfig.listing.feedItems);
  return rss({
    title: siteConfig.name,
    description: siteConfig.description,
    site: absoluteUrl('', site),
    items,
    customData: `<language>${siteConfig.lang}</language>`,
  });
};
