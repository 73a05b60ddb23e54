import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { statementLoader } from './lib/statement-loader.ts';

/** Frontmatter of every file in content/statement/{zh,en}/. */
export const partFrontmatter = z.object({
  part: z
    .enum(['preamble', 'section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'closing'])
    .describe('Which part of the statement the file holds; equals the file name without .mdx.'),
  order: z.number().int().min(0).max(6).describe('Position of the part: 0 preamble, 1–5 sections 一–五, 6 closing.'),
  lang: z.enum(['zh-Hans', 'en']).describe('Language of the text: zh-Hans in zh/, en in en/.'),
  title: z
    .string()
    .min(1)
    .describe(
      'The part’s heading in this language: the section numeral as printed (一 / I), or the editor’s name for the preamble and closing.',
    ),
  subject: z
    .string()
    .min(1)
    .describe('The editor’s short description of what the part is about; shown as editorial, never as statement text.'),
});

const signatory = z.object({
  title: z.string().describe('Office of the signatory, as written in the statement.'),
  name: z.string().describe('Name of the signatory, as written in the statement.'),
});

const paragraphText = z.object({
  text: z.string().describe('Plain text of the paragraph in this language.'),
  html: z.string().describe('Rendered inline HTML: sentence spans, footnoted mentions, glossary links.'),
  sentences: z
    .array(
      z.object({
        id: z.string().describe('Sentence id, e.g. s2-5.2.'),
        text: z.string().describe('Its plain text.'),
        refs: z.array(z.string()).describe('Keys of the register entries this sentence mentions.'),
      }),
    )
    .describe('The paragraph’s sentences in this language, as written with <S id> in the source.'),
  signatories: z.array(signatory).describe('For the signature block: the signatories in order; empty otherwise.'),
  file: z.string().describe('Content file the text comes from.'),
  line: z.number().int().describe('Line of the paragraph’s opening tag in that file.'),
});

const partText = z.object({
  title: z.string().describe('Heading of the part in this language.'),
  subject: z.string().describe('Editor’s description of the part in this language.'),
});

/** One part of the statement, paired paragraph by paragraph, built by the statement loader. */
const parts = defineCollection({
  loader: statementLoader({
    checkFrontmatter: (data) => {
      const result = partFrontmatter.safeParse(data);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`) };
    },
  }),
  schema: z.object({
    slug: z.string().describe('URL segment and file name of the part.'),
    order: z.number().int().describe('0 preamble, 1–5 sections, 6 closing.'),
    zh: partText.describe('Chinese heading and description.'),
    en: partText.describe('English heading and description.'),
    paragraphs: z
      .array(
        z.object({
          id: z.string().describe('The public paragraph id (pre-1 … signatures).'),
          kind: z.enum(['paragraph', 'signatures']).describe('A paragraph of text, or the signature block.'),
          sourceLine: z
            .number()
            .int()
            .describe('Line of content/source/statement.zh.txt the Chinese was checked against.'),
          zh: paragraphText.describe('The authentic Chinese text.'),
          en: paragraphText.describe('The edition’s unofficial English translation.'),
          refs: z
            .array(reference('instruments'))
            .describe('Register entries the paragraph mentions, in Chinese order.'),
        }),
      )
      .describe('Paragraphs in source order.'),
    footnotes: z
      .array(
        z.object({
          n: z.number().int().describe('Footnote number within the part, by first mention in the Chinese.'),
          key: reference('instruments').describe('The register entry.'),
          paragraphs: z.array(z.string()).describe('Paragraphs that mention it (back-links).'),
        }),
      )
      .describe('The part’s footnotes: one per register entry it mentions.'),
    dateline: z
      .string()
      .optional()
      .describe('Closing only: the news agency dateline printed after the signatures (provenance).'),
  }),
});

const localized = z.object({ zh: z.string(), en: z.string() });

/** Facts about the statement itself: title, date, place, parties, publication, licence. */
const edition = defineCollection({
  loader: file('content/source/edition.json'),
  schema: z.object({
    title: localized.describe('Official title in Chinese and its English rendering.'),
    titleSources: z
      .array(
        z.object({
          lang: z.enum(['zh', 'en']).describe('Which title the source supports.'),
          name: z.string().describe('Where the title was published.'),
          url: z.url().nullable().describe('Address of that publication, or null where none could be verified.'),
        }),
      )
      .describe('Where each title was found.'),
    signed: z.iso.date().describe('Date of signature (ISO 8601).'),
    place: localized
      .extend({ note: localized.describe('What later happened to the place name.') })
      .describe('Place of signature as named on the day.'),
    parties: z.array(localized).length(2).describe('The two signatory states, in the order the statement names them.'),
    authenticLanguages: localized.describe('The languages whose texts are equally authentic.'),
    publication: z
      .array(z.object({ name: z.string(), url: z.url().nullable() }))
      .describe('Where the Chinese text was first published.'),
    licence: localized.describe('Copyright status of the text and licence of the translation.'),
  }),
});

const bilingual = z.object({ zh: z.string().min(1).describe('Chinese.'), en: z.string().min(1).describe('English.') });
const isoish = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('Date as precise as is known: YYYY, YYYY-MM or YYYY-MM-DD.');

/** The register of every document, instrument, programme, organisation and mechanism the statement names. */
const instruments = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: 'content/instruments',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: z.object({
    key: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Stable slug; equals the file name. Never renamed once published.'),
    kind: z
      .enum([
        'treaty',
        'agreement',
        'joint-statement',
        'joint-declaration',
        'communique',
        'un-resolution',
        'convention',
        'guideline',
        'national-programme',
        'initiative',
        'organisation',
        'mechanism',
        'event',
        'project',
        'plan',
      ])
      .describe('What sort of thing it is; the register page groups by kind.'),
    name: z
      .object({
        zh: z.string().describe('Name exactly as the statement writes it.'),
        en: z.string().describe('Official English name, or the editor’s translation.'),
        enSource: z.string().describe('Where the English name comes from, or “editor’s translation”.'),
      })
      .describe('Names in both languages.'),
    date: isoish.optional(),
    dateKind: z
      .enum(['signed', 'adopted', 'launched', 'proposed', 'established', 'held', 'entered-into-force', 'published'])
      .optional()
      .describe('What the date is the date of.'),
    place: bilingual.optional().describe('Where it was signed, adopted or held.'),
    parties: bilingual.optional().describe('Parties, or the body that adopted it.'),
    urls: z
      .array(
        z.object({
          url: z.url().describe('Address of the official text or page.'),
          publisher: z.string().describe('Who publishes it.'),
          lang: z.string().describe('Language of the page.'),
          verified: z.boolean().describe('True only if the page itself was seen when the entry was checked.'),
        }),
      )
      .describe('Official text or page; empty when none could be found.'),
    status: bilingual.optional().describe('Current status, one neutral sentence.'),
    laterEvents: z
      .array(z.object({ date: isoish, en: z.string(), zh: z.string() }))
      .optional()
      .describe('What happened after the statement, dated.'),
    annotation: bilingual.describe('What it is and why the statement cites it; neutral.'),
    mentions: z
      .array(z.object({ paragraph: z.string(), zh: z.string(), en: z.string() }))
      .describe(
        'Where the statement names it (used to place the <Ref> marks; the build recomputes “cited in” from the text).',
      ),
    sources: z
      .array(z.object({ title: z.string(), url: z.url() }))
      .min(1)
      .describe('What the entry relies on.'),
  }),
});

/** Terms of the text: the English this edition uses for each, where that rendering comes from, and a definition. */
const glossary = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: 'content/glossary',
    generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
  }),
  schema: z.object({
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
    rendering: z
      .object({
        source: z.string().describe('Where the rendering is established.'),
        url: z.url().nullable().describe('A page that shows it, if one was seen.'),
      })
      .describe('Provenance of the English rendering.'),
    alternatives: z
      .array(z.object({ en: z.string(), usedBy: z.string() }))
      .optional()
      .describe('Other renderings a reader may meet, and who uses them.'),
    definition: bilingual.describe('A short neutral definition.'),
  }),
});

/** Translator's notes, each tied to the sentence whose English it explains. */
const notes = defineCollection({
  loader: file('content/notes/translation-notes.yaml'),
  schema: z.object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Stable slug of the note; its anchor is note-<id>.'),
    sentence: z
      .string()
      .regex(/^[a-z0-9-]+\.\d+$/)
      .describe('The sentence it concerns, e.g. s2-5.2; the build fails if the text has no such sentence.'),
    en: z.string().min(1).describe('The note in English.'),
    zh: z.string().min(1).describe('The note in Chinese.'),
  }),
});

/** Prose pages of the site (about, method), written in MDX. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: 'content/pages', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    title: z.string().describe('Page title.'),
    description: z.string().describe('One sentence for search engines and link previews.'),
    lang: z.enum(['zh-Hans', 'en']).describe('Language of the page.'),
  }),
});

export const collections = { parts, edition, pages, instruments, glossary, notes };
