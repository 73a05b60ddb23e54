import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { pinyinOf } from '../lib/glossary.ts';
import { labelIdsIn } from '../lib/ids.ts';

/** What the term cards in the reading view show; loaded on the first card a reader opens. */
export const GET: APIRoute = async () => {
  const terms = (await getCollection('glossary')).map((e) => e.data);
  const body = Object.fromEntries(
    terms.map((t) => [
      t.slug,
      {
        zh: t.zh,
        pinyin: pinyinOf(t),
        en: t.en,
        definition: { en: labelIdsIn(t.definition.en, 'en'), zh: labelIdsIn(t.definition.zh, 'zh') },
      },
    ]),
  );
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
