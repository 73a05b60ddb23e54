import { decodeFragment } from './fragment.ts';
import { parseNumberedId, rangeEnds, rangeFragment } from './edition/id-format.ts';
import { PARAGRAPH_IDS, isParagraphId, paragraphLabel, partOfParagraph, type Lang } from './ids.ts';

/**
 * A link to several consecutive paragraphs: `#s2-5..s2-7` on a part page (or
 * on the whole-statement page, where a range may cross parts). The syntax is
 * the two ids joined by two dots (written by `edition/id-format.ts`), first
 * before last in source order.
 */

export type RangeResult = { ok: true; ids: string[] } | { ok: false; reason: string };

export function parseRange(fragment: string): RangeResult {
  const text = decodeFragment(fragment);
  const ends = rangeEnds(text);
  if (!ends) return { ok: false, reason: `“${text}” is not of the form ${rangeFragment('s2-5', 's2-7')}` };
  const { first, last } = ends;
  if (!isParagraphId(first)) return { ok: false, reason: `unknown paragraph id “${first}”` };
  if (!isParagraphId(last)) return { ok: false, reason: `unknown paragraph id “${last}”` };
  const start = PARAGRAPH_IDS.indexOf(first);
  const end = PARAGRAPH_IDS.indexOf(last);
  if (end < start) return { ok: false, reason: `${last} comes before ${first}` };
  return { ok: true, ids: PARAGRAPH_IDS.slice(start, end + 1) };
}

export function formatRange(first: string, last: string): string {
  return rangeFragment(first, last);
}

/** `II.5–7` within a part, `II.9–III.2` across parts, `II.5` for one paragraph. */
export function rangeLabel(ids: readonly string[], lang: Lang): string {
  const first = ids[0];
  const last = ids.at(-1);
  if (!first || !last) return '';
  if (first === last) return paragraphLabel(first, lang);
  const lastNumber = parseNumberedId(last)?.number;
  const sameNumberedPart = partOfParagraph(first) === partOfParagraph(last) && lastNumber !== undefined;
  const end = sameNumberedPart ? String(lastNumber) : paragraphLabel(last, lang);
  return `${paragraphLabel(first, lang)}–${end}`;
}

/** True when every id of the range is on one part page (so `#a..b` works there). */
export function withinOnePart(ids: readonly string[]): boolean {
  return new Set(ids.map((id) => partOfParagraph(id).slug)).size === 1;
}
