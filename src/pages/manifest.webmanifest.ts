import type { APIRoute } from 'astro';
import { withBase } from '../lib/base-path.ts';
import { siteConfig } from '../site.config.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: siteConfig.name,
      short_name: 'AI Chats Explained',
      description: siteConfig.description,
      lang: siteConfig.lang,
      start_url: withBase(''),
      scope: withBase(''),
      display: 'browser',
      background_color: '#ffffff',
      theme_color: '#1d4ed8',
      icons: [
        { src: withBase('favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
        { src: withBase('icon-192.png'), sizes: '192x192', type: 'image/png' },
        { src: withBase('icon-512.png'), sizes: '512x512', type: 'image/png' },
      ],
    }),
    { headers: { 'content-type': 'application/manifest+json' } },
  );
