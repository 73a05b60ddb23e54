import { PARTS, type PartSpec } from './ids.ts';
import { chineseNumeral, romanNumeral } from './edition/numerals.ts';
import { headingNumeral } from './edition/structure.ts';

export { restoreFullWidth, toSourceForm } from './full-width.ts';

/**
 * SHA-256 of content/source/statement.zh.txt as published with the edition.
 * The build checks the file against this as well as against its .sha256, so
 * the authentic text cannot be changed by editing the file and its checksum.
 */
export const PUBLISHED_SOURCE_SHA256 = '57ed8dc5755a62835c6646d9694de8fd19155bc1547d703c9fc30cdbed18b442';

export interface SourceLine {
  /** 1-based line number in the source file. */
  line: number;
  /** The line as the source has it (ASCII punctuation). */
  text: string;
}

export interface StatementSource {
  /** Paragraph id → its source line. `signatures` spans two lines, joined by `\n`. */
  paragraphs: Map<string, SourceLine>;
  /** Part slug → the heading line that opens it (sections only). */
  headings: Map<string, SourceLine>;
  /** The news agency's dateline after the signatures: provenance, not statement text. */
  dateline: SourceLine;
}

/** The source's lines do not fit the edition's layout: `line` is where, `fix` what to do. */
export class SourceLayoutError extends Error {
  readonly line: number;
  readonly fix: string;
  constructor(line: number, message: string, fix: string) {
    super(message);
    this.line = line;
    this.fix = fix;
  }
}

/** How a source prints a section's heading line. */
export interface HeadingRule {
  matches: (text: string, order: number) => boolean;
  /** What the heading of section `order` looks like, for messages: “二”. */
  describe: (order: number) => string;
}

/**
 * The primary source prints the Chinese numeral (二), alone or followed by a title (二、合作): the headings the
 * ids were derived from (src/lib/edition/structure.ts), read by the same rule.
 */
export const CHINESE_HEADING: HeadingRule = {
  matches: (text, order) => headingNumeral(text) === chineseNumeral(order),
  describe: (order) => `“${chineseNumeral(order)}” (or “${chineseNumeral(order)}、” and a title)`,
};

/**
 * Another authentic text numbers its sections its own way: the numeral alone,
 * Chinese (二), Roman (II) or Arabic (2), with or without a full stop.
 */
export const ANY_NUMERAL_HEADING: HeadingRule = {
  matches: (text, order) =>
    [chineseNumeral(order), romanNumeral(order), String(order)].includes(text.trim().replace(/[.．、]$/, '')),
  describe: (order) => `its numeral alone (“${romanNumeral(order)}”, “${order}” or “${chineseNumeral(order)}”)`,
};

/** How many lines a part takes in the source, headings aside: one a paragraph, two for the signatures. */
const lineCount = (part: PartSpec) => part.ids.length + (part.signatures ? 1 : 0);
const layout = (part: PartSpec) =>
  `${lineCount(part)} line(s) in the primary source (${part.ids.join(', ')}${part.signatures ? `; ${part.signatures} takes two lines, titles then names` : ''})`;

/**
 * Reads the source file (one paragraph a line) into paragraphs keyed by id.
 * The layout is fixed by the id contract: the preamble, then each section as
 * a heading line and its paragraphs, the closing line, two signature lines
 * and the dateline. Anything else is an error, never a guess. Another
 * authentic text's source is read the same way, by position: it must have as
 * many lines in each part as the primary source (`heading` says how it prints
 * its section numerals).
 */
export function parseSource(text: string, heading: HeadingRule = CHINESE_HEADING): StatementSource {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n');
  const paragraphs = new Map<string, SourceLine>();
  const headings = new Map<string, SourceLine>();
  const fix =
    'Write one paragraph a line in the layout of the primary source: the same lines in each part, each section’s numeral on a line of its own, then the closing, the two signature lines and the dateline.';
  let index = 0;
  const take = (what: string): SourceLine => {
    const value = lines[index];
    if (value === undefined) {
      throw new SourceLayoutError(index, `The source ends at line ${index}, where ${what} should follow.`, fix);
    }
    index += 1;
    return { line: index, text: value };
  };

  PARTS.forEach((part, p) => {
    if (part.kind === 'section') {
      const line = take(`the heading of ${part.slug}`);
      if (!heading.matches(line.text, part.order)) {
        const previous = PARTS[p - 1];
        const found = lines.findIndex((l, i) => i >= index && heading.matches(l, part.order)) + 1;
        const why =
          previous && found > 0
            ? `: ${previous.slug} has ${lineCount(previous) + found - line.line} line(s) here but ${layout(previous)}`
            : '';
        throw new SourceLayoutError(
          line.line,
          `Line ${line.line} should be the heading of ${part.slug}, ${heading.describe(part.order)}, but is “${excerpt(line.text)}”${why}.`,
          fix,
        );
      }
      headings.set(part.slug, line);
    }
    const next = PARTS[p + 1];
    const read = (what: string) => {
      const line = take(what);
      if (next?.kind === 'section' && heading.matches(line.text, next.order)) {
        throw new SourceLayoutError(
          line.line,
          `Line ${line.line} is the heading of ${next.slug}, where ${what} should be: ${part.slug} has fewer lines here but ${layout(part)}.`,
          fix,
        );
      }
      return line;
    };
    for (const id of part.ids) {
      if (id === part.signatures) {
        const titles = read('the signatories’ titles');
        const names = read('the signatories’ names');
        paragraphs.set(id, { line: titles.line, text: `${titles.text}\n${names.text}` });
      } else {
        paragraphs.set(id, read(`paragraph ${id}`));
      }
    }
  });
  const dateline = take('the dateline');
  if (index !== lines.length) {
    throw new SourceLayoutError(
      index + 1,
      `The source has ${lines.length - index} unexpected line(s) after its dateline (line ${index}), but ${layout(PARTS.at(-1) as PartSpec)}, then the dateline.`,
      fix,
    );
  }
  return { paragraphs, headings, dateline };
}

function excerpt(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
