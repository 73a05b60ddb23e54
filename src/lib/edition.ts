import { PARTS, isParagraphId, partOfParagraph, type PartSpec } from './ids.ts';
import { sentenceId } from './edition/id-format.ts';
import {
  ANY_NUMERAL_HEADING,
  parseSource,
  restoreFullWidth,
  SourceLayoutError,
  type StatementSource,
} from './source.ts';
import { parseStatementFile } from './markdown/statement-file.ts';
import type { ContentProblem, Signatory, StatementBlock } from './markdown/remark-statement.ts';
import { renderInline, type GlossaryForms } from './markdown/render-inline.ts';
import type { Root } from 'hast';
import { digitProblems, englishTextProblems, translationProblems } from './translation-checks.ts';
import { glossaryPath, withBase } from './routes.ts';
import type { EditionText } from './edition/manifest.ts';
import { primaryText } from './edition/current.ts';
import type { PartFrontmatterData } from './schemas/part-frontmatter.ts';
import { verbatimProblems } from './verbatim.ts';

/** The frontmatter every statement file carries: the type of its one schema (src/lib/schemas/part-frontmatter.ts). */
export type PartFrontmatter = PartFrontmatterData;

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
  /** A translation not yet written (draft editions only): shown as “translation pending”. */
  pending?: boolean;
}

/**
 * A paragraph in every text of the edition, the unit of reading, linking and
 * search. `texts` is keyed by the registry's text codes (`zh`, `en`, …); in a
 * draft edition a translation not yet written is there with `pending: true`.
 */
export interface ParagraphPair {
  id: string;
  kind: StatementBlock['kind'];
  /** Line of the authentic source the primary text was checked against. */
  sourceLine: number;
  texts: Record<string, ParagraphText>;
  /** Register entries the paragraph mentions, in the order the primary text names them. */
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
  /** The part's title and subject in each text, by text code. */
  titles: Record<string, PartText>;
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
  /**
   * The source of every authentic text that has one, by text code: its text and its path as messages print it
   * (`content/source/statement.zh.txt`). The primary's gives the layout; each is checked against its own.
   */
  sources: Record<string, { text: string; path: string }>;
  /** How paths are printed in messages, e.g. `content/statement/`. */
  statementDir: string;
  checkFrontmatter: FrontmatterCheck;
  /** Keys of content/instruments/: every <Ref to> must name one. */
  instrumentKeys: ReadonlySet<string>;
  /** Glossary terms to mark in the text, per language. */
  /** The forms each term takes: Chinese, English, and (`other`, by text code) any further text. */
  glossary: { slug: string; category?: string; zh: string[]; en: string[]; other?: Record<string, string[]> }[];
  /** The site's base path, for links into the glossary. */
  base: string;
  /** The registry of texts, in column order (the manifest's `texts`). */
  texts: readonly EditionText[];
  /** A draft may leave translations pending; a published edition may not. */
  status: 'draft' | 'published';
}

const HAN = /\p{Script=Han}/u;

/**
 * Reads every registered text's files, checks them against the id contract,
 * against the primary text and (for every authentic text with a source)
 * against its own source, and pairs them paragraph by paragraph. Returns
 * every problem found rather than stopping at the first, so an editor can
 * fix a file in one pass.
 */
