import { PARTS } from './ids.ts';
import { chineseNumeral } from './edition/numerals.ts';

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

export class SourceLayoutError extends Error {}

/**
 * Reads the source file (one paragraph a line) into paragraphs keyed by id.
 * The layout is fixed by the id contract: the preamble, then each section as
 * a heading line (一…五) and its paragraphs, the closing line, two signature
 * lines and the dateline. Anything else is an error, never a guess.
 */
export function parseSource(text: string): StatementSource {
  const lines = text.replace(/\n$/, '').split('\n');
  const paragraphs = new Map<string, SourceLine>();
  const headings = new Map<string, SourceLine>();
  let index = 0;
  const take = (what: string): SourceLine => {
    const value = lines[index];
    if (value === undefined) {
      throw new SourceLayoutError(`Source ended at line ${index} while expecting ${what}.`);
    }
    index += 1;
    return { line: index, text: value };
  };

  for (const part of PARTS) {
    if (part.kind === 'section') {
      const heading = take(`the heading of ${part.slug}`);
      const expected = chineseNumeral(part.order);
      if (heading.text !== expected) {
        throw new SourceLayoutError(
          `Source line ${heading.line} should be the heading "${expected}" of ${part.slug} but is "${heading.text}".`,
        );
      }
      headings.set(part.slug, heading);
    }
    for (const id of part.ids) {
      if (id === 'signatures') {
        const titles = take('the signatories’ titles');
        const names = take('the signatories’ names');
        paragraphs.set(id, { line: titles.line, text: `${titles.text}\n${names.text}` });
      } else {
        paragraphs.set(id, take(`paragraph ${id}`));
      }
    }
  }
  const dateline = take('the dateline');
  if (index !== lines.length) {
    throw new SourceLayoutError(`Source has ${lines.length - index} unexpected line(s) after line ${index}.`);
  }
  return { paragraphs, headings, dateline };
}
