import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { PARTS } from '../lib/ids.ts';
import { VIEWS, homePath, interfacePath, partPath, wholePath, withBase } from '../lib/routes.ts';

/** Every page a search engine should index: homes, reading views, register, glossary, cite pages, about. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const instruments = (await getCollection('instruments')).map((e) => `/instruments/${e.data.key}/`);
  const paths = [
    homePath('en'),
    homePath('zh'),
    ...VIEWS.flatMap((view) => [wholePath(view), ...PARTS.map((part) => partPath(part.slug, view))]),
    '/instruments/',
    ...instruments,
    '/glossary/',
    '/cite/',
    '/about/',
    '/search/',
    ...(['en', 'zh'] as const).flatMap((locale) =>
      ['/topics/', '/commitments/', '/formulations/'].map((p) => interfacePath(locale, p)),
    ),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(withBase(base, p), site).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};
