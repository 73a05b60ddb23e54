import { textOf } from '../../lib/edition/texts.ts';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { paragraphLabel } from '../../lib/ids.ts';
import { shareImage } from '../../lib/share-image.ts';
import { t } from '../../i18n/index.ts';

/** /og/<id>.png for every paragraph and /og/statement.png: the images shown when a link is shared. */
export async function getStaticPaths() {
  const parts = (await getCollection('parts')).map((p) => p.data);
  const [edition] = await getCollection('edition');
  const pairs = parts.flatMap((part) => part.paragraphs);
  return [
    ...pairs.map((pair) => ({
      params: { image: pair.id },
      props: {
        label: `${paragraphLabel(pair.id, 'en')} · ${paragraphLabel(pair.id, 'zh')}`,
        zh: textOf(pair, 'zh').text.replace(/\n/g, ' '),
        en: textOf(pair, 'en').text.replace(/\n/g, ' '),
      },
    })),
    {
      params: { image: 'statement' },
      props: { label: '2022-09-14 · Nur-Sultan', zh: edition?.data.title.zh ?? '', en: edition?.data.title.en ?? '' },
    },
  ];
}

export const GET: APIRoute = async ({ props }) => {
  const { label, zh, en } = props as { label: string; zh: string; en: string };
  // Unchanged paragraphs come from the content-hash cache instead of being redrawn (see share-image-cache.ts).
  const { png } = await shareImage({
    label,
    zh,
    en,
    site: t('en', 'site.name'),
    footer: `${t('en', 'share.footer')} · ${t('zh', 'share.footer')}`,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
