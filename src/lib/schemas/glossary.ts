import { z } from 'zod';
import { bilingual } from './fields.ts';

/**
 * A glossary term (content/glossary/<slug>.yaml), declared once: the
 * glossary collection, the translation check and the search index all read
 * the files through it (src/lib/glossary-loader.ts). Strict at every level, so
 * a field the schema does not name is refused rather than silently dropped.
 */
export const glossaryTerm = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable slug; equals the file name; the anchor on the glossary page.'),
  zh: z.string().describe('The term as the Chinese text writes it.'),
  zhVariants: z.array(z.string()).describe('Other forms in the Chinese text that mean the same (short forms).'),
  en: z.string().describe('The English rendering this edition uses, everywhere.'),
  enVariants: z.array(z.string()).describe('Other forms the English uses legitimately (abbreviations, plurals).'),
  category: z
    .enum([
      'relationship',
      'formula',
      'initiative',
      'organisation',
      'mechanism',
      'programme',
      'project',
      'place',
      'legal',
      'person',
      'office',
      'state',
      'event',
      'document',
    ])
    .describe('What sort of term it is.'),
  properName: z
    .boolean()
    .optional()
    .describe(
      'Whether the term is a proper name, capitalised word by word in its pinyin. Absent: the category decides (state, place, person, organisation, mechanism, event, programme, project, initiative and document are names). Set false for a generic term in a name category (联合声明, 文化中心).',
    ),
  rendering: z
    .object({
      source: z.string().describe('Where the rendering is established.'),
      url: z.url().nullable().describe('A page that shows it, if one was seen.'),
    })
    .describe('Provenance of the English rendering.'),
  alternatives: z
    .array(z.strictObject({ en: z.string(), usedBy: z.string() }))
    .optional()
    .describe('Other renderings a reader may meet, and who uses them.'),
  definition: bilingual.describe('A short neutral definition.'),
  forms: z
    .record(z.string().regex(/^[a-z]{2,3}$/), z.array(z.string().min(1)).min(1))
    .optional()
    .describe(
      'The term in the edition’s other texts, by text code (a third text such as ru): the forms its text uses, marked there as zh and en are in theirs. A text without forms here is not marked.',
    ),
});

export type GlossaryTerm = z.infer<typeof glossaryTerm>;
