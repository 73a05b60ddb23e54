import { PRIMARY, TEXTS, textOf } from '../../lib/edition/texts.ts';
import { getCollection } from 'astro:content';
import { PARAGRAPH_IDS } from '../../lib/ids.ts';
import { statementFacts } from '../../lib/edition-facts.ts';
import { hasOwnStyles } from '../../lib/citation.ts';

/** What the cite pages cite: the statement's facts, the printings of the authentic text, and every citable id. */
export async function citeInput() {
  const [edition] = await getCollection('edition');
  if (!edition) throw new Error('The cite pages need content/source/edition.json.');
  const parts = (await getCollection('parts')).map((p) => p.data).sort((a, b) => a.order - b.order);
  const pairs = parts.flatMap((part) => part.paragraphs);
  const sentenceIds = pairs.flatMap((pair) => textOf(pair, PRIMARY).sentences.map((s) => s.id));
  // The texts written for each paragraph and each of its sentences (a draft's pending translation is not cited).
  const writtenIn = new Map(
    pairs.flatMap((pair) => {
      const codes = TEXTS.map((t) => t.code).filter((code) => pair.texts[code] && !pair.texts[code].pending);
      return [pair.id, ...textOf(pair, PRIMARY).sentences.map((s) => s.id)].map((id): [string, string[]] => [
        id,
        codes,
      ]);
    }),
  );
  return {
    facts: statementFacts(edition.data),
    sources: edition.data.authenticSources,
    /** Paragraph ids, then sentence ids (`s4-5.1`), in source order. */
    ids: [...PARAGRAPH_IDS, ...sentenceIds],
    /** The sentence ids of each paragraph. */
    sentencesOf: new Map(pairs.map((pair) => [pair.id, textOf(pair, PRIMARY).sentences.map((s) => s.id)])),
    /** The codes of the texts written for an id (every text for the whole statement). */
    writtenIn: (id: string | undefined) => (id ? (writtenIn.get(id) ?? []) : TEXTS.map((t) => t.code)),
    /** The texts cited on their own, with files of their own (`/cite/<id>.<code>.json`): those with no style of their language. */
    ownFiles: TEXTS.filter((text) => !hasOwnStyles(text)).map((text) => text.code),
  };
}
