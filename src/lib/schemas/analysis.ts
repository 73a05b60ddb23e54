import { z } from 'zod';
import { ACTOR_KEYS, MODALITY_KEYS } from '../commitment-rule.ts';
import { SENTENCE_ID_PATTERN } from '../edition/id-format.ts';
import { PARAGRAPH_IDS, PARTS } from '../ids.ts';
import { isoish } from './fields.ts';

/*
 * The edition's analysis (content/analysis/): topics, part summaries,
 * commitments, formulations. Declared here once: the collections read the
 * files through these schemas, and the published JSON Schemas
 * (/data/topics.schema.json, …) are generated from them.
 */

const paragraphId = z
  .enum(PARAGRAPH_IDS as [string, ...string[]], { error: 'a paragraph id such as s2-5' })
  .describe('A paragraph id of the statement, e.g. s2-5.');
const analysisText = z
  .object({ zh: z.string().min(1).describe('Chinese.'), en: z.string().min(1).describe('English.') })
  .describe('The edition’s own wording, in both languages.');
const topicKey = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .describe('Key of a topic in content/analysis/topics.yaml.');

/** A subject the statement speaks of, and the paragraphs where it does. */
export const topicSchema = z.object({
  key: topicKey.describe('Stable slug of the topic; its anchor on /topics/.'),
  name: z
    .object({ zh: z.string().min(1).describe('Chinese name.'), en: z.string().min(1).describe('English name.') })
    .describe('The topic’s name in both languages.'),
  paragraphs: z.array(paragraphId).min(1).describe('Paragraphs that speak of it, in text order.'),
});
export type Topic = z.infer<typeof topicSchema>;

/** The edition's two-sentence summary of one part. */
export const partSummarySchema = z.object({
  part: z.enum(PARTS.map((p) => p.slug) as [string, ...string[]]).describe('The part summarised.'),
  zh: z.string().min(1).describe('The summary in Chinese: two sentences.'),
  en: z.string().min(1).describe('The summary in English: two sentences.'),
});
export type PartSummary = z.infer<typeof partSummarySchema>;

const sourceKind = z
  .enum(['official-text', 'official-record', 'report', 'reference'])
  .describe(
    'What the source is: the official text of a document, an official record (announcement, ministry page), a report (news), or a reference work.',
  );

/** Something that happened after the statement, with the source that records it. */
export const followUpSchema = z.object({
  date: isoish.describe('When it happened: YYYY, YYYY-MM or YYYY-MM-DD.'),
  event: analysisText.describe('What happened, in the edition’s words.'),
  source: z
    .object({
      url: z.url().describe('Address of the source.'),
      publisher: z.string().min(1).describe('Who published it.'),
      kind: sourceKind,
    })
    .describe('The source of the event.'),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const COMMITMENT_STATUSES = [
  'fulfilled',
  'in-progress',
  'no-public-record',
  'superseded',
  'not-tracked',
] as const;

/** One committing sentence, reviewed by hand. */
export const commitmentSchema = z.object({
  sentence: z
    .string()
    .regex(new RegExp(`^${SENTENCE_ID_PATTERN}$`), 'a sentence id such as s2-5.2')
    .describe('The sentence id, e.g. s2-5.2; the build fails if the text has no such sentence.'),
  actor: z.enum(ACTOR_KEYS).describe('Who commits: both sides, China, Kazakhstan, or the heads of state.'),
  modality: z
    .enum(MODALITY_KEYS)
    .describe(
      'How firmly, by the Chinese verb: will 将, agree 同意/商定, are committed to 致力于, are ready to 愿, reaffirm 重申/恪守, support 支持/赞成, welcome 欢迎, advocate 主张, call for 呼吁, oppose 反对/谴责.',
    ),
  topic: topicKey.describe('The topic the commitment is about.'),
  kind: z
    .enum(['concrete', 'declaratory'])
    .describe(
      'Concrete: a deliverable whose follow-through can be recorded (an agreement, a crossing, a centre…). Declaratory: a position or principle.',
    ),
  status: z
    .enum(COMMITMENT_STATUSES)
    .default('not-tracked')
    .describe(
      'Follow-through as of asOf: fulfilled, in-progress, no-public-record (searched, nothing found), superseded; not-tracked for declaratory commitments.',
    ),
  note: analysisText.optional().describe('What the status rests on, where sources disagree, what was not found.'),
  ruleDiffers: analysisText.optional().describe('Where the review departs from the rule’s first reading, and why.'),
  followUp: z.array(followUpSchema).default([]).describe('Dated events since September 2022, each with its source.'),
});
export type Commitment = z.infer<typeof commitmentSchema>;

export const commitmentsFileSchema = z.object({
  asOf: z.iso.date().describe('The date the follow-through was last checked.'),
  commitments: z.array(commitmentSchema).describe('Every committing sentence, reviewed.'),
});

/** A China–Kazakhstan document checked for the history of formulations. */
export const checkedDocumentSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable slug of the document.'),
  date: isoish.describe('Date of signature or publication.'),
  title: analysisText.describe('Title in Chinese and English.'),
  url: z.url().describe('Where the text (or the part of it checked) was read.'),
  publisher: z.string().min(1).describe('Who publishes that page.'),
  coverage: z
    .enum(['full', 'excerpt', 'quoted', 'report', 'title'])
    .describe(
      'How much of it could be checked: the full text, an excerpt, passages quoted elsewhere, a news summary, or the title only.',
    ),
  seen: analysisText.describe('Which parts were seen.'),
});
export type CheckedDocument = z.infer<typeof checkedDocumentSchema>;

/** A key formulation (提法) of the statement and its history. */
export const formulationSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable slug; its anchor on /formulations/.'),
  zh: z.string().min(1).describe('The formulation as the Chinese text writes it (a quotation).'),
  en: z.string().min(1).describe('Its English, as in this edition’s translation.'),
  paragraphs: z.array(paragraphId).min(1).describe('Paragraphs where the 2022 statement uses it.'),
  firstSeen: z
    .object({
      date: isoish.describe('Date of that document.'),
      document: z.string().describe('Key of the document in documentsChecked.'),
    })
    .describe('Earliest among the documents checked — not necessarily the first ever.'),
  newIn2022: z
    .boolean()
    .describe('True only where the earlier documents checked, in the parts that could be read, lack it.'),
  history: z
    .array(z.object({ document: z.string().describe('Key of a later document checked.'), ...analysisText.shape }))
    .default([])
    .describe('Later documents that repeat or change it.'),
  basis: analysisText.describe('What the finding rests on.'),
});
export type Formulation = z.infer<typeof formulationSchema>;

export const formulationsFileSchema = z.object({
  documentsChecked: z.array(checkedDocumentSchema).describe('The documents checked, in date order.'),
  formulations: z.array(formulationSchema).describe('The key formulations.'),
});
