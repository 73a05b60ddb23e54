import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { statementLoader } from './lib/statement-loader.ts';
import { registerLoader } from './lib/register-loader.ts';
import { glossaryLoader } from './lib/glossary-loader.ts';
import { notesLoader } from './lib/notes-loader.ts';
import { currentEdition } from './lib/edition/current.ts';
import { checkPartFrontmatter } from './lib/schemas/part-frontmatter.ts';
import { registerEntry } from './lib/schemas/register.ts';
import { glossaryTerm } from './lib/schemas/glossary.ts';
import { translationNote } from './lib/schemas/notes.ts';
import { editionFacts } from './lib/schemas/edition-facts.ts';
import {
  commitmentsFileSchema,
  formulationsFileSchema,
  partSummarySchema,
  topicSchema,
} from './lib/schemas/analysis.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * Every collection of the edition is defined here, and only here. The schemas
 * of the files editors write (register, glossary, notes, edition facts,
 * analysis, statement frontmatter) are declared once in src/lib/schemas/, a
 * plain module without astro:* imports, so that the Node scripts
 * (check:translation, the search index) read the same files through the same
 * schemas; this file uses them. The parts collection's schema, the shape the
 * statement loader builds (with its reference() links into the register), is
 * declared below.
 */

// The edition being built: content/, or the folder EDITION_DIR names (src/lib/edition/current.ts).
const edition_ = currentEdition();
const at = (p: string) => path.join(edition_.dir, p);
/**
 * A draft edition may not have every collection yet (an imported statement has no register, glossary,
 * notes or analysis): it is then empty. A published edition needs each; a missing file fails the build.
 */
const optional = (p: string, loader: Loader): Loader =>
  edition_.manifest.status === 'draft' && !existsSync(at(p))
    ? // Cleared, so nothing cached from another edition's build stays in the store.
      { name: `no-${p}`, load: ({ store }) => Promise.resolve(store.clear()) }
    : loader;

const signatory = z.object({
  title: z.string().describe('Office of the signatory, as written in the statement.'),
  name: z.string().describe('Name of the signatory, as written in the statement.'),
});

/** A paragraph's inline content as a hast tree (https://github.com/syntax-tree/hast), without source positions. */
const hastText = z.object({ type: z.literal('text'), value: z.string() });
const hastElement = z.object({
  type: z.literal('element'),
  tagName: z.string(),
  properties: z.record(
    z.string(),
    z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number()]))]),
  ),
  get children(): z.ZodArray<z.ZodUnion<[typeof hastText, typeof hastElement]>> {
    return z.array(z.union([hastText, hastElement]));
  },
});

const paragraphText = z.object({
  text: z.string().describe('Plain text of the paragraph in this language.'),
  inline: z
    .object({ type: z.literal('root'), children: z.array(z.union([hastText, hastElement])) })
    .describe(
      'The inline content as a hast tree: sentence spans, footnoted mentions, glossary links. Each page serialises it with paragraphHtml.',
    ),
  sentences: z
    .array(
      z.object({
        id: z.string().describe('Sentence id, e.g. s2-5.2.'),
        text: z.string().describe('Its plain text.'),
        refs: z.array(z.string()).describe('Keys of the register entries this sentence mentions.'),
        line: z.number().int().describe('Line of the sentence in the content file.'),
      }),
    )
    .describe('The paragraph’s sentences in this language, as written with <S id> in the source.'),
  signatories: z.array(signatory).describe('For the signature block: the signatories in order; empty otherwise.'),
  file: z.string().describe('Content file the text comes from.'),
  line: z.number().int().describe('Line of the paragraph’s opening tag in that file.'),
  pending: z.boolean().optional().describe('A draft’s translation not yet written: shown as “translation pending”.'),
});

const partText = z.object({
  title: z.string().describe('Heading of the part in this language.'),
  subject: z.string().describe('Editor’s description of the part in this language.'),
});

/** One part of the statement, paired paragraph by paragraph, built by the statement loader. */
const parts = defineCollection({
  loader: statementLoader({ checkFrontmatter: checkPartFrontmatter }),
  schema: z.object({
    slug: z.string().describe('URL segment and file name of the part.'),
    order: z.number().int().describe('0 preamble, 1–5 sections, 6 closing.'),
    titles: z.record(z.string(), partText).describe('Heading and description in each text, by text code.'),
    paragraphs: z
      .array(
        z.object({
          id: z.string().describe('The public paragraph id (pre-1 … signatures).'),
          kind: z.enum(['paragraph', 'signatures']).describe('A paragraph of text, or the signature block.'),
          sourceLine: z
            .number()
            .int()
            .describe('Line of content/source/statement.zh.txt the Chinese was checked against.'),
          texts: z
            .record(z.string(), paragraphText)
            .describe('The paragraph in each text of the registry (zh authentic, en translation, …), by text code.'),
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

/** Facts about the statement itself: title, date, place, parties, publication, licence. */
const edition = defineCollection({
  loader: optional('source/edition.json', file(at('source/edition.json'))),
  schema: editionFacts,
});

/** The register of every document, instrument, programme, organisation and mechanism the statement names. */
const instruments = defineCollection({
  loader: registerLoader(),
  schema: registerEntry,
});

/** Terms of the text: the English this edition uses for each, where that rendering comes from, and a definition. */
const glossary = defineCollection({
  loader: optional('glossary', glossaryLoader()),
  schema: glossaryTerm,
});

/** Translator's notes, each tied to the sentence whose English it explains. */
const notes = defineCollection({
  loader: optional('notes/translation-notes.yaml', notesLoader()),
  schema: translationNote,
});

/** Prose pages of the site (about, method), written in MDX. */
const pages = defineCollection({
  loader: optional(
    'pages',
    glob({ pattern: '**/*.mdx', base: at('pages'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  ),
  schema: z.object({
    title: z.string().describe('Page title.'),
    description: z.string().describe('One sentence for search engines and link previews.'),
    lang: z.enum(['zh-Hans', 'en']).describe('Language of the page.'),
  }),
});

const yamlList = (key: (item: Record<string, unknown>) => string) => (text: string) =>
  (parseYaml(text) as Record<string, unknown>[]).map((item) => ({ id: key(item), ...item }));

const topics = defineCollection({
  loader: optional(
    `analysis/topics.yaml`,
    file(at('analysis/topics.yaml'), { parser: yamlList((t) => String(t.key)) }),
  ),
  schema: topicSchema,
});
const partSummaries = defineCollection({
  loader: optional(
    `analysis/summaries.yaml`,
    file(at('analysis/summaries.yaml'), { parser: yamlList((s) => String(s.part)) }),
  ),
  schema: partSummarySchema,
});
const commitments = defineCollection({
  loader: optional(
    'analysis/commitments.yaml',
    file(at('analysis/commitments.yaml'), {
      parser: (text) => [{ id: 'commitments', ...(parseYaml(text) as object) }],
    }),
  ),
  schema: commitmentsFileSchema,
});
const formulations = defineCollection({
  loader: optional(
    'analysis/formulations.yaml',
    file(at('analysis/formulations.yaml'), {
      parser: (text) => [{ id: 'formulations', ...(parseYaml(text) as object) }],
    }),
  ),
  schema: formulationsFileSchema,
});

export const collections = {
  parts,
  edition,
  pages,
  instruments,
  glossary,
  notes,
  topics,
  partSummaries,
  commitments,
  formulations,
};