export function buildEdition(input: EditionInput): {
  edition: Edition;
  problems: LocatedProblem[];
  /** Parts with a file that could not be parsed: checks that need their text are skipped rather than cascading. */
  unreadable: Set<string>;
} {
  const problems: LocatedProblem[] = [];
  const unreadable = new Set<string>();
  const sources = readSources(input, problems);
  const source = sources.get(primaryCode(input))?.parsed as StatementSource;
  const parts: Part[] = [];
  const codes = input.texts.map((t) => t.code);

  for (const name of input.files.keys()) {
    const [code, file] = name.split('/');
    const slug = file?.replace(/\.mdx$/, '');
    if (!codes.includes(code ?? '') || !file?.endsWith('.mdx') || !PARTS.some((p) => p.slug === slug)) {
      problems.push({
        file: input.statementDir + name,
        line: 1,
        column: 1,
        message: `“${name}” is not a part of the statement, so its text would never be shown.`,
        fix: `Statement files are ${codes.map((c) => `${c}/`).join(', ')} (the texts of edition.manifest.json) with ${PARTS.map((p) => `${p.slug}.mdx`).join(', ')}; rename or remove this file.`,
      });
    }
  }

  for (const spec of PARTS) {
    const read = new Map<string, ReadFile>();
    let complete = true;
    for (const text of input.texts) {
      const file = readPartFile(spec, text, input, sources.get(text.code), problems, () => unreadable.add(spec.slug));
      if (file) read.set(text.code, file);
      else if (!(input.status === 'draft' && text.role === 'translation' && !unreadable.has(spec.slug)))
        complete = false;
    }
    if (!complete) continue;
    parts.push(pairPart(spec, read, source, input, problems));
  }

  for (const text of input.texts) {
    if (text.role !== 'translation') continue;
    problems.push(
      ...(text.numbers === 'en'
        ? translationProblems(parts, input.glossary, text.code, primaryCode(input))
        : digitProblems(parts, text.code, primaryCode(input))),
    );
  }
  return { edition: { parts, dateline: restoreFullWidth(source.dateline.text) }, problems, unreadable };
}

type ReadFile = { meta: PartText; blocks: Map<string, StatementBlock>; file: string };

/** An authentic text's source, read into lines keyed by the primary's ids. */
type OwnSource = { parsed: StatementSource; path: string };

/**
 * Reads the source of every authentic text that has one. The primary's layout
 * gave the ids, so it always fits; another text's source is aligned to it by
 * position, and a source that does not fit is reported (its text then goes
 * unchecked against it rather than reporting every line).
 */
function readSources(input: EditionInput, problems: LocatedProblem[]): Map<string, OwnSource> {
  const primary = primaryOf(input);
  const sources = new Map<string, OwnSource>();
  for (const text of input.texts) {
    if (text.role !== 'authentic' || !text.source) continue;
    const given = input.sources[text.code];
    if (!given) throw new Error(`The source of the ${textName(text)} text (${text.source}) was not read.`);
    if (text.code === primary.code) {
      sources.set(text.code, { parsed: parseSource(given.text), path: given.path });
      continue;
    }
    try {
      sources.set(text.code, { parsed: parseSource(given.text, ANY_NUMERAL_HEADING), path: given.path });
    } catch (error) {
      if (!(error instanceof SourceLayoutError)) throw error;
      problems.push({
        file: given.path,
        line: error.line,
        column: 1,
        message: `The ${textName(text)} source does not fit the primary source's layout. ${error.message}`,
        fix: `${error.fix} Compare with ${input.sources[primary.code]?.path ?? primary.source}.`,
      });
    }
  }
  return sources;
}

// The primary text, by the registry's one rule (src/lib/edition/current.ts).
const primaryOf = (input: EditionInput) => primaryText(input.texts, 'edition.manifest.json');
const primaryCode = (input: EditionInput) => primaryOf(input).code;
const textName = (text: EditionText) => text.label.en;

/**
 * Pairs a part's paragraphs across the texts and checks that every text
 * agrees with the primary below the paragraph: the same sentences, the same
 * register mentions. Footnotes are numbered by first mention in the primary
 * text, and the other texts use the same numbers.
 */
