import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { PARTS } from '../lib/ids.ts';
import {
  LOCALES,
  citePath,
  glossaryPath,
  homePath,
  instrumentPath,
  interfacePath,
  partPath,
  readingVariants,
  searchPath,
  wholePath,
  withBase,
} from '../lib/routes.ts';

/** Every page a search engine should index, in both interfaces: homes, reading views, register, glossary, cite pages, data, about, the edition's analysis. */
export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const keys = (await getCollection('instruments')).map((e) => e.data.key);
  const paths = [
    ...LOCALES.map(homePath),
    ...readingVariants().flatMap(({ view, locale }) => [
      wholePath(view, locale),
      ...PARTS.map((part) => partPath(part.slug, view, locale)),
    ]),
    ...LOCALES.flatMap((locale) => [
      instrumentPath(undefined, locale),
      ...keys.map((key) => instrumentPath(key, locale)),
      glossaryPath(locale),
      citePath(undefined, locale),
      interfacePath(locale, '/data/'),
      interfacePath(locale, '/about/'),
      searchPath(locale),
      ...['/topics/', '/commitments/', '/formulations/'].map((p) => interfacePath(locale, p)),
    ]),
  ];
  const urls = paths.map((p) => `  <url><loc>${new URL(withBase(base, p), site).href}</loc></url>`).join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
    {
      headers: { 'Content-Type': 'application/xml' },
    },
  );
};
