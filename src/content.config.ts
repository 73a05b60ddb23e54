import { defineCollection } from 'astro:content';
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
  html: z.string().describe('Rendered inline HTML of the paragraph.'),
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
        }),
      )
      .describe('Paragraphs in source order.'),
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

/** Prose pages of the site (about, method), written in MDX. */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: 'content/pages' }),
  schema: z.object({
    title: z.string().describe('Page title.'),
    description: z.string().describe('One sentence for search engines and link previews.'),
    lang: z.enum(['zh-Hans', 'en']).describe('Language of the page.'),
  }),
});

export const collections = { parts, edition, pages };
