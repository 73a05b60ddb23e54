import { numberedId, sectionPrefix } from './id-format.ts';
import type { EditionManifest } from './manifest.ts';
import { chineseNumeral, chineseNumeralValue } from './numerals.ts';

/**
 * Reads the parts and paragraph ids of a statement from its plain-text
 * source (one paragraph a line, as content/source/statement.zh.txt) and the
 * edition manifest. The ids are derived, never typed: the preamble is every
 * line before the first section heading; a line holding only a Chinese
 * numeral (一), or the numeral and a title (一、总则), opens a section; the
 * end is the closing formula, the signature lines and the dateline. Where the
 * structure cannot be read, it stops and names the line — it never guesses.
 */

export interface SourceLine {
  /** 1-based line number in the source. */
  line: number;
  /** The line as the source has it. */
  text: string;
}

export interface DerivedParagraph {
  id: string;
  kind: 'paragraph' | 'signatures';
  /** The source line of a paragraph; for the signatures, the titles line and the names line. */
  lines: SourceLine[];
}

export interface SectionHeading extends SourceLine {
  /** The numeral as printed: 二. */
  numeral: string;
  /** A title after the numeral (一、总则 → 总则), if the source prints one. */
  title?: string;
}

export interface DerivedPart {
  slug: string;
  /** 0 for the preamble, 1… for the sections, one more for the closing. */
  order: number;
  kind: 'preamble' | 'section' | 'closing';
  heading?: SectionHeading;
  paragraphs: DerivedParagraph[];
}

export interface Signatory {
  title: string;
  name: string;
}

export interface DerivedStructure {
  parts: DerivedPart[];
  signatories: Signatory[];
  /** The news agency's line after the signatures: provenance, not statement text. */
  dateline?: SourceLine;
  /** The end of the text as found: what the manifest would have to say to fix it. */
  layout: { closingLines: number; signatureLines: 0 | 2; dateline: boolean };
}

/** The structure cannot be read; `line` is where, `expected` what should have been there. */
export class StructureError extends Error {
  readonly line: number;
  readonly expected: string;
  readonly found: string;
  readonly fix: string;
  constructor(line: number, expected: string, found: string, fix: string) {
    super(`Source line ${line}: expected ${expected}, found ${found}.\n  Fix: ${fix}`);
    this.line = line;
    this.expected = expected;
    this.found = found;
    this.fix = fix;
  }
}

const HEADING = /^([一二三四五六七八九十百零]+)(?:[、，,.．]\s*(\S.*))?$/u;

/** The numeral of a section heading line (“二” or “二、合作”), or undefined if the line is not one. */
export function headingNumeral(text: string): string | undefined {
  return readHeading({ line: 0, text })?.numeral;
}

function readHeading(line: SourceLine): SectionHeading | undefined {
  const match = HEADING.exec(line.text);
  if (!match?.[1] || chineseNumeralValue(match[1]) === undefined) return undefined;
  return match[2] ? { ...line, numeral: match[1], title: match[2] } : { ...line, numeral: match[1] };
}

const quote = (text: string) => `“${text.length > 30 ? `${text.slice(0, 30)}…` : text}”`;

/** A line of signatures: two or more fields separated by spaces, no sentence punctuation. */
const signatureFields = (text: string): string[] | undefined => {
  if (/[。！？；，,;:：]/.test(text)) return undefined;
  const fields = text.trim().split(/\s+/);
  return fields.length >= 2 ? fields : undefined;
};

const isDateline = (text: string) => /^[(（][^()（）]+[)）]$/.test(text);
const isSigningFormula = (text: string) => /本(声明|宣言|公报|协定|条约)|签署|签订|签字/.test(text);

/** Splits a source into lines, dropping one final newline and any carriage returns. */
export function sourceLines(source: string): SourceLine[] {
  const text = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '');
  return text.split('\n').map((value, i) => ({ line: i + 1, text: value }));
}

