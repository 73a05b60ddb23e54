import { PARTS, isParagraphId, partOfParagraph, type Lang, type PartSpec } from './ids.ts';
import { sentenceId } from './edition/id-format.ts';
import { parseSource, restoreFullWidth, toSourceForm, type StatementSource } from './source.ts';
import { parseStatementFile } from './markdown/statement-file.ts';
import type { ContentProblem, Signatory, StatementBlock } from './markdown/remark-statement.ts';
import { renderInline, type GlossaryForms } from './markdown/render-inline.ts';
import type { Root } from 'hast';
import { describeCharacter } from './characters.ts';
import { englishTextProblems, translationProblems } from './translation-checks.ts';
import { glossaryPath, withBase } from './routes.ts';

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
  /** The inline content as a hast tree; each page makes its HTML with `paragraphHtml`. */
  inline: Root;
  /** The paragraph's sentences in this language, `s2-5.1`, `s2-5.2`, …, with the register entries each mentions. */
  sentences: { id: string; text: string; refs: string[]; line: number }[];
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
  /** Register entries the paragraph mentions, in the order the Chinese names them. */
  refs: string[];
}

/** A footnote of a part: one register entry, numbered by its first mention in the Chinese. */
export interface Footnote {
  n: number;
  key: string;
  /** Paragraphs that mention it, for the back-links. */
  paragraphs: string[];
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
  footnotes: Footnote[];
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
  /** Keys of content/instruments/: every <Ref to> must name one. */
  instrumentKeys: ReadonlySet<string>;
  /** Glossary terms to mark in the text, per language. */
  glossary: { slug: string; category?: string; zh: string[]; en: string[] }[];
  /** The site's base path, for links into the glossary. */
  base: string;
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
export function buildEdition(input: EditionInput): {
  edition: Edition;
  problems: LocatedProblem[];
  /** Parts with a file that could not be parsed: checks that need their text are skipped rather than cascading. */
  unreadable: Set<string>;
} {
  const problems: LocatedProblem[] = [];
  const unreadable = new Set<string>();
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
      read[lang] = readPartFile(spec, lang, input, source, problems, () => unreadable.add(spec.slug));
    }
    const zh = read.zh;
    const en = read.en;
    if (!zh || !en) continue;
    parts.push(pairPart(spec, zh, en, source, input, problems));
  }

  problems.push(...translationProblems(parts, input.glossary));
  return { edition: { parts, dateline: restoreFullWidth(source.dateline.text) }, problems, unreadable };
}

type ReadFile = { meta: PartText; blocks: Map<string, StatementBlock>; file: string };

/**
 * Pairs a part's Chinese and English paragraphs and checks that they agree
 * below the paragraph: the same sentences, the same register mentions.
 * Footnotes are numbered by first mention in the Chinese, and the English
 * uses the same numbers.
 */
