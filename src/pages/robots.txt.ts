import type { APIContext } from 'astro';
import { absoluteUrl } from '../lib/base-path.ts';

/** robots.txt with the sitemap's absolute URL, which depends on SITE_URL and SITE_BASE. */
export function GET(context: APIContext): Response {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl('sitemap-index.xml', context.site)}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