export function deriveStructure(source: string, manifest: EditionManifest): DerivedStructure {
  const lines = sourceLines(source);
  const blank = lines.find((l) => l.text.trim() === '');
  if (blank) {
    throw new StructureError(
      blank.line,
      'a paragraph',
      'an empty line',
      'Write one paragraph a line with no blank lines between them; delete the empty line.',
    );
  }

  const end = readEnd(lines, manifest);
  const body = lines.slice(0, lines.length - end.lineCount);

  const headingAt = body.map(readHeading);
  const first = headingAt.findIndex(Boolean);
  if (first === -1) {
    const last = body.at(-1) ?? lines[0];
    throw new StructureError(
      last?.line ?? 1,
      'a section heading (a line holding only 一) somewhere in lines 1–' + String(last?.line ?? 1),
      'none',
      'Put each section numeral (一, 二, …) on a line of its own before its paragraphs.',
    );
  }
  if (first === 0) {
    throw new StructureError(
      1,
      'the first paragraph of the preamble',
      `the section heading ${quote(body[0]?.text ?? '')}`,
      'The source must start with the preamble (the lines before 一); restore it from the published text.',
    );
  }

  const parts: DerivedPart[] = [
    {
      slug: manifest.preamble.slug,
      order: 0,
      kind: 'preamble',
      paragraphs: body.slice(0, first).map((l, i) => paragraph(numberedId(manifest.preamble.idPrefix, i + 1), l)),
    },
  ];
  let section: DerivedPart | undefined;
  for (let i = first; i < body.length; i += 1) {
    const line = body[i] as SourceLine;
    const heading = headingAt[i];
    if (heading) {
      const number = parts.length;
      const expected = chineseNumeral(number);
      if (heading.numeral !== expected) {
        throw new StructureError(
          line.line,
          `the heading of section ${expected} (or a paragraph)`,
          `the heading ${quote(line.text)}`,
          `Sections are numbered in order; check for a missing or repeated section before line ${line.line}.`,
        );
      }
      if (section && section.paragraphs.length === 0) emptySection(section);
      section = {
        slug: `${manifest.sections.slugPrefix}${number}`,
        order: number,
        kind: 'section',
        heading,
        paragraphs: [],
      };
      parts.push(section);
    } else if (section) {
      const prefix = sectionPrefix(manifest.sections.idPrefix, section.order);
      section.paragraphs.push(paragraph(numberedId(prefix, section.paragraphs.length + 1), line));
    }
  }
  if (section && section.paragraphs.length === 0) emptySection(section);

  const closing: DerivedPart = {
    slug: manifest.closing.slug,
    order: parts.length,
    kind: 'closing',
    paragraphs: end.closing.map((l, i) => paragraph(manifest.closing.ids[i] as string, l)),
  };
  if (end.signatureLines.length) {
    closing.paragraphs.push({ id: manifest.closing.signaturesId, kind: 'signatures', lines: end.signatureLines });
  }
  parts.push(closing);

  const structure: DerivedStructure = {
    parts,
    signatories: end.signatories,
    layout: {
      closingLines: end.closing.length,
      signatureLines: end.signatureLines.length ? 2 : 0,
      dateline: Boolean(end.dateline),
    },
  };
  if (end.dateline) structure.dateline = end.dateline;
  checkUnique(structure);
  return structure;
}

function paragraph(id: string, line: SourceLine): DerivedParagraph {
  return { id, kind: 'paragraph', lines: [line] };
}

function emptySection(section: DerivedPart): never {
  const heading = section.heading as SectionHeading;
  throw new StructureError(
    heading.line + 1,
    `the first paragraph of section ${heading.numeral}`,
    'another heading or the end of the statement',
    `Section ${heading.numeral} (line ${heading.line}) has no paragraphs; restore them or remove the heading.`,
  );
}

interface EndOfText {
  closing: SourceLine[];
  signatureLines: SourceLine[];
  signatories: Signatory[];
  dateline?: SourceLine;
  lineCount: number;
}