function pairPart(
  spec: PartSpec,
  zh: ReadFile,
  en: ReadFile,
  source: StatementSource,
  input: EditionInput,
  problems: LocatedProblem[],
): Part {
  const numbers = new Map<string, number>();
  const footnotes: Footnote[] = [];
  for (const id of spec.ids) {
    for (const ref of zh.blocks.get(id)?.refs ?? []) {
      if (!numbers.has(ref.key)) {
        numbers.set(ref.key, numbers.size + 1);
        footnotes.push({ n: numbers.size, key: ref.key, paragraphs: [] });
      }
      const note = footnotes[(numbers.get(ref.key) ?? 1) - 1];
      if (note && !note.paragraphs.includes(id)) note.paragraphs.push(id);
    }
  }
  // The names of the two states are never marked: they are on every line and need no gloss.
  const glossary = (lang: Lang): GlossaryForms[] =>
    input.glossary.filter((g) => g.category !== 'state').map((g) => ({ slug: g.slug, forms: g[lang] }));
  // A term is marked at its first occurrence in the part, per language, so the page stays calm.
  const marked: Record<Lang, Set<string>> = { zh: new Set(), en: new Set() };
  const render = (block: StatementBlock, lang: Lang) =>
    block.kind === 'signatures'
      ? { type: 'root' as const, children: [] }
      : renderInline(block.nodes, {
          lang,
          footnote: (key) => numbers.get(key) ?? 0,
          footnoteHref: (n) => `#fn-${spec.slug}-${n}`,
          glossaryHref: (slug) => withBase(input.base, glossaryPath('en', slug)),
          glossary: glossary(lang),
          marked: marked[lang],
        });

  const paragraphs: ParagraphPair[] = [];
  for (const id of spec.ids) {
    const zhBlock = zh.blocks.get(id);
    const enBlock = en.blocks.get(id);
    if (!zhBlock || !enBlock) continue;
    checkSentences(zhBlock, enBlock, zh.file, en.file, problems);
    checkRefs(zhBlock, enBlock, zh.file, en.file, input.instrumentKeys, problems);
    paragraphs.push({
      id,
      kind: zhBlock.kind,
      sourceLine: source.paragraphs.get(id)?.line ?? 0,
      zh: paragraphText(zhBlock, zh.file, render(zhBlock, 'zh')),
      en: paragraphText(enBlock, en.file, render(enBlock, 'en')),
      refs: [...new Set(zhBlock.refs.map((r) => r.key))],
    });
  }
  return { slug: spec.slug, order: spec.order, zh: zh.meta, en: en.meta, paragraphs, footnotes };
}

function paragraphText(block: StatementBlock, file: string, inline: Root): ParagraphText {
  return {
    text: block.text,
    inline,
    sentences: block.sentences.map(({ id, text, line }) => ({
      id,
      text,
      line,
      refs: [...new Set(block.refs.filter((r) => r.sentence === id).map((r) => r.key))],
    })),
    signatories: block.signatories,
    file,
    line: block.line,
  };
}

/** Sentence ids are written in both files: `<id>.1`, `<id>.2`, … with the same count in each. */
function checkSentences(
  zh: StatementBlock,
  en: StatementBlock,
  zhFile: string,
  enFile: string,
  problems: LocatedProblem[],
): void {
  if (zh.kind === 'signatures') return;
  for (const [block, file, name] of [
    [zh, zhFile, 'Chinese'],
    [en, enFile, 'English'],
  ] as const) {
    if (block.sentences.length === 0) {
      problems.push({
        file,
        line: block.line,
        column: 1,
        message: `${name} paragraph ${block.id} is not divided into sentences.`,
        fix: `Wrap each sentence in <S id="${block.id}.1">…</S>, <S id="${block.id}.2">…</S>, …`,
      });
      continue;
    }
    block.sentences.forEach((sentence, i) => {
      const expected = sentenceId(block.id, i + 1);
      if (sentence.id !== expected) {
        problems.push({
          file,
          line: sentence.line,
          column: 1,
          message: `Sentence ${i + 1} of ${name} paragraph ${block.id} has the id “${sentence.id}”.`,
          fix: `Number sentences in order: <S id="${expected}">.`,
        });
      }
    });
  }
  if (zh.sentences.length && en.sentences.length && zh.sentences.length !== en.sentences.length) {
    problems.push({
      file: enFile,
      line: en.line,
      column: 1,
      message: `Paragraph ${en.id} has ${zh.sentences.length} sentence(s) in Chinese but ${en.sentences.length} in English.`,
      fix: 'Each Chinese sentence has exactly one English counterpart with the same id: split or join the English to match.',
    });
  }
}

