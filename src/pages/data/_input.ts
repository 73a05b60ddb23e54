import { getCollection } from 'astro:content';
import { primarySource } from '../../lib/edition/current.ts';

const { recordedDigest } = primarySource();
import type { OpenPart, Provenance } from '../../lib/open-data.ts';
import { withBase } from '../../lib/routes.ts';

/** Everything the open-data files are made from, read from the content collections. */
export async function openDataInput(
  site: URL,
  base: string,
): Promise<{ provenance: Provenance; parts: OpenPart[]; dateline: string; authenticZh: string }> {
  const parts = (await getCollection('parts')).map((entry) => entry.data);
  const [edition] = await getCollection('edition');
  if (!edition) throw new Error('content/source/edition.json has no "statement" entry.');
  const e = edition.data;
  return {
    provenance: {
      title: e.title,
      signed: e.signed,
      place: { zh: e.place.zh, en: e.place.en },
      parties: e.parties,
      sourceSha256: recordedDigest.split(/\s+/)[0] ?? '',
      sourceFile: 'statement.zh.txt',
      publishedBy: e.publication.map((p) => p.name),
      licence: e.licence,
      translation: `The English is an unofficial translation by this edition; the ${e.authenticLanguages.en} texts are equally authentic.`,
      site: new URL(withBase(base, '/'), site).href,
    },
    parts: parts.map((p) => ({
      slug: p.slug,
      order: p.order,
      titles: p.titles,
      paragraphs: p.paragraphs.map((pair) => ({ id: pair.id, texts: pair.texts, refs: pair.refs.map((r) => r.id) })),
    })),
    dateline: parts.find((p) => p.slug === 'closing')?.dateline ?? '',
    authenticZh: e.authenticLanguages.zh,
  };
}
