import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { TEXTS } from '../../lib/edition/texts.ts';
import { paragraphLabel } from '../../lib/ids.ts';
import { cardTexts, shareImage, type CardText } from '../../lib/share-image.ts';
import { textsNote } from '../../lib/text-labels.ts';
import { t } from '../../i18n/index.ts';

/** /og/<id>.png for every paragraph and /og/statement.png: the images shown when a link is shared. */
export async function getStaticPaths() {
  const parts = (await getCollection('parts')).map((p) => p.data);
  const [edition] = await getCollection('edition');
  const pairs = parts.flatMap((part) => part.paragraphs);
  // The statement's title in each text the edition's facts give it in (a text without one is left out, never made up).
  const titles = Object.fromEntries(
    TEXTS.flatMap((text) => {
      const title = (edition?.data.title as Record<string, string> | undefined)?.[text.code];
      return title === undefined ? [] : [[text.code, { text: title }]];
    }),
  );
  return [
    ...pairs.map((pair) => ({
      params: { image: pair.id },
      props: {
        label: `${paragraphLabel(pair.id, 'en')} · ${paragraphLabel(pair.id, 'zh')}`,
        texts: cardTexts(pair.texts),
      },
    })),
    {
      params: { image: 'statement' },
      props: { label: edition ? `${edition.data.signed} · ${edition.data.place.en}` : '', texts: cardTexts(titles) },
    },
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const { label, texts } = props as { label: string; texts: CardText[] };
  const codes = texts.map((text) => text.code);
  // Unchanged paragraphs come from the content-hash cache instead of being redrawn (see share-image-cache.ts).
  const { png } = await shareImage({
    label,
    texts,
    site: t('en', 'site.name'),
    footer: `${textsNote('en', codes)} · ${textsNote('zh', codes)}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
