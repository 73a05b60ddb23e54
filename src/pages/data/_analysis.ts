import { IS_DRAFT, textOf } from '../../lib/edition/texts.ts';
import { getCollection } from 'astro:content';
import { z } from 'astro/zod';
import { inTextOrder, type SentenceText } from '../../lib/analysis.ts';
import {
  commitmentsFileSchema,
  formulationsFileSchema,
  topicSchema,
  type CheckedDocument,
  type Commitment,
  type Formulation,
  type PartSummary,
  type Topic,
} from '../../lib/schemas/analysis.ts';

export interface AnalysisInput {
  topics: Topic[];
  summaries: PartSummary[];
  asOf: string;
  commitments: Commitment[];
  documentsChecked: CheckedDocument[];
  formulations: Formulation[];
  /** Every sentence of the statement, both languages, by id. */
  sentences: Map<string, SentenceText>;
}

/** The edition's analysis, read once from the content collections; ids are checked here so a typo fails the build. */
export async function analysisInput(): Promise<AnalysisInput> {
  const parts = (await getCollection('parts')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const sentences = new Map<string, SentenceText>();
  for (const pair of parts.flatMap((p) => p.paragraphs)) {
    textOf(pair, 'zh').sentences.forEach((s, i) =>
      sentences.set(s.id, { id: s.id, zh: s.text, en: textOf(pair, 'en').sentences[i]?.text ?? '' }),
    );
  }
  const [commitmentsEntry] = await getCollection('commitments');
  const [formulationsEntry] = await getCollection('formulations');
  // A draft edition (an imported statement) has no analysis yet: the pages say there is none.
  if ((!commitmentsEntry || !formulationsEntry) && !IS_DRAFT)
    throw new Error('content/analysis/: commitments.yaml or formulations.yaml is missing.');
  const commitments = inTextOrder(commitmentsEntry?.data.commitments ?? []);
  const missing = commitments.filter((c) => !sentences.has(c.sentence)).map((c) => c.sentence);
  if (missing.length > 0) {
    throw new Error(
      `content/analysis/commitments.yaml names sentences the statement does not have: ${missing.join(', ')}.\n  Fix: use a sentence id from content/statement/zh/*.mdx (<S id="…">).`,
    );
  }
  return {
    topics: (await getCollection('topics')).map((e) => e.data),
    summaries: (await getCollection('partSummaries')).map((e) => e.data),
    asOf: commitmentsEntry?.data.asOf ?? new Date().toISOString().slice(0, 10),
    commitments,
    documentsChecked: formulationsEntry?.data.documentsChecked ?? [],
    formulations: formulationsEntry?.data.formulations ?? [],
    sentences,
  };
}

/** /data/topics.json: `{ topics: [{ key, name: { zh, en }, paragraphs }] }`. */
export const topicsFileSchema = z.object({
  topics: z.array(topicSchema).describe('The edition’s topics, each with its paragraphs.'),
});
export const topicsJson = ({ topics }: AnalysisInput) => topicsFileSchema.parse({ topics });
/** /data/commitments.json: `{ asOf, commitments: [{ sentence, actor, modality, topic, status, followUp }] }` and more. */
export const commitmentsJson = ({ asOf, commitments }: AnalysisInput) =>
  commitmentsFileSchema.parse({ asOf, commitments });
/** /data/formulations.json: `{ documentsChecked, formulations }`. */
export const formulationsJson = ({ documentsChecked, formulations }: AnalysisInput) =>
  formulationsFileSchema.parse({ documentsChecked, formulations });

// The published schemas are generated from the same zod schemas that read the content, so they cannot drift.
const jsonSchema = (schema: z.ZodType, title: string) => ({ title, ...z.toJSONSchema(schema, { io: 'output' }) });
export const topicsJsonSchema = () =>
  jsonSchema(
    topicsFileSchema,
    'Topics of the China–Kazakhstan Joint Statement of 14 September 2022 (the edition’s analysis)',
  );
export const commitmentsJsonSchema = () =>
  jsonSchema(
    commitmentsFileSchema,
    'Commitments of the China–Kazakhstan Joint Statement of 14 September 2022 and their follow-through (the edition’s analysis)',
  );
export const formulationsJsonSchema = () =>
  jsonSchema(
    formulationsFileSchema,
    'Formulations of the China–Kazakhstan Joint Statement of 14 September 2022 traced through earlier documents (the edition’s analysis)',
  );
