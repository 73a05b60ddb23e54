import { decodeFragment } from './fragment.ts';
import { PARAGRAPH_IDS, isParagraphId, paragraphLabel, partOfParagraph, type Lang } from './ids.ts';

/**
 * A link to several consecutive paragraphs: `#s2-5..s2-7` on a part page (or
 * on the whole-statement page, where a range may cross parts). The syntax is
 * the two ids joined by two dots, first before last in source order.
 */
export const RANGE_SEPARATOR = '..';

export type RangeResult = { ok: true; ids: string[] } | { ok: false; reason: string };

export function parseRange(fragment: string): RangeResult {
  const text = decodeFragment(fragment);
  const [first, last, ...rest] = text.split(RANGE_SEPARATOR);
  if (!first || !last || rest.length) return { ok: false, reason: `“${text}” is not of the form s2-5..s2-7` };
  if (!isParagraphId(first)) return { ok: false, reason: `unknown paragraph id “${first}”` };
  if (!isParagraphId(last)) return { ok: false, reason: `unknown paragraph id “${last}”` };
  const start = PARAGRAPH_IDS.indexOf(first);
  const end = PARAGRAPH_IDS.indexOf(last);
  if (end < start) return { ok: false, reason: `${last} comes before ${first}` };
  return { ok: true, ids: PARAGRAPH_IDS.slice(start, end + 1) };
}

export function formatRange(first: string, last: string): string {
  return first === last ? first : `${first}${RANGE_SEPARATOR}${last}`;
}

/** `II.5–7` within a part, `II.9–III.2` across parts, `II.5` for one paragraph. */
export function rangeLabel(ids: readonly string[], lang: Lang): string {
  const first = ids[0];
  const last = ids.at(-1);
  if (!first || !last) return '';
  if (first === last) return paragraphLabel(first, lang);
  const sameNumberedPart = partOfParagraph(first) === partOfParagraph(last) && /-\d+$/.test(last);
  const end = sameNumberedPart ? last.slice(last.lastIndexOf('-') + 1) : paragraphLabel(last, lang);
  return `${paragraphLabel(first, lang)}–${end}`;
}

/** True when every id of the range is on one part page (so `#a..b` works there). */
export function withinOnePart(ids: readonly string[]): boolean {
  return new Set(ids.map((id) => partOfParagraph(id).slug)).size === 1;
}
