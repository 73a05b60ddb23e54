import { PARTS, isParagraphId, partOfParagraph, type Lang, type PartSpec } from './ids.ts';
import { parseSource, restoreFullWidth, toSourceForm, type StatementSource } from './source.ts';
import { parseStatementFile } from './markdown/statement-file.ts';
import type { ContentProblem, Signatory, StatementBlock } from './markdown/remark-statement.ts';

/** The frontmatter every statement file carries (validated by the schema in content.config.ts). */
export interface PartFrontmatter {
  part: string;
  order: number;
  lang: 'zh-Hans' | 'en';
  title: string;
  subject: string;
}

export type FrontmatterCheck = (
  data: unknown,
) => { ok: true; value: PartFrontmatter } | { ok: false; issues: string[] };

/** One language's text of a paragraph. */
export interface ParagraphText {
  text: string;
  html: string;
  signatories: Signatory[];
  /** Where it is written: `content/statement/en/section-2.mdx:14`. */
  file: string;
  line: number;
}

/** A paragraph in both languages, the unit of reading, linking and search. */
export interface ParagraphPair {
  id: string;
  kind: StatementBlock['kind'];
  /** Line of the authentic source the Chinese was checked against. */
  sourceLine: number;
  zh: ParagraphText;
  en: ParagraphText;
}

export interface PartText {
  title: string;
  subject: string;
}

export interface Part {
  slug: string;
  order: number;
  zh: PartText;
  en: PartText;
  paragraphs: ParagraphPair[];
}

export interface Edition {
  parts: Part[];
  /** The news agency's dateline that follows the signatures in the source (edition form). */
  dateline: string;
}

/** A problem tied to a file, ready to print. */
export interface LocatedProblem extends ContentProblem {
  file: string;
}

export interface EditionInput {
  /** Path → text of every file under the statement folder, paths like `zh/section-2.mdx`. */
  files: Map<string, string>;
  /** The authentic source text. */
  source: string;
  /** How paths are printed in messages, e.g. `content/statement/`. */
  statementDir: string;
  sourcePath: string;
  checkFrontmatter: FrontmatterCheck;
}

const LANGS: readonly Lang[] = ['zh', 'en'];
const LANG_NAME: Record<Lang, string> = { zh: 'Chinese', en: 'English' };
const LANG_CODE: Record<Lang, PartFrontmatter['lang']> = { zh: 'zh-Hans', en: 'en' };
const HAN = /\p{Script=Han}/u;

/**
 * Reads both languages' files, checks them against the id contract, against
 * each other and (for Chinese) against the authentic source, and pairs them
 * paragraph by paragraph. Returns every problem found rather than stopping
 * at the first, so an editor can fix a file in one pass.
 */
export function buildEdition(input: EditionInput): { edition: Edition; problems: LocatedProblem[] } {
  const problems: LocatedProblem[] = [];
  const source = parseSource(input.source);
  const parts: Part[] = [];

  for (const name of input.files.keys()) {
    const [lang, file] = name.split('/');
    const slug = file?.replace(/\.mdx$/, '');
    if (!LANGS.includes(lang as Lang) || !file?.endsWith('.mdx') || !PARTS.some((p) => p.slug === slug)) {
      problems.push({
        file: input.statementDir + name,
        line: 1,
        column: 1,
        message: `“${name}” is not a part of the statement, so its text would never be shown.`,
        fix: `Statement files are zh/ and en/ ${PARTS.map((p) => `${p.slug}.mdx`).join(', ')}; rename or remove this file.`,
      });
    }
  }

  for (const spec of PARTS) {
    const read = {} as Record<Lang, { meta: PartText; blocks: Map<string, StatementBlock>; file: string } | undefined>;
    for (const lang of LANGS) {
      read[lang] = readPartFile(spec, lang, input, source, problems);
    }
    const zh = read.zh;
    const en = read.en;
    if (!zh || !en) continue;
    const paragraphs: ParagraphPair[] = [];
    for (const id of spec.ids) {
      const zhBlock = zh.blocks.get(id);
      const enBlock = en.blocks.get(id);
      if (!zhBlock || !enBlock) continue;
      paragraphs.push({
        id,
        kind: zhBlock.kind,
        sourceLine: source.paragraphs.get(id)?.line ?? 0,
        zh: paragraphText(zhBlock, zh.file),
        en: paragraphText(enBlock, en.file),
      });
    }
    parts.push({ slug: spec.slug, order: spec.order, zh: zh.meta, en: en.meta, paragraphs });
  }

  return { edition: { parts, dateline: restoreFullWidth(source.dateline.text) }, problems };
}