function pairPart(
  spec: PartSpec,
  read: Map<string, ReadFile>,
  source: StatementSource,
  input: EditionInput,
  problems: LocatedProblem[],
): Part {
  const primaryEntry = primaryOf(input);
  const primary = primaryEntry.code;
  const main = read.get(primary);
  const numbers = new Map<string, number>();
  const footnotes: Footnote[] = [];
  for (const id of spec.ids) {
    for (const ref of main?.blocks.get(id)?.refs ?? []) {
      if (!numbers.has(ref.key)) {
        numbers.set(ref.key, numbers.size + 1);
        footnotes.push({ n: numbers.size, key: ref.key, paragraphs: [] });
      }
      const note = footnotes[(numbers.get(ref.key) ?? 1) - 1];
      if (note && !note.paragraphs.includes(id)) note.paragraphs.push(id);
    }
  }
  // The names of the two states are never marked: they are on every line and need no gloss. A text beyond
  // Chinese and English is marked where a term gives its forms in that text (`forms` in the glossary file).
  const glossary = (code: string): GlossaryForms[] =>
    input.glossary
      .filter((g) => g.category !== 'state')
      .map((g) => ({ slug: g.slug, forms: code === 'zh' || code === 'en' ? g[code] : (g.other?.[code] ?? []) }))
      .filter((g) => g.forms.length > 0);
  // A term is marked at its first occurrence in the part, per text, so the page stays calm.
  const marked = new Map(input.texts.map((t) => [t.code, new Set<string>()]));
  const render = (block: StatementBlock, code: string) =>
    block.kind === 'signatures' || block.pending
      ? { type: 'root' as const, children: [] }
      : renderInline(block.nodes, {
          lang: code === 'zh' ? 'zh' : 'en',
          footnote: (key) => numbers.get(key) ?? 0,
          footnoteHref: (n) => `#fn-${spec.slug}-${n}`,
          glossaryHref: (slug) => withBase(input.base, glossaryPath('en', slug)),
          glossary: glossary(code),
          marked: marked.get(code),
        });

  const paragraphs: ParagraphPair[] = [];
  for (const id of spec.ids) {
    const mainBlock = main?.blocks.get(id);
    if (!main || !mainBlock) continue;
    const texts: Record<string, ParagraphText> = {};
    let complete = true;
    for (const text of input.texts) {
      const file = read.get(text.code);
      const block = file?.blocks.get(id);
      if (!file || !block) {
        if (input.status === 'draft' && text.role === 'translation') {
          texts[text.code] = pendingText(mainBlock, file?.file ?? `${input.statementDir}${text.code}/${spec.slug}.mdx`);
        } else complete = false;
        continue;
      }
      if (block.pending && input.status !== 'draft') {
        complete = false; // reported by the parser, with the fix
        continue;
      }
      if (text.code !== primary && !block.pending) {
        checkSentences(mainBlock, block, primaryEntry, file.file, text, problems);
        checkRefs(mainBlock, block, file.file, text, primaryEntry, input.instrumentKeys, problems);
      } else if (text.code === primary) {
        checkSentences(mainBlock, mainBlock, primaryEntry, main.file, text, problems);
        checkRefKeys(mainBlock, main.file, input.instrumentKeys, problems);
      }
      texts[text.code] = block.pending
        ? pendingText(mainBlock, file.file)
        : paragraphText(block, file.file, render(block, text.code));
    }
    if (!complete) continue;
    paragraphs.push({
      id,
      kind: mainBlock.kind,
      sourceLine: source.paragraphs.get(id)?.line ?? 0,
      texts,
      refs: [...new Set(mainBlock.refs.map((r) => r.key))],
    });
  }
  const titles: Record<string, PartText> = {};
  for (const text of input.texts) {
    titles[text.code] = read.get(text.code)?.meta ?? main?.meta ?? { title: spec.slug, subject: '' };
  }
  return { slug: spec.slug, order: spec.order, titles, paragraphs, footnotes };
}

