import { paragraphLabel, type Lang } from './ids.ts';
import { PRIMARY, TEXTS, otherTexts, textEntry } from './edition/texts.ts';
import { statementSchema, type Provenance, type StatementJson } from './open-data-schema.ts';

/**
 * The statement as data: one model, written out as JSON, plain text,
 * Markdown and TEI P5 XML. Every file states where the text comes from,
 * the licence of the translation and the checksum of the source.
 */

interface OpenText {
  text: string;
  sentences: { id: string; text: string }[];
  pending?: boolean | undefined;
}

/** A part as the open-data files read it: titles and paragraphs in every text of the registry, by text code. */
export interface OpenPart {
  slug: string;
  order: number;
  titles: Record<string, { title: string; subject: string }>;
  paragraphs: { id: string; refs: string[]; texts: Record<string, OpenText> }[];
}

const NONE: OpenText = { text: '', sentences: [] };
/** A paragraph's text in one language of the files (Chinese and English; another text is listed under `other`). */
const text = (para: OpenPart['paragraphs'][number], code: string): OpenText => para.texts[code] ?? NONE;
const title = (part: OpenPart, code: string) => part.titles[code] ?? { title: '', subject: '' };

export type { Provenance };

/**
 * /data/statement.json. Built as the type its schema derives, then parsed
 * through that schema, so the file and its published JSON Schema cannot
 * drift: a field added here and not there fails the build.
 */
export function statementJson(provenance: Provenance, parts: readonly OpenPart[], dateline: string): StatementJson {
  const json: StatementJson = {
    $schema: `${provenance.site}data/statement.schema.json`,
    provenance,
    dateline,
    parts: [...parts]
      .sort((a, b) => a.order - b.order)
      .map((part) => ({
        slug: part.slug,
        title: { zh: title(part, 'zh').title, en: title(part, 'en').title },
        subject: { zh: title(part, 'zh').subject, en: title(part, 'en').subject },
        paragraphs: part.paragraphs.map((p) => ({
          id: p.id,
          label: { zh: paragraphLabel(p.id, 'zh'), en: paragraphLabel(p.id, 'en') },
          zh: text(p, 'zh').text,
          en: text(p, 'en').text,
          sentences: text(p, 'zh').sentences.map((s, i) => ({
            id: s.id,
            zh: s.text,
            en: text(p, 'en').sentences[i]?.text ?? '',
          })),
          cites: p.refs,
          ...otherTexts(p.texts),
        })),
      })),
  };
  const checked = statementSchema.safeParse(json);
  if (!checked.success) {
    throw new Error(
      `statement.json does not match its schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}.\n  Fix: declare the field in src/lib/open-data-schema.ts (with a .describe()) and build it in statementJson(), or remove it from both.`,
    );
  }
  return checked.data;
}

const header = (p: Provenance, lang: Lang | 'both', authenticZh?: string) => [
  lang === 'zh' ? p.title.zh : p.title.en,
  `${lang === 'zh' ? `${p.place.zh}，${p.signed}` : `${p.place.en}, ${p.signed}`}`,
  lang === 'en' || lang === 'both'
    ? p.translation
    : authenticZh
      ? `中文为作准文本（${authenticZh}文本同等作准）。`
      : '中文为作准文本。',
  `Source: ${p.sourceFile} (SHA-256 ${p.sourceSha256}); published by ${p.publishedBy.join('; ')}`,
  lang === 'zh' ? p.licence.zh : p.licence.en,
  `Paragraph ids are stable: ${p.site}permalinks.json`,
];

