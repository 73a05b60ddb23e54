import { textOf } from '../../lib/edition/texts.ts';
import { getCollection } from 'astro:content';
import { PARAGRAPH_IDS } from '../../lib/ids.ts';
import { statementFacts } from '../../lib/edition-facts.ts';

/** What the cite pages cite: the statement's facts, the printings of the authentic text, and every citable id. */
export async function citeInput() {
  const [edition] = await getCollection('edition');
  if (!edition) throw new Error('The cite pages need content/source/edition.json.');
  const parts = (await getCollection('parts')).map((p) => p.data).sort((a, b) => a.order - b.order);
  const pairs = parts.flatMap((part) => part.paragraphs);
  const sentenceIds = pairs.flatMap((pair) => textOf(pair, 'zh').sentences.map((s) => s.id));
  return {
    facts: statementFacts(edition.data),
    sources: edition.data.authenticSources,
    /** Paragraph ids, then sentence ids (`s4-5.1`), in source order. */
    ids: [...PARAGRAPH_IDS, ...sentenceIds],
    /** The sentence ids of each paragraph. */
    sentencesOf: new Map(pairs.map((pair) => [pair.id, textOf(pair, 'zh').sentences.map((s) => s.id)])),
  };
}