/** A translation not yet written, in a draft: the primary's sentence ids with no text. */
function pendingText(primary: StatementBlock, file: string): ParagraphText {
  return {
    text: '',
    inline: { type: 'root', children: [] },
    sentences: primary.sentences.map(({ id, line }) => ({ id, text: '', line, refs: [] })),
    signatories: [],
    file,
    line: 1,
    pending: true,
  };
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

/**
 * Sentence ids are written in every text: `<id>.1`, `<id>.2`, … with the
 * primary's count in each.
 */
function checkSentences(
  primary: StatementBlock,
  block: StatementBlock,
  primaryText: EditionText,
  file: string,
  text: EditionText,
  problems: LocatedProblem[],
): void {
  if (primary.kind === 'signatures') return;
  if (block.sentences.length === 0) {
    problems.push({
      file,
      line: block.line,
      column: 1,
      message: `${textName(text)} paragraph ${block.id} is not divided into sentences.`,
      fix: `Wrap each sentence in <S id="${block.id}.1">…</S>, <S id="${block.id}.2">…</S>, …`,
    });
    return;
  }
  block.sentences.forEach((sentence, i) => {
    const expected = sentenceId(block.id, i + 1);
    if (sentence.id !== expected) {
      problems.push({
        file,
        line: sentence.line,
        column: 1,
        message: `Sentence ${i + 1} of ${textName(text)} paragraph ${block.id} has the id “${sentence.id}”.`,
        fix: `Number sentences in order: <S id="${expected}">.`,
      });
    }
  });
  if (primary !== block && primary.sentences.length && primary.sentences.length !== block.sentences.length) {
    const primaryName = primaryText.label.en;
    problems.push({
      file,
      line: block.line,
      column: 1,
      message: `Paragraph ${block.id} has ${primary.sentences.length} sentence(s) in ${primaryName} but ${block.sentences.length} in ${textName(text)}.`,
      fix: `Each ${primaryName} sentence has exactly one ${textName(text)} counterpart with the same id: split or join the ${textName(text)} to match.`,
    });
  }
}

/** Every <Ref> names a register entry. */
function checkRefKeys(block: StatementBlock, file: string, keys: ReadonlySet<string>, problems: LocatedProblem[]) {
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

/** Every <Ref> names a register entry, and every text mentions the entries the primary does. */
function checkRefs(
  primary: StatementBlock,
  block: StatementBlock,
  file: string,
  text: EditionText,
  primaryText: EditionText,
  keys: ReadonlySet<string>,
  problems: LocatedProblem[],
): void {
  checkRefKeys(block, file, keys, problems);
  const count = (b: StatementBlock) =>
    b.refs
      .map((r) => r.key)
      .sort()
      .join(', ');
  if (count(primary) !== count(block)) {
    problems.push({
      file,
      line: block.line,
      column: 1,
      message: `Paragraph ${block.id} mentions [${count(block)}] in ${textName(text)} but [${count(primary)}] in ${textName(primaryText)}.`,
      fix: `Mark the same register entries with <Ref to="…"> in every text, so the footnotes match.`,
    });
  }
}

function readPartFile(
  spec: PartSpec,
  edText: EditionText,
  input: EditionInput,
  source: OwnSource | undefined,
  problems: LocatedProblem[],
  markUnreadable: () => void,
): ReadFile | undefined {
  const code = edText.code;
  const primary = code === primaryCode(input);
  // A draft shows a paragraph marked pending as pending, in any text but the primary; a translation may also
  // lack files and paragraphs, an authentic text may not (its paragraphs would silently drop out).
  const mayBePending = input.status === 'draft' && !primary;
  const mayBeMissing = input.status === 'draft' && edText.role === 'translation';
  const name = `${code}/${spec.slug}.mdx`;
  const file = input.statementDir + name;
  const text = input.files.get(name);
  const report = (line: number, message: string, fix: string) => problems.push({ file, line, column: 1, message, fix });
  if (text === undefined) {
    if (mayBeMissing) return undefined;
    report(
      1,
      `The ${textName(edText)} file of ${spec.slug} is missing.`,
      `Create ${file} with paragraphs ${spec.ids[0]}…${spec.ids.at(-1)}.`,
    );
    return undefined;
  }
  const parsed = parseStatementFile(text);
  // A pending translation is a problem in a published edition; a draft shows it as pending.
  problems.push(...parsed.problems.filter((p) => !(p.pending && mayBePending)).map((p) => ({ ...p, file })));
  // A syntax error is the one problem worth reporting: every paragraph would otherwise be “missing”.
  if (parsed.unreadable) {
    markUnreadable();
    return undefined;
  }

  const meta = checkFrontmatter(
    spec,
    edText,
    parsed.frontmatter,
    parsed.frontmatterLines,
    input.checkFrontmatter,
    report,
  );
  if (source && meta && spec.kind === 'section') {
    const heading = source.parsed.headings.get(spec.slug);
    if (heading && meta.title !== heading.text) {
      report(
        2,
        `The title “${meta.title}” differs from the section heading “${heading.text}” on line ${heading.line} of the source (${source.path}).`,
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
        `Move it to ${input.statementDir}${code}/${owner.slug}.mdx.`,
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
    const expectedKind = block.id === spec.signatures ? 'signatures' : 'paragraph';
    if (block.kind !== expectedKind) {
      where(
        `${block.id} is written as <${block.kind === 'signatures' ? 'Signatures' : 'P'}>.`,
        expectedKind === 'signatures'
          ? `Write the signature block as <Signatures id="${block.id}">.`
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
    if (block.pending) continue;
    const line = source?.parsed.paragraphs.get(block.id);
    if (source && line) {
      for (const p of verbatimProblems(block, line, edText, `${source.path} line ${line.line}`))
        where(p.message, p.fix);
    } else if (edText.script !== 'Hans' && edText.script !== 'Hant') {
      if (HAN.test(block.text)) {
        where(
          `${textName(edText)} paragraph ${block.id} contains Chinese characters.`,
          'Translate the remaining Chinese; names are romanised in pinyin.',
        );
      }
      if (edText.code === 'en') problems.push(...englishTextProblems(block, file));
    }
  }

  spec.ids.forEach((id, index) => {
    if (blocks.has(id) || mayBeMissing) return;
    const before = spec.ids
      .slice(0, index)
      .reverse()
      .find((prior) => blocks.has(prior));
    const anchor = before ? `after ${before} (line ${blocks.get(before)?.line})` : 'as the first paragraph';
    const line = before ? (blocks.get(before)?.line ?? 1) : 1;
    report(line, `Paragraph ${id} is missing in ${textName(edText)}.`, `Add <P id="${id}">…</P> ${anchor}.`);
  });

  if (!meta) return undefined;
  return { meta, blocks, file };
}

function checkFrontmatter(
  spec: PartSpec,
  text: EditionText,
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
        'Every statement file starts with part, order, lang, title and subject (see src/lib/schemas/part-frontmatter.ts).',
      );
    }
    return undefined;
  }
  const { value } = result;
  const expected = { part: spec.slug, order: spec.order, lang: text.lang } as const;
  let ok = true;
  for (const key of ['part', 'order', 'lang'] as const) {
    if (value[key] !== expected[key]) {
      report(
        lines[key] ?? 1,
        `Frontmatter ${key} is “${value[key]}” but this file is ${text.code}/${spec.slug}.mdx.`,
        `Set ${key}: ${expected[key]}`,
      );
      ok = false;
    }
  }
  return ok ? { title: value.title, subject: value.subject ?? '' } : undefined;
}

/** Prints problems the way compilers do: `file:line:column`, the problem, the fix. */
export function formatProblems(problems: readonly LocatedProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const body = sorted.map((p) => `${p.file}:${p.line}:${p.column}\n  ${p.message}\n  Fix: ${p.fix}`).join('\n\n');
  return `The statement content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.\n\n${body}\n`;
}
