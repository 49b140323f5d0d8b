/** The internal site disallows every crawler; the public one points them to its sitemap. */
import type { APIRoute } from 'astro';
import { isPublicSite } from 'virtual:relais/site';

export const GET: APIRoute = ({ site }) =>
  new Response(
    isPublicSite
      ? `User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap-index.xml', site)}\n`
      : 'User-agent: *\nDisallow: /\n',
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
