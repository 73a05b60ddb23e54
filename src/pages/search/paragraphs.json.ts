import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { searchParagraphs } from '../../lib/search-data.ts';

/** Both languages' text of every paragraph: the Chinese search pass and the result cards read it. */
export const GET: APIRoute = async () => {
  const parts = (await getCollection('parts')).map((entry) => entry.data);
  return new Response(JSON.stringify(searchParagraphs(parts)), { headers: { 'Content-Type': 'application/json' } });
};
