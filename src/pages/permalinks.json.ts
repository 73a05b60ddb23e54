import { textOf } from '../lib/edition/texts.ts';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { permalinks } from '../lib/routes.ts';

/**
/**
 * Every paragraph id and every sentence id → its canonical path and fragment,
 * under the base path the site is built for. A public contract: ids are only
 * ever added.
 */
export const GET: APIRoute = async () => {
  const parts = (await getCollection('parts')).map((p) => p.data).sort((a, b) => a.order - b.order);
  const sentences = parts.flatMap((part) => part.paragraphs.flatMap((p) => textOf(p, 'zh').sentences.map((s) => s.id)));
  return new Response(`${JSON.stringify(permalinks(sentences, import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
