import type { APIRoute } from 'astro';
import { withBase } from '../lib/routes.ts';

/** Everything may be crawled (the short-link redirects say noindex themselves, and share previews need them); the sitemap lists the pages. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nSitemap: ${new URL(withBase(import.meta.env.BASE_URL, '/sitemap.xml'), site).href}\n`,
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
