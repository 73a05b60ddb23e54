import { defineCollection, reference } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { statementLoader } from './lib/statement-loader.ts';
import { registerLoader } from './lib/register-loader.ts';
import { ADDRESS_ORDER } from './lib/instruments.ts';
import { ACTOR_KEYS, MODALITY_KEYS } from './lib/commitment-rule.ts';
import { SENTENCE_ID_PATTERN } from './lib/edition/id-format.ts';
import { PARAGRAPH_IDS, PARTS } from './lib/ids.ts';
import { TEXTS } from './lib/edition/texts.ts';
import { currentEdition } from './lib/edition/current.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Loader } from 'astro/loaders';

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

/** A text that must say something: empty or white space only fails. */
const nonBlank = () => z.string().refine((s) => s.trim() !== '', 'holds only white space');

/** Frontmatter of every file in content/statement/<text>/ (zh, en, …: the texts of edition.manifest.json). */
export const partFrontmatter = z.object({
  part: z
    .enum(PARTS.map((p) => p.slug) as [string, ...string[]])
    .describe('Which part of the statement the file holds; equals the file name without .mdx.'),
  order: z
    .number()
    .int()
    .min(0)
    .max(PARTS.length - 1)
    .describe('Position of the part: 0 preamble, 1… the sections 一…, the last the closing.'),
  lang: z
    .enum(TEXTS.map((t) => t.lang) as [string, ...string[]])
    .describe('Language of the text, as its registry entry gives it: zh-Hans in zh/, en in en/.'),
  status: z.literal('draft').optional().describe('Written by npm run import: a draft translation.'),
  title: nonBlank().describe(
    'The part’s heading in this language: the section numeral as printed (一 / I), or the editor’s name for the preamble and closing.',
  ),
  // A draft (an imported statement) may not have its subjects yet; a published edition needs every one.
  subject: (edition_.manifest.status === 'draft' ? nonBlank().optional() : nonBlank()).describe(
    'The editor’s short description of what the part is about; shown as editorial, never as statement text.',
  ),
});

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

const localized = z.object({ zh: z.string(), en: z.string() });

/** Facts about the statement itself: title, date, place, parties, publication, licence. */
const edition = defineCollection({
  loader: optional('source/edition.json', file(at('source/edition.json'))),
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
    authenticSources: z
      .array(
        z.object({
          key: z.string().describe('Stable key, e.g. `peoples-daily`.'),
          kind: z
            .enum(['newspaper', 'news-agency'])
            .describe('A newspaper (GB/T 7714 type [N]) or a news-agency dispatch.'),
          publisher: localized.describe('The newspaper or agency.'),
          place: localized.describe('Where it is published (a newspaper) or the dispatch’s dateline.'),
          date: z.iso.date().describe('Date of the issue or dispatch.'),
          page: z.string().nullable().describe('Page of the printed issue, or null.'),
          url: z.url().nullable().describe('Address of the text, or null where none was found.'),
          verified: z.boolean().describe('Whether the date, page and address were checked against the source itself.'),
          checked: z.iso.date().describe('When that check (or search) was made.'),
          note: localized.describe('What was checked and how, or what could not be verified.'),
        }),
      )
      .describe('Printings of the authentic Chinese text that the cite pages cite besides this edition.'),
    licence: localized.describe('Copyright status of the text and licence of the translation.'),
  }),
});

const bilingual = z.object({ zh: z.string().min(1).describe('Chinese.'), en: z.string().min(1).describe('English.') });
const isoish = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('Date as precise as is known: YYYY, YYYY-MM or YYYY-MM-DD.');

/** What an address in the register is; the build refuses an official label on a host not in content/official-hosts.yaml. */
const addressKind = z
  .enum(ADDRESS_ORDER)
  .describe(
    'What the page is: official-text (the document’s text as published by a party, a parliament, an official gazette, a state news agency publishing the official text, a treaty database or the organisation itself), official-record (an official page about it: ministry news, an organisation’s page), report (press and news agencies reporting it), reference (secondary or scholarly, including copies on third-party sites).',
  );

/** Kinds of entry that are binding instruments and so record their entry into force. */
export const IN_FORCE_KINDS = ['treaty', 'agreement', 'convention'] as const;

const registerAddress = z.object({
  url: z.url().describe('The address.'),
  kind: addressKind,
  publisher: z.string().min(1).describe('Who publishes the page (the site, and whose it is).'),
  lang: z.string().min(2).describe('Language of the page (BCP 47: en, zh, kk, ru …).'),
  verified: z
    .boolean()
    .describe('True only if the page itself, or the page’s text in a search index, was seen when it was checked.'),
  checked: z.iso.date().describe('When the address and its label were last checked (ISO 8601).'),
  seen: z
    .string()
    .min(1)
    .optional()
    .describe('What was seen on that date that shows what the page holds; omitted where the flag is carried over.'),
});

