import { getCollection, type CollectionEntry } from 'astro:content';
import { notesByParagraph, type TranslatorNote } from './notes.ts';
import { marksByParagraph, type ParagraphMarks } from './analysis.ts';
import { IS_DRAFT, PRIMARY, textOf } from './edition/texts.ts';

/**
 * What the reading pages render, read from the collections and checked once
 * (as Starlight computes its route data once per page): the parts in order,
 * the register entries the footnotes name, the translator's notes and the
 * analysis marks by paragraph, the part summaries. Components receive it;
 * they do not query collections or run checks themselves. In a build it is
 * made once for every page; `astro dev` makes it per request, so an edited
 * file shows at once.
 */
export interface ReadingData {
  parts: CollectionEntry<'parts'>['data'][];
  instruments: Map<string, CollectionEntry<'instruments'>['data']>;
  notes: Map<string, TranslatorNote[]>;
  marks: Map<string, ParagraphMarks>;
  summaries: Map<string, CollectionEntry<'partSummaries'>['data']>;
}

async function load(): Promise<ReadingData> {
  const parts = (await getCollection('parts')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
  // The translator's notes are checked against the primary text's sentences (a note on a sentence that does not exist fails).
  const sentenceIds = new Set(
    parts.flatMap((p) => p.paragraphs.flatMap((pair) => textOf(pair, PRIMARY).sentences.map((s) => s.id))),
  );
  const summaries = new Map((await getCollection('partSummaries')).map((entry) => [entry.data.part, entry.data]));
  // A published edition summarises every part; a draft (an imported statement) may have none yet.
  const unsummarised = IS_DRAFT ? [] : parts.filter((part) => !summaries.has(part.slug));
  if (unsummarised.length) {
    throw new Error(
      `content/analysis/summaries.yaml has no summary for ${unsummarised.map((p) => `part "${p.slug}"`).join(', ')}.\n  Fix: add "- part: ${unsummarised[0]?.slug ?? ''}" with zh and en.`,
    );
  }
  const [commitments] = await getCollection('commitments');
  const [formulations] = await getCollection('formulations');
  return {
    parts,
    instruments: new Map((await getCollection('instruments')).map((entry) => [entry.data.key, entry.data])),
    notes: notesByParagraph(
      (await getCollection('notes')).map((entry) => entry.data),
      sentenceIds,
    ),
    marks: marksByParagraph(commitments?.data.commitments ?? [], formulations?.data.formulations ?? []),
    summaries,
  };
}

let built: Promise<ReadingData> | undefined;

export function readingData(): Promise<ReadingData> {
  if (!import.meta.env.PROD) return load();
  built ??= load();
  return built;
}