/** Every <Ref> names a register entry, and both languages mention the same entries. */
function checkRefs(
  zh: StatementBlock,
  en: StatementBlock,
  zhFile: string,
  enFile: string,
  keys: ReadonlySet<string>,
  problems: LocatedProblem[],
): void {
  for (const [block, file] of [
    [zh, zhFile],
    [en, enFile],
  ] as const) {
    for (const ref of block.refs) {
      if (!keys.has(ref.key)) {
        problems.push({
          file,
          line: ref.line,
          column: 1,
          message: `<Ref to="${ref.key}"> names no entry of the register.`,
          fix: 'Use the file name (without .yaml) of an entry in content/instruments/, or add the entry.',
        });
      }
    }
  }
  const count = (block: StatementBlock) =>
    block.refs
      .map((r) => r.key)
      .sort()
      .join(', ');
  if (count(zh) !== count(en)) {
    problems.push({
      file: enFile,
      line: en.line,
      column: 1,
      message: `Paragraph ${en.id} mentions [${count(en)}] in English but [${count(zh)}] in Chinese.`,
      fix: 'Mark the same register entries with <Ref to="…"> in both languages, so the footnotes match.',
    });
  }
}

function readPartFile(
  spec: PartSpec,
  lang: Lang,
  input: EditionInput,
  source: StatementSource,
  problems: LocatedProblem[],
  markUnreadable: () => void,
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
  // A syntax error is the one problem worth reporting: every paragraph would otherwise be “missing”.
  if (parsed.unreadable) {
    markUnreadable();
    return undefined;
  }

  const meta = checkFrontmatter(
    spec,
    lang,
    parsed.frontmatter,
    parsed.frontmatterLines,
    input.checkFrontmatter,
    report,
  );
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
    else {
      if (HAN.test(block.text)) {
        where(
          `English paragraph ${block.id} contains Chinese characters.`,
          'Translate the remaining Chinese; names are romanised in pinyin.',
        );
      }
      problems.push(...englishTextProblems(block, file));
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
  lines: Record<string, number>,
  check: FrontmatterCheck,
  report: (line: number, message: string, fix: string) => void,
): PartText | undefined {
  const result = check(data ?? {});
  if (!result.ok) {
    for (const issue of result.issues) {
      const key = /^(\w+):/.exec(issue)?.[1];
      report(
        (key && lines[key]) || 1,
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
        lines[key] ?? 1,
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
  const where = `${sourcePath} line ${line.line}`;
  if (block.text === expected) {
    checkChineseMarkup(block, expected, where, report);
    return;
  }
  if (toSourceForm(block.text) === line.text) {
    report(
      `Chinese paragraph ${block.id} uses ASCII punctuation where the edition prints full-width.`,
      'Use ，；（）： inside Chinese text, as the authentic text does.',
    );
    return;
  }
  const at = firstDifference(block.text, expected);
  const has = [...block.text][at];
  const wants = [...expected][at];
  report(
    `Chinese paragraph ${block.id} differs from the authentic text (${where}) at character ${at + 1}: the file has ${describeCharacter(has)} where the source has ${describeCharacter(wants)} (file “${excerpt(block.text, at)}”, source “${excerpt(expected, at)}”).`,
    `Copy the text of ${where} exactly, with ，；（）： in place of ASCII , ; ( ) :.`,
  );
}

/** The edition's own elements, the only markup allowed around Chinese text. */
const EDITION_MARKUP = /<S id="[^"<>]*">|<\/S>|<Ref to="[^"<>]*">|<\/Ref>/g;

/**
 * The Chinese is verbatim as markup too: once <S> and <Ref> are taken away,
 * what is written must be the source text itself. Markdown emphasis, links,
 * inline code, HTML, character references and escapes all read as the same
 * plain text, so comparing plain text alone would let them through.
 */
function checkChineseMarkup(
  block: StatementBlock,
  expected: string,
  where: string,
  report: (message: string, fix: string) => void,
): void {
  if (block.kind === 'signatures') return;
  const written = block.markup.replace(EDITION_MARKUP, '');
  if (written === expected) return;
  const at = firstDifference(written, expected);
  const extra = [...written].slice(at, at + 12).join('');
  report(
    `Chinese paragraph ${block.id} carries markup the authentic text does not have at character ${at + 1}: “${extra}” (the plain text matches ${where}, the markup does not).`,
    'Only <S id="…"> and <Ref to="…"> may wrap Chinese text: remove Markdown (**, _, [ ](…), `), HTML tags, character references and backslash escapes.',
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
