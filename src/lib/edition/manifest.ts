import { z } from 'zod';

/**
 * The edition manifest: the few facts about a statement's layout that the
 * source text does not say itself. Every field has a default that fits a
 * Chinese joint statement (preamble, sections 一 二 三 …, a closing formula,
 * two signature lines, a news agency's dateline), so a manifest only names
 * what differs. Unknown fields are errors, so a misspelt one is never
 * silently ignored. The end of the text is inferred when a count is left out;
 * the importer writes the inferred counts back, so an edition's manifest
 * always states its layout in full.
 */
const text = z
  .strictObject({
    code: z
      .string()
      .regex(/^[a-z]{2,3}$/)
      .describe('Short code of the text, used for folder names and view addresses: zh, en, ru, kk.'),
    lang: z.string().min(2).describe('BCP 47 language tag written on the text: zh-Hans, en.'),
    role: z
      .enum(['authentic', 'translation'])
      .describe('authentic: an official text, copied verbatim from its source; translation: the edition’s own.'),
    source: z
      .string()
      .optional()
      .describe(
        'For an authentic text: its provenance copy, relative to the edition folder (source/statement.zh.txt).',
      ),
    script: z
      .enum(['Hans', 'Hant', 'Latn', 'Cyrl'])
      .optional()
      .describe(
        'ISO 15924 script of the text: how it is typeset and how its characters are checked. Default: from the language tag.',
      ),
    search: z
      .enum(['words', 'substring'])
      .optional()
      .describe(
        'How the text is searched: words (Pagefind’s word index) or substring (every run of characters, for a text written without spaces). Default: substring for Chinese script, else words.',
      ),
    label: z
      .strictObject({ en: z.string().min(1), zh: z.string().min(1) })
      .optional()
      .describe(
        'The name of the text in each interface: its column heading and view switch (English, 英文). Default: the language’s name in each interface (Intl.DisplayNames).',
      ),
    name: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The text’s name in its own language, for the view switch (中文, English). Default: Intl.DisplayNames.',
      ),
    numbers: z
      .enum(['en', 'digits'])
      .default('digits')
      .describe(
        'How the translation check reads numbers in this text: en (digits and English number words), digits (digits only).',
      ),
  })
  .transform((t) => {
    const script = t.script ?? scriptOf(t.lang);
    return {
      ...t,
      script,
      search: t.search ?? (script === 'Hans' || script === 'Hant' ? 'substring' : 'words'),
      label: t.label ?? { en: languageName(t.lang, 'en'), zh: languageName(t.lang, 'zh') },
      name: t.name ?? endonym(t.lang),
    };
  });

function scriptOf(lang: string): 'Hans' | 'Hant' | 'Latn' | 'Cyrl' {
  if (/-Hant\b|^zh-(TW|HK|MO)\b/.test(lang)) return 'Hant';
  if (/^zh\b/.test(lang)) return 'Hans';
  if (/^(ru|kk|uk|be|bg|sr|mn|ky|tg)\b/.test(lang) || /-Cyrl\b/.test(lang)) return 'Cyrl';
  return 'Latn';
}

/** A language's name in itself, as a view switch names it: ru → Русский. */
function endonym(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** A language's name in an interface language: ru → Russian, 俄语. */
function languageName(lang: string, locale: 'en' | 'zh'): string {
  return new Intl.DisplayNames([locale === 'zh' ? 'zh-Hans' : 'en'], { type: 'language' }).of(lang) ?? lang;
}

/** The two texts of a Chinese joint statement with the edition's English, when a manifest names none. */
export const DEFAULT_TEXTS = [
  {
    code: 'zh',
    lang: 'zh-Hans',
    role: 'authentic',
    source: 'source/statement.zh.txt',
    script: 'Hans',
    search: 'substring',
    label: { en: 'Chinese', zh: '中文' },
    name: '中文',
    numbers: 'digits',
  },
  {
    code: 'en',
    lang: 'en',
    role: 'translation',
    script: 'Latn',
    search: 'words',
    label: { en: 'English', zh: '英文' },
    name: 'English',
    numbers: 'en',
  },
] as const satisfies z.input<typeof text>[];

const titles = z.record(z.string(), z.string().min(1)).describe('The heading in each text, by text code.');

const prefix = z.string().regex(/^[a-z][a-z0-9]*$/);

export const editionManifest = z.strictObject({
  $comment: z.string().optional().describe('A note for editors; ignored.'),
  status: z
    .enum(['draft', 'published'])
    .default('published')
    .describe(
      'published: every text complete, anything missing fails the build; draft: an imported edition whose translation is still pending.',
    ),
  texts: z
    .array(text)
    .min(1)
    .default(DEFAULT_TEXTS.map((t) => ({ ...t, label: { ...t.label } })))
    .describe(
      'The registry of the edition’s texts, in column order; the first authentic text with a source is the primary text: the structure is read from it and every other text aligns to it.',
    ),
  preamble: z
    .strictObject({
      slug: z.string().default('preamble').describe('File name and URL segment of the preamble.'),
      idPrefix: prefix.default('pre').describe('Preamble paragraphs are <idPrefix>-1, <idPrefix>-2, …'),
      title: titles.default({ zh: '序言', en: 'Preamble' }),
    })
    .prefault({})
    .describe('The lines before the first section heading.'),
  sections: z
    .strictObject({
      slugPrefix: z.string().default('section-').describe('Section n is the file <slugPrefix>n.mdx.'),
      idPrefix: prefix.default('s').describe('Paragraph k of section n is <idPrefix>n-k.'),
    })
    .prefault({})
    .describe(
      'Each section starts at a line holding only its Chinese numeral (一), or the numeral and a title (一、总则).',
    ),
  closing: z
    .strictObject({
      slug: z.string().default('closing').describe('File name and URL segment of the closing.'),
      title: titles.default({ zh: '结尾', en: 'Closing' }),
      ids: z
        .array(z.string().regex(/^[a-z][a-z0-9-]*$/))
        .min(1)
        .default(['closing'])
        .describe('Ids of the closing paragraphs, one per line, after the last section.'),
      lines: z
        .number()
        .int()
        .min(1)
        .optional()
        .describe('How many closing lines there are; when left out, one line, checked to be a signing formula.'),
      signaturesId: z.string().default('signatures').describe('Id of the signature block.'),
      signatureLines: z
        .union([z.literal(0), z.literal(2)])
        .optional()
        .describe('0 (no signatures) or 2 (a line of titles, then a line of names); inferred when left out.'),
      dateline: z
        .boolean()
        .optional()
        .describe('Whether the last line is a news agency’s dateline in brackets; inferred when left out.'),
    })
    .prefault({})
    .describe('The end of the statement: closing formula, signatures, dateline.'),
});

export type EditionManifest = z.infer<typeof editionManifest>;
export type EditionText = EditionManifest['texts'][number];
export type EditionManifestInput = z.input<typeof editionManifest>;

/** Reads a manifest, naming each wrong field; `{}` gives the defaults. */
export function readManifest(value: unknown, where = 'edition manifest'): EditionManifest {
  const result = editionManifest.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  throw new Error(`The ${where} is not valid:\n${problems.join('\n')}`);
}