const entryIntoForce = z
  .object({
    date: z.iso.date().describe('Date of entry into force (ISO 8601).'),
    source: z
      .object({
        title: z.string().min(1).describe('What the source is and what it says.'),
        url: z.url().describe('Its address.'),
        kind: addressKind,
        checked: z.iso.date().describe('When it was seen.'),
      })
      .describe('Where the date was seen.'),
  })
  .describe('When it entered into force, with the source that says so.');

/** One register entry: the schema of content/instruments/<key>.yaml. */
export const registerEntry = z
  .object({
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
    parties: bilingual
      .optional()
      .describe(
        'The states or organisations party to it, or the body that adopted, proposed or runs it; never the people who signed (see signatories).',
      ),
    signatories: z
      .array(bilingual.describe('A person who signed, with the office held then.'))
      .optional()
      .describe('The people who signed it, in the order known; only for signed documents.'),
    entryIntoForce: entryIntoForce
      .nullable()
      .optional()
      .describe(
        'Treaties, agreements and conventions: the date of entry into force with its source, or null where none was found (then entryIntoForceNote says what was searched).',
      ),
    entryIntoForceNote: bilingual
      .optional()
      .describe('Where entryIntoForce is null: what was searched, and that no date was found (or why there is none).'),
    treatyReference: z
      .string()
      .min(1)
      .optional()
      .describe('Where known: the treaty-database or UNTS reference (e.g. “UNTS vol. 1015, p. 163”).'),
    urls: z
      .array(registerAddress)
      .describe(
        'Addresses of the document’s text and of pages about it, each labelled for what it is; empty when none.',
      ),
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
      .array(
        z.object({
          title: z.string().describe('What the source is: title, publisher, date.'),
          url: z.url().describe('Its address.'),
          kind: addressKind,
        }),
      )
      .min(1)
      .describe(
        'What the entry relies on, each labelled for what it is (an address also under urls carries the same kind).',
      ),
  })
  .superRefine((entry, ctx) => {
    if (!(IN_FORCE_KINDS as readonly string[]).includes(entry.kind)) return;
    if (entry.entryIntoForce === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForce'],
        message: `every ${entry.kind} records entryIntoForce: a date with its source, or null with entryIntoForceNote`,
      });
    else if (entry.entryIntoForce === null && !entry.entryIntoForceNote)
      ctx.addIssue({
        code: 'custom',
        path: ['entryIntoForceNote'],
        message: 'entryIntoForce is null, so entryIntoForceNote must say what was searched and not found',
      });
  });

/** content/official-hosts.yaml: the hosts whose pages may be labelled official. */
export const officialHosts = z
  .array(
    z.object({
      host: z
        .string()
        .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'a bare host name such as gov.cn')
        .describe('Host name; it also covers its subdomains.'),
      owner: z.string().min(1).describe('Whose the host is.'),
      allows: z
        .array(z.enum(['official-text', 'official-record']))
        .min(1)
        .describe('Which official labels its pages may carry.'),
    }),
  )
  .min(1)
  .describe('Official hosts, one per item.');

/** The register's two schemas as checks the loader (and the tests) run on each file, keeping every issue's path. */
const issuesOf = (error: z.ZodError) => error.issues.map((i) => ({ path: i.path, message: i.message }));
export const registerChecks = {
  check: (data: unknown) => {
    const result = registerEntry.safeParse(data);
    return result.success
      ? { ok: true as const, value: result.data }
      : { ok: false as const, issues: issuesOf(result.error) };
  },
  checkHosts: (data: unknown) => {
    const result = officialHosts.safeParse(data);
    return result.success
      ? { ok: true as const, value: result.data }
      : { ok: false as const, issues: issuesOf(result.error) };
  },
};

/** The register of every document, instrument, programme, organisation and mechanism the statement names. */
const instruments = defineCollection({
  loader: registerLoader(registerChecks),
  schema: registerEntry,
});

/** Terms of the text: the English this edition uses for each, where that rendering comes from, and a definition. */
const glossary = defineCollection({
  loader: optional(
    'glossary',
    glob({
      pattern: '*.yaml',
      base: at('glossary'),
      generateId: ({ entry }) => entry.replace(/\.yaml$/, ''),
    }),
  ),
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
      .array(z.object({ en: z.string(), usedBy: z.string() }))
      .optional()
      .describe('Other renderings a reader may meet, and who uses them.'),
    definition: bilingual.describe('A short neutral definition.'),
  }),
});

/** Translator's notes, each tied to the sentence whose English it explains. */
const notes = defineCollection({
  loader: optional('notes/translation-notes.yaml', file(at('notes/translation-notes.yaml'))),
  schema: z.object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe('Stable slug of the note; its anchor is note-<id>.'),
    sentence: z
      .string()
      .regex(new RegExp(`^${SENTENCE_ID_PATTERN}$`), 'a sentence id such as s2-5.2')
      .describe('The sentence it concerns, e.g. s2-5.2; the build fails if the text has no such sentence.'),
    en: z.string().min(1).describe('The note in English.'),
    zh: z.string().min(1).describe('The note in Chinese.'),
  }),
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

/* ---------- The edition's analysis: topics, commitments, formulations (content/analysis/) ---------- */

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
