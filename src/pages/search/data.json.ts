import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { searchRecords } from '../../lib/search-data.ts';

/** Both languages' text of every paragraph, register entry and glossary term: the Chinese pass and the result cards read it. */
export const GET: APIRoute = async () => {
  const parts = (await getCollection('parts')).map((entry) => entry.data);
  const instruments = (await getCollection('instruments')).map((entry) => entry.data);
  const terms = (await getCollection('glossary')).map((entry) => entry.data);
  const topicsOf = new Map<string, string[]>();
  for (const { data } of await getCollection('topics')) {
    for (const id of data.paragraphs) topicsOf.set(id, [...(topicsOf.get(id) ?? []), data.key]);
  }
  return new Response(JSON.stringify(searchRecords(parts, instruments, terms, topicsOf)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
