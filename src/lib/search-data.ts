import { otherTexts } from './edition/texts.ts';
import { paragraphLabel } from './ids.ts';
import { partPath } from './routes.ts';
import type { SearchRecord } from './search.ts';
import type { RegisterEntry } from './schemas/register.ts';
import type { GlossaryTerm } from './schemas/glossary.ts';

interface PartLike {
  slug: string;
  order: number;
  titles: Record<string, { title: string; subject: string }>;
  paragraphs: { id: string; texts: Record<string, { text: string; pending?: boolean | undefined }> }[];
}

const flat = (text: string | undefined) => (text ?? '').replace(/\n/g, ' ');

/** What the search records take from a register entry and a glossary term: their schemas' fields, by name. */
type InstrumentLike = Pick<RegisterEntry, 'key' | 'annotation'> & { name: Pick<RegisterEntry['name'], 'zh' | 'en'> };
type TermLike = Pick<GlossaryTerm, 'slug' | 'zh' | 'en' | 'definition'>;

const LABELS = {
  instrument: { zh: '援引文件', en: 'Document cited' },
  term: { zh: '术语', en: 'Glossary' },
};

/** Everything the browser searches: each paragraph in both languages, then the register and the glossary. */
export function searchRecords(
  parts: readonly PartLike[],
  instruments: readonly InstrumentLike[],
  terms: readonly TermLike[],
  /** Paragraph id → keys of the edition's topics (for the topic filter). */
  topicsOf: ReadonlyMap<string, string[]> = new Map(),
): SearchRecord[] {
  const paragraphs = [...parts]
    .sort((a, b) => a.order - b.order)
    .flatMap((part) =>
      part.paragraphs.map((p): SearchRecord => ({
        id: p.id,
        kind: 'paragraph',
        part: part.slug,
        order: part.order,
        label: { zh: paragraphLabel(p.id, 'zh'), en: paragraphLabel(p.id, 'en') },
        // What the part is about, so a result reads “IV.12 · Economy, trade, energy and connectivity”.
        partTitle: { zh: part.titles.zh?.subject ?? '', en: part.titles.en?.subject ?? '' },
        path: partPath(part.slug),
        anchor: p.id,
        zh: flat(p.texts.zh?.text),
        en: flat(p.texts.en?.text),
        // A text beyond Chinese and English (an edition with a third text) is searched by its own words.
        ...otherTexts(p.texts, flat),
        ...(topicsOf.has(p.id) ? { topics: topicsOf.get(p.id) } : {}),
      })),
    );
  const entries = [...instruments]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((e): SearchRecord => ({
      id: `instrument:${e.key}`,
      kind: 'instrument',
      part: 'instruments',
      order: 7,
      label: LABELS.instrument,
      partTitle: { zh: '', en: '' },
      path: `/instruments/${e.key}/`,
      // Names only: enough to find and show an entry by name in either language without
      // shipping the whole register to every first query. Pagefind indexes the full English.
      zh: e.name.zh,
      en: e.name.en,
    }));
  const glossary = [...terms]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map((t): SearchRecord => ({
      id: `term:${t.slug}`,
      kind: 'term',
      part: 'glossary',
      order: 8,
      label: LABELS.term,
      partTitle: { zh: '', en: '' },
      path: '/glossary/',
      anchor: t.slug,
      zh: t.zh,
      en: t.en,
    }));
  return [...paragraphs, ...entries, ...glossary];
}
