import { describeCharacter } from './characters.ts';
import { restoreFullWidth, toSourceForm } from './full-width.ts';
import type { StatementBlock } from './markdown/remark-statement.ts';
import type { EditionText } from './edition/manifest.ts';
import type { SourceLine } from './source.ts';

/**
 * An authentic text is the official text, so each of its paragraphs must be
 * its source line, character for character. One check serves every
 * authentic text of the registry; only how the source line is read differs
 * by script (see {@link sourceReading}).
 */

/** A difference between a paragraph and its source line: what is wrong, and how to fix it. */
export interface VerbatimProblem {
  message: string;
  fix: string;
}

/** How a text's paragraphs are compared with its source lines. */
interface SourceReading {
  /** The source line as the edition prints it. */
  expected: (sourceText: string) => string;
  /** What of the written paragraph is compared. */
  written: (text: string) => string;
  /** What may stand between a written paragraph and its source line, for the fix. */
  allowed: string;
  chinese: boolean;
}

const isChinese = (text: EditionText) => text.script === 'Hans' || text.script === 'Hant';

// The page collapses runs of ASCII white space into one space, so a line break between two <S> in the MDX
// is the space of the source line. Every other character, no-break spaces included, must match exactly.
const collapseSpace = (text: string) => text.replace(/[ \t\r\n]+/g, ' ').trim();

/**
 * Chinese script: the copy we were given flattened ，；（）： to ASCII and the
 * edition restores them (src/lib/full-width.ts); nothing else may differ, white
 * space included, since a space inside Chinese shows. Any other script:
 * compared exactly, except that a run of spaces and line breaks counts as one
 * space and a paragraph's ends are trimmed, as the page shows it.
 */
export function sourceReading(text: EditionText): SourceReading {
  return isChinese(text)
    ? {
        expected: restoreFullWidth,
        written: (t) => t,
        allowed: ', with ，；（）： in place of ASCII , ; ( ) :',
        chinese: true,
      }
    : { expected: collapseSpace, written: collapseSpace, allowed: '', chinese: false };
}

/**
 * Checks one paragraph of an authentic text against its line of the text's
 * own source (`where` names it: `content/source/statement.zh.txt line 24`):
 * its plain text first, then its markup — once <S> and <Ref> are taken
 * away, what is written must be the source line itself.
 */
export function verbatimProblems(
  block: StatementBlock,
  line: SourceLine,
  text: EditionText,
  where: string,
): VerbatimProblem[] {
  const reading = sourceReading(text);
  const name = text.label.en;
  const expected = reading.expected(line.text);
  const written = reading.written(block.text);
  if (written === expected) return markupProblems(block, expected, reading, name, where);
  if (reading.chinese && toSourceForm(block.text) === line.text) {
    return [
      {
        message: `${name} paragraph ${block.id} uses ASCII punctuation where the edition prints full-width.`,
        fix: 'Use ，；（）： inside Chinese text, as the authentic text does.',
      },
    ];
  }
  const at = firstDifference(written, expected);
  return [
    {
      message: `${name} paragraph ${block.id} differs from the authentic text (${where}) at character ${at + 1}: the file has ${describeCharacter([...written][at])} where the source has ${describeCharacter([...expected][at])} (file “${excerpt(written, at)}”, source “${excerpt(expected, at)}”).`,
      fix: `Copy the text of ${where} exactly${reading.allowed}.`,
    },
  ];
}

/** The edition's own elements, the only markup allowed around an authentic text. */
const EDITION_MARKUP = /<S id="[^"<>]*">|<\/S>|<Ref to="[^"<>]*">|<\/Ref>/g;

/**
 * Markdown emphasis, links, inline code, HTML, character references and
 * escapes all read as the same plain text, so comparing plain text alone
 * would let them through.
 */
function markupProblems(
  block: StatementBlock,
  expected: string,
  reading: SourceReading,
  name: string,
  where: string,
): VerbatimProblem[] {
  if (block.kind === 'signatures') return [];
  const written = reading.written(block.markup.replace(EDITION_MARKUP, ''));
  if (written === expected) return [];
  const at = firstDifference(written, expected);
  const extra = [...written].slice(at, at + 12).join('');
  return [
    {
      message: `${name} paragraph ${block.id} carries markup the authentic text does not have at character ${at + 1}: “${extra}” (the plain text matches ${where}, the markup does not).`,
      fix: `Only <S id="…"> and <Ref to="…"> may wrap ${name} text: remove Markdown (**, _, [ ](…), \`), HTML tags, character references and backslash escapes.`,
    },
  ];
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