function paragraphText(block: StatementBlock, file: string): ParagraphText {
  return { text: block.text, html: block.html, signatories: block.signatories, file, line: block.line };
}

function readPartFile(
  spec: PartSpec,
  lang: Lang,
  input: EditionInput,
  source: StatementSource,
  problems: LocatedProblem[],
) {
  const name = `${lang}/${spec.slug}.mdx`;
  const file = input.statementDir + name;
  const text = input.files.get(name);
  const report = (line: number, message: string, fix: string) => problems.push({ file, line, column: 1, message, fix });
  if (text === undefined) {
    report(
      1,
      `The ${LANG_NAME[lang]} file of ${spec.slug} is missing.`,
      `Create ${file} with paragraphs ${spec.ids[0]}…${spec.ids.at(-1)}.`,
    );
    return undefined;
  }
  const parsed = parseStatementFile(text);
  problems.push(...parsed.problems.map((p) => ({ ...p, file })));

  const meta = checkFrontmatter(spec, lang, parsed.frontmatter, input.checkFrontmatter, report);
  if (lang === 'zh' && meta && spec.order >= 1 && spec.order <= 5) {
    const heading = source.headings.get(spec.slug);
    if (heading && meta.title !== heading.text) {
      report(
        2,
        `The title “${meta.title}” differs from the section heading “${heading.text}” on line ${heading.line} of the source.`,
        `Set title: ${heading.text}`,
      );
    }
  }

  const blocks = new Map<string, StatementBlock>();
  let lastIndex = -1;
  let lastId: string | undefined;
  for (const block of parsed.blocks) {
    const where = (message: string, fix: string) => problems.push({ file, line: block.line, column: 1, message, fix });
    if (!isParagraphId(block.id)) {
      where(
        `Unknown paragraph id “${block.id}”.`,
        `Ids of ${spec.slug} are ${spec.ids.join(', ')}; ids are a public contract and cannot be invented.`,
      );
      continue;
    }
    const owner = partOfParagraph(block.id);
    if (owner.slug !== spec.slug) {
      where(
        `Paragraph ${block.id} belongs to ${owner.slug}, not ${spec.slug}.`,
        `Move it to ${input.statementDir}${lang}/${owner.slug}.mdx.`,
      );
      continue;
    }
    const previous = blocks.get(block.id);
    if (previous) {
      where(
        `Paragraph ${block.id} appears twice (first on line ${previous.line}).`,
        'Keep one of the two; give the other its own id.',
      );
      continue;
    }
    const expectedKind = block.id === 'signatures' ? 'signatures' : 'paragraph';
    if (block.kind !== expectedKind) {
      where(
        `${block.id} is written as <${block.kind === 'signatures' ? 'Signatures' : 'P'}>.`,
        expectedKind === 'signatures'
          ? 'Write the signature block as <Signatures id="signatures">.'
          : `Write it as <P id="${block.id}">.`,
      );
      continue;
    }
    const index = spec.ids.indexOf(block.id);
    if (index < lastIndex) {
      where(
        `Paragraph ${block.id} comes after ${lastId}, but the source has it before.`,
        `Move it above ${lastId}: paragraphs follow the source order ${spec.ids.join(', ')}.`,
      );
    }
    if (index > lastIndex) {
      lastIndex = index;
      lastId = block.id;
    }
    blocks.set(block.id, block);
    if (lang === 'zh') checkAgainstSource(block, source, input.sourcePath, where);
    else if (HAN.test(block.text)) {
      where(
        `English paragraph ${block.id} contains Chinese characters.`,
        'Translate the remaining Chinese; names are romanised in pinyin.',
      );
    }
  }

  spec.ids.forEach((id, index) => {
    if (blocks.has(id)) return;
    const before = spec.ids
      .slice(0, index)
      .reverse()
      .find((prior) => blocks.has(prior));
    const anchor = before ? `after ${before} (line ${blocks.get(before)?.line})` : 'as the first paragraph';
    const line = before ? (blocks.get(before)?.line ?? 1) : 1;
    report(line, `Paragraph ${id} is missing in ${LANG_NAME[lang]}.`, `Add <P id="${id}">…</P> ${anchor}.`);
  });

  if (!meta) return undefined;
  return { meta, blocks, file };
}

