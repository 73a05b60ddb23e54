/**
 * How paragraph ids, sentence ids and ranges are written: built and parsed
 * here, so no other module needs to know that a sentence id is its
 * paragraph's id, a dot and a number (`s2-5.2`), or that a range is two ids
 * joined by two dots (`s2-5..s2-7`). This module knows the syntax only; which
 * ids exist is the id contract's business (`src/lib/ids.ts`).
 */

/** Joins a paragraph id and a sentence number: `s2-5` + `.` + `2`. */
export const SENTENCE_SEPARATOR = '.';
/** Joins the first and last id of a range: `s2-5` + `..` + `s2-7`. */
export const RANGE_SEPARATOR = '..';

/**
 * A paragraph id: lower-case letters and digits, optionally followed by a
 * hyphen and a paragraph number (`pre-3`, `s2-5`), or a bare name
 * (`closing`, `signatures`). Exported as a string for JSON Schema `pattern`s.
 */
export const PARAGRAPH_ID_PATTERN = '[a-z][a-z0-9]*(?:-[1-9][0-9]*)?';
const PARAGRAPH_ID = new RegExp(`^${PARAGRAPH_ID_PATTERN}$`);
const NUMBERED_ID = /^([a-z][a-z0-9]*)-([1-9][0-9]*)$/;
/** A sentence id: a paragraph id, a dot and a sentence number (`s2-5.2`). For JSON Schema `pattern`s. */
export const SENTENCE_ID_PATTERN = `${PARAGRAPH_ID_PATTERN}\\.[1-9][0-9]*`;
const SENTENCE_ID = new RegExp(`^(${PARAGRAPH_ID_PATTERN})\\.([1-9][0-9]*)$`);
const PREFIX = /^[a-z][a-z0-9]*$/;

export class IdFormatError extends Error {}

function positive(n: number, what: string): number {
  if (!Number.isInteger(n) || n < 1) throw new IdFormatError(`${what} must be a whole number from 1, not ${n}.`);
  return n;
}

/** True when `id` is written like a paragraph id (it may still be unknown to the edition). */
export function isWellFormedParagraphId(id: string): boolean {
  return PARAGRAPH_ID.test(id);
}

/** The id prefix of a numbered part: `pre`, or `s` + the section number (`s2`). */
export function sectionPrefix(base: string, section: number): string {
  return `${base}${positive(section, 'A section number')}`;
}

/** `numberedId('s2', 5)` → `s2-5`. */
export function numberedId(prefix: string, number: number): string {
  if (!PREFIX.test(prefix)) throw new IdFormatError(`“${prefix}” is not an id prefix (lower-case letters and digits).`);
  return `${prefix}-${positive(number, 'A paragraph number')}`;
}

/** `s2-5` → `{ prefix: 's2', number: 5 }`; `closing` and malformed ids → undefined. */
export function parseNumberedId(id: string): { prefix: string; number: number } | undefined {
  const match = NUMBERED_ID.exec(id);
  if (!match?.[1] || !match[2]) return undefined;
  return { prefix: match[1], number: Number(match[2]) };
}

/** `sentenceId('s2-5', 2)` → `s2-5.2`. */
export function sentenceId(paragraph: string, number: number): string {
  if (!isWellFormedParagraphId(paragraph)) throw new IdFormatError(`“${paragraph}” is not a paragraph id.`);
  return `${paragraph}${SENTENCE_SEPARATOR}${positive(number, 'A sentence number')}`;
}

/** `s2-5.2` → `{ paragraph: 's2-5', number: 2 }`; anything else → undefined. */
export function parseSentenceId(id: string): { paragraph: string; number: number } | undefined {
  const match = SENTENCE_ID.exec(id);
  if (!match?.[1] || !match[2]) return undefined;
  return { paragraph: match[1], number: Number(match[2]) };
}

/** True when `id` is written like a sentence id. */
export function isWellFormedSentenceId(id: string): boolean {
  return SENTENCE_ID.test(id);
}

function sentenceParts(id: string): { paragraph: string; number: number } {
  const parsed = parseSentenceId(id);
  if (!parsed)
    throw new IdFormatError(`“${id}” is not a sentence id (a paragraph id, a dot and a number, e.g. s2-5.2).`);
  return parsed;
}

/** `s2-5.2` → `s2-5`. Throws on anything that is not a sentence id: callers hold validated ids. */
export function paragraphOfSentence(id: string): string {
  return sentenceParts(id).paragraph;
}

/** `s2-5.2` → `2`. Throws on anything that is not a sentence id. */
export function sentenceNumber(id: string): number {
  return sentenceParts(id).number;
}

// Ids written in running prose (“s2-5 says…”, “see s4-5.1”): numbered ids
// only, since the named ones (`closing`) are ordinary words.
const NUMBERED_ID_IN_TEXT = /\b([a-z][a-z0-9]*-[1-9][0-9]*)(\.[1-9][0-9]*)?\b/g;

/**
 * Replaces each numbered paragraph or sentence id written in `text` with what
 * `replace` returns for it; `sentence` is the sentence number when the id is
 * a sentence id. Whether the id exists is the caller's business.
 */
export function replaceIdsInText(
  text: string,
  replace: (paragraph: string, sentence: number | undefined, written: string) => string,
): string {
  return text.replace(NUMBERED_ID_IN_TEXT, (written, paragraph: string, sentence: string | undefined) =>
    replace(paragraph, sentence === undefined ? undefined : Number(sentence.slice(SENTENCE_SEPARATOR.length)), written),
  );
}

/** The fragment for a run of paragraphs; a one-paragraph range is just its id. */
export function rangeFragment(first: string, last: string): string {
  for (const id of [first, last]) {
    if (!isWellFormedParagraphId(id)) throw new IdFormatError(`“${id}” is not a paragraph id.`);
  }
  return first === last ? first : `${first}${RANGE_SEPARATOR}${last}`;
}

/**
 * `#s2-5..s2-7` (with or without `#`, percent-encoded or not) → its two ends.
 * Only the syntax is checked: whether both ids exist and come in this order
 * is for the caller, who knows the edition.
 */
export function parseRangeFragment(fragment: string): { first: string; last: string } | undefined {
  let text: string;
  try {
    text = decodeURIComponent(fragment.replace(/^#/, ''));
  } catch {
    return undefined;
  }
  const ends = rangeEnds(text);
  if (!ends || !isWellFormedParagraphId(ends.first) || !isWellFormedParagraphId(ends.last)) return undefined;
  return ends;
}

/**
 * The two ends of a decoded range as written (`s2-5..s2-7`), unchecked, so a
 * caller can name the end that is wrong; undefined unless there are exactly
 * two non-empty ends.
 */
export function rangeEnds(text: string): { first: string; last: string } | undefined {
  const [first, last, ...rest] = text.split(RANGE_SEPARATOR);
  if (!first || !last || rest.length) return undefined;
  return { first, last };
}

/** True when a decoded fragment is written as a range (it holds the range separator). */
export function looksLikeRange(text: string): boolean {
  return text.includes(RANGE_SEPARATOR);
}

/** The id a decoded fragment points at first: a range's first end, or the fragment itself. */
export function firstIdOfFragment(text: string): string {
  return text.split(RANGE_SEPARATOR)[0] ?? '';
}
