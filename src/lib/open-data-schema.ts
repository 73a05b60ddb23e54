import { z } from 'astro/zod';
import { TEXTS } from './edition/texts.ts';
import { PARAGRAPH_ID_PATTERN, SENTENCE_ID_PATTERN } from './edition/id-format.ts';
import { PARTS } from './ids.ts';

/**
 * The shape of /data/statement.json, declared once: the builder in
 * `open-data.ts` returns `StatementJson` (derived from it) and parses its
 * output through it, and the published JSON Schema is generated from it. The
 * objects are strict, so a field the builder adds and this schema does not
 * name fails the build instead of being published undescribed.
 */

const bilingual = z.strictObject({
  zh: z.string().describe('Chinese.'),
  en: z.string().describe('English.'),
});

export const provenanceSchema = z.strictObject({
  title: bilingual.describe('The title of the statement.'),
  signed: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('Date of signature (YYYY-MM-DD).'),
  place: bilingual.describe('Place of signature.'),
  parties: z.array(bilingual).describe('The states that made the statement.'),
  sourceSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the authentic Chinese source file the text is checked against.'),
  sourceFile: z.string().describe('Name of that source file.'),
  publishedBy: z.array(z.string()).describe('Where the authentic Chinese text was published.'),
  licence: bilingual.describe('Licence of the English translation and the annotations; status of the Chinese text.'),
  translation: z.string().describe('Status of the English translation.'),
  site: z.string().describe('Address of the edition this file comes from.'),
});

const sentenceSchema = z.strictObject({
  id: z
    .string()
    .regex(new RegExp(`^${SENTENCE_ID_PATTERN}$`))
    .describe('Stable sentence id: the paragraph id, a dot and the sentence number.'),
  zh: z.string().describe('The sentence in the authentic Chinese text.'),
  en: z.string().describe('Its counterpart in the English translation.'),
});

const paragraphSchema = z.strictObject({
  id: z
    .string()
    .regex(new RegExp(`^${PARAGRAPH_ID_PATTERN}$`))
    .describe('Stable paragraph id; never renamed or removed.'),
  label: bilingual.describe('How the paragraph is cited: II.5 / 二.5.'),
  zh: z.string().describe('The authentic Chinese text.'),
  en: z.string().describe("The edition's unofficial English translation."),
  sentences: z
    .array(sentenceSchema)
    .describe('The paragraph sentence by sentence, each Chinese sentence with its English.'),
  cites: z.array(z.string()).describe('Keys of the register entries the paragraph mentions (see instruments.json).'),
  // Only an edition with texts beyond Chinese and English has this field (its schema says so; this one does not).
  ...(TEXTS.length > 2
    ? {
        other: z
          .record(z.string(), z.string())
          .optional()
          .describe('The paragraph in the edition’s texts beyond Chinese and English, by text code.'),
      }
    : {}),
});

const partSchema = z.strictObject({
  slug: z.enum(PARTS.map((part) => part.slug) as [string, ...string[]]).describe('The part, as in its address.'),
  title: bilingual.describe('The part heading.'),
  subject: bilingual.describe("The editor's description, not statement text."),
  paragraphs: z.array(paragraphSchema).describe('The paragraphs of the part, in order.'),
});

export const statementSchema = z
  .strictObject({
    $schema: z.string().describe('Address of this JSON Schema.'),
    provenance: provenanceSchema.describe(
      'Title, date and place of signature, parties, the source file and its SHA-256, publication, licence, translation status.',
    ),
    dateline: z.string().describe('The news agency dateline printed after the signatures (not statement text).'),
    parts: z.array(partSchema).describe('Preamble, sections 一–五, closing, in order.'),
  })
  .meta({ title: 'China–Kazakhstan Joint Statement of 14 September 2022: bilingual edition' });

export type Provenance = z.infer<typeof provenanceSchema>;
export type StatementJson = z.infer<typeof statementSchema>;

/** JSON Schema (2020-12) of /data/statement.json, published beside it; generated, never written by hand. */
export const STATEMENT_SCHEMA = z.toJSONSchema(statementSchema, { io: 'output' });