/** Reads the end of the statement backwards: dateline, signature lines, closing formula. */
function readEnd(lines: SourceLine[], manifest: EditionManifest): EndOfText {
  const settings = manifest.closing;
  let at = lines.length;
  const last = lines[at - 1];
  if (!last) throw new StructureError(1, 'the text of the statement', 'an empty file', 'Give the source’s text.');

  let dateline: SourceLine | undefined;
  const wantDateline = settings.dateline ?? isDateline(last.text);
  if (wantDateline) {
    if (!isDateline(last.text)) {
      throw new StructureError(
        last.line,
        'a dateline in brackets, e.g. “（新华社努尔苏丹9月14日电）”',
        quote(last.text),
        'Restore the dateline, or set "closing": { "dateline": false } in the manifest.',
      );
    }
    dateline = last;
    at -= 1;
  }

  let signatureLines: SourceLine[] = [];
  let signatories: Signatory[] = [];
  const names = lines[at - 1];
  const titles = lines[at - 2];
  const namesFields = names && signatureFields(names.text);
  const titleFields = titles && signatureFields(titles.text);
  const wantSignatures = settings.signatureLines === undefined ? Boolean(namesFields) : settings.signatureLines === 2;
  if (wantSignatures) {
    if (!names || !namesFields) {
      throw new StructureError(
        names?.line ?? 1,
        `the signatories’ names, separated by spaces${dateline ? ' (before the dateline)' : ''}`,
        names ? quote(names.text) : 'the start of the file',
        'Restore the two signature lines (titles, then names), or set "closing": { "signatureLines": 0 } in the manifest.',
      );
    }
    if (!titles || !titleFields) {
      throw new StructureError(
        titles?.line ?? 1,
        'the signatories’ titles, separated by spaces, above their names',
        titles ? quote(titles.text) : 'the start of the file',
        'Restore the line of titles above the line of names.',
      );
    }
    if (titleFields.length !== namesFields.length) {
      throw new StructureError(
        names.line,
        `${titleFields.length} names, one under each title of line ${titles.line}`,
        `${namesFields.length}`,
        'Separate the titles and the names by spaces only between signatories.',
      );
    }
    signatureLines = [titles, names];
    signatories = titleFields.map((title, i) => ({ title, name: namesFields[i] as string }));
    at -= 2;
  }

  const count = settings.lines ?? 1;
  if (count !== settings.ids.length) {
    throw new StructureError(
      lines[at - 1]?.line ?? 1,
      `${settings.ids.length} closing line(s), one for each of the manifest’s closing ids`,
      `${count} declared`,
      'Make "closing.lines" equal to the number of "closing.ids".',
    );
  }
  const closing = lines.slice(Math.max(0, at - count), at);
  const formula = closing[0];
  if (closing.length < count || !formula) {
    throw new StructureError(1, 'the closing before the signatures', 'the start of the file', 'Restore the closing.');
  }
  if (settings.lines === undefined && !isSigningFormula(formula.text)) {
    throw new StructureError(
      formula.line,
      'the closing formula saying where and when the statement was signed (“本声明于…签署…”)',
      quote(formula.text),
      'Restore the closing, or declare the closing lines in the manifest ("closing": { "lines": n, "ids": [...] }).',
    );
  }
  const end: EndOfText = { closing, signatureLines, signatories, lineCount: lines.length - at + count };
  if (dateline) end.dateline = dateline;
  return end;
}

function checkUnique(structure: DerivedStructure): void {
  const seen = new Map<string, number>();
  for (const p of structure.parts.flatMap((part) => part.paragraphs)) {
    const line = p.lines[0]?.line ?? 1;
    const earlier = seen.get(p.id);
    if (earlier !== undefined) {
      throw new StructureError(
        line,
        `a paragraph with an id of its own`,
        `a second “${p.id}” (the first is line ${earlier})`,
        'Give the closing ids and the prefixes in the manifest names that no other part uses.',
      );
    }
    seen.set(p.id, line);
  }
}

/** The derived ids in source order, for comparing with the published contract. */
export function derivedIds(structure: DerivedStructure): string[] {
  return structure.parts.flatMap((part) => part.paragraphs.map((p) => p.id));
}