/** One paragraph a line, each after its id and a tab; `#` lines say where the text comes from. */
export function statementText(
  p: Provenance,
  parts: readonly OpenPart[],
  lang: string,
  /** The statement's authentic languages in Chinese (中文、哈萨克文和俄文), for the Chinese file's header. */
  authenticZh?: string,
): string {
  const lines = header(p, lang === 'zh' ? 'zh' : 'en', authenticZh).map((line) => `# ${line}`);
  for (const part of [...parts].sort((a, b) => a.order - b.order)) {
    for (const para of part.paragraphs) lines.push(`${para.id}\t${text(para, lang).text.replace(/\n/g, ' / ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Text as Markdown that shows it literally: a Markdown reader must never turn
 * a `<`, a `[x](javascript:…)`, an `&entity;` or a `*` in the text into
 * markup. Every character Markdown gives a meaning inline is escaped with a
 * backslash (CommonMark allows it before any ASCII punctuation), and so is a
 * block marker at the start of a line. Text, not markup, goes in; addresses
 * in the text stay text (only http(s) ones are ever linked by GFM readers).
 */
export function markdownText(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_[\]<>&|~!{}]/g, '\\$&')
        .replace(/^(\s*)([#>+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('  \n');
}

/** Both languages in Markdown: a heading per part, each paragraph under its label, Chinese then English. */
export function statementMarkdown(p: Provenance, parts: readonly OpenPart[]): string {
  const out = [
    `# ${markdownText(p.title.zh)}`,
    '',
    `# ${markdownText(p.title.en)}`,
    '',
    ...header(p, 'both')
      .slice(1)
      .map((line) => `> ${markdownText(line)}`),
    '',
  ];
  for (const part of [...parts].sort((a, b) => a.order - b.order)) {
    out.push(`## ${markdownText(title(part, 'zh').title)} · ${markdownText(title(part, 'en').title)}`, '');
    for (const para of part.paragraphs) {
      out.push(
        `### ${markdownText(paragraphLabel(para.id, 'en'))} {#${para.id}}`,
        '',
        // Every text of the registry in column order (Chinese, then English); a pending translation is left out.
        ...TEXTS.flatMap((t) => {
          const written = para.texts[t.code];
          return written && !written.pending ? [markdownText(written.text), ''] : [];
        }),
      );
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A TEI P5 edition: the header records the source and its checksum; the body
 * holds two parallel `<div xml:lang>`, every paragraph and sentence with an
 * `xml:id` and a `corresp` pointing at its counterpart.
 */
export function statementTei(p: Provenance, parts: readonly OpenPart[], dateline: string): string {
  const sorted = [...parts].sort((a, b) => a.order - b.order);
  // One <div> per text of the registry; each points at the primary text, the primary at the first translation.
  const firstOther = TEXTS.find((t) => t.code !== PRIMARY)?.code ?? PRIMARY;
  const body = (lang: string) => {
    const other = lang === PRIMARY ? firstOther : PRIMARY;
    const chinese = ['Hans', 'Hant'].includes(textEntry(lang).script);
    const labelLang: Lang = lang === 'zh' ? 'zh' : 'en';
    return sorted
      .map((part) => {
        const paragraphs = part.paragraphs
          .map((para) => {
            const sentences = text(para, lang).sentences.length
              ? text(para, lang)
                  .sentences.map((s) => `<s xml:id="${lang}-${s.id}" corresp="#${other}-${s.id}">${xml(s.text)}</s>`)
                  .join(chinese ? '' : ' ')
              : xml(text(para, lang).text);
            return `        <p xml:id="${lang}-${para.id}" corresp="#${other}-${para.id}" n="${xml(paragraphLabel(para.id, labelLang))}">${sentences}</p>`;
          })
          .join('\n');
        return `      <div type="part" xml:id="${lang}-${part.slug}" n="${xml(title(part, lang).title)}">\n${paragraphs}\n      </div>`;
      })
      .join('\n');
  };
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title xml:lang="zh-Hans">${xml(p.title.zh)}</title>
        <title xml:lang="en">${xml(p.title.en)}</title>
      </titleStmt>
      <publicationStmt>
        <publisher>${xml(p.site)}</publisher>
        <availability>
          <licence xml:lang="en">${xml(p.licence.en)}</licence>
          <licence xml:lang="zh-Hans">${xml(p.licence.zh)}</licence>
        </availability>
      </publicationStmt>
      <notesStmt>
        <note type="translation" xml:lang="en">${xml(p.translation)}</note>
      </notesStmt>
      <sourceDesc>
        <bibl>${xml(p.publishedBy.join('; '))}. <idno type="sha256">${p.sourceSha256}</idno> <ref target="${xml(p.site)}source/statement.zh.txt">${xml(p.sourceFile)}</ref>; dateline <q xml:lang="zh-Hans">${xml(dateline)}</q></bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <langUsage>
${TEXTS.map((t) => `        <language ident="${t.lang}">${xml(t.label.en)} (${t.role === 'authentic' ? 'authentic text' : 'unofficial translation'})</language>`).join('\n')}
      </langUsage>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
${TEXTS.map((t) => `    <div xml:lang="${t.lang}" type="${t.role === 'authentic' ? 'edition' : 'translation'}">\n${body(t.code)}\n    </div>`).join('\n')}
    </body>
  </text>
</TEI>
`;
}