function checkFrontmatter(
  spec: PartSpec,
  lang: Lang,
  data: Record<string, unknown> | undefined,
  check: FrontmatterCheck,
  report: (line: number, message: string, fix: string) => void,
): PartText | undefined {
  const result = check(data ?? {});
  if (!result.ok) {
    for (const issue of result.issues) {
      report(
        1,
        `Frontmatter: ${issue}.`,
        'Every statement file starts with part, order, lang, title and subject (see src/content.config.ts).',
      );
    }
    return undefined;
  }
  const { value } = result;
  const expected = { part: spec.slug, order: spec.order, lang: LANG_CODE[lang] } as const;
  let ok = true;
  for (const key of ['part', 'order', 'lang'] as const) {
    if (value[key] !== expected[key]) {
      report(
        1,
        `Frontmatter ${key} is “${value[key]}” but this file is ${lang}/${spec.slug}.mdx.`,
        `Set ${key}: ${expected[key]}`,
      );
      ok = false;
    }
  }
  return ok ? { title: value.title, subject: value.subject } : undefined;
}

function checkAgainstSource(
  block: StatementBlock,
  source: StatementSource,
  sourcePath: string,
  report: (message: string, fix: string) => void,
): void {
  const line = source.paragraphs.get(block.id);
  if (!line) return;
  const expected = restoreFullWidth(line.text);
  if (block.text === expected) return;
  const where = `${sourcePath} line ${line.line}`;
  if (toSourceForm(block.text) === line.text) {
    report(
      `Chinese paragraph ${block.id} uses ASCII punctuation where the edition prints full-width.`,
      'Use ，；（）： inside Chinese text, as the authentic text does.',
    );
    return;
  }
  const at = firstDifference(block.text, expected);
  report(
    `Chinese paragraph ${block.id} differs from the authentic text (${where}) at character ${at + 1}: the file has “${excerpt(block.text, at)}”, the source “${excerpt(expected, at)}”.`,
    `Copy the text of ${where} exactly, with ，；（）： in place of ASCII , ; ( ) :.`,
  );
}

function firstDifference(a: string, b: string): number {
  const chars = [...a];
  const other = [...b];
  let i = 0;
  while (i < chars.length && chars[i] === other[i]) i += 1;
  return i;
}

function excerpt(text: string, at: number): string {
  const chars = [...text];
  return chars.slice(Math.max(0, at - 4), at + 8).join('') || '(nothing)';
}

/** Prints problems the way compilers do: `file:line:column`, the problem, the fix. */
export function formatProblems(problems: readonly LocatedProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const body = sorted.map((p) => `${p.file}:${p.line}:${p.column}\n  ${p.message}\n  Fix: ${p.fix}`).join('\n\n');
  return `The statement content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.\n\n${body}\n`;
}
