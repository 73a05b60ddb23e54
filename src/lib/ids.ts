/**
 * The paragraph ids are a public contract: each one is an HTML id, a permalink
 * fragment, the key that pairs a Chinese paragraph with its English
 * counterpart, and a search anchor. They are declared here once; every other
 * module asks this one. Once published an id is never renamed or removed.
 */

import { LAYOUT } from './edition/layout.ts';
import { chineseNumeral, romanNumeral } from './edition/numerals.ts';
import { parseNumberedId, parseSentenceId as parseSentenceSyntax, replaceIdsInText } from './edition/id-format.ts';

export type Lang = 'zh' | 'en';

/** A part of the statement: the preamble, sections 一 to 五, and the closing. */
export interface PartSpec {
  /** File name stem and URL segment, e.g. `section-2`. */
  slug: string;
  /** 0 for the preamble, 1–5 for the sections, 6 for the closing. */
  order: number;
  kind: 'preamble' | 'section' | 'closing';
  /** The id of the signature block, in the closing part that has one. */
  signatures?: string | undefined;
  /** Paragraph ids of this part, in source order. */
  ids: readonly string[];
  /** How the part is named in a paragraph label, per language. */
  label: Record<Lang, string>;
}

/**
 * The parts as the current edition's source lays them out (src/lib/edition/current.ts): derived from the
 * source's structure and the manifest, never typed. For the published edition these are the 77 ids of the
 * contract, compared with content/permalinks.snapshot.json by the permalink guard.
 */
export const PARTS: readonly PartSpec[] = LAYOUT.parts.map((part) => ({
  slug: part.slug,
  order: part.order,
  kind: part.kind,
  signatures: part.signatures,
  ids: part.ids,
  label:
    part.kind === 'preamble'
      ? { en: 'Pre.', zh: '序.' }
      : part.kind === 'section'
        ? { en: `${romanNumeral(part.order)}.`, zh: `${part.numeral ?? chineseNumeral(part.order)}.` }
        : { en: '', zh: '' },
}));

/** All paragraph ids in source order (77 in the published edition). */
export const PARAGRAPH_IDS: readonly string[] = PARTS.flatMap((part) => part.ids);

const partById = new Map(PARTS.flatMap((part) => part.ids.map((id) => [id, part] as const)));

export function isParagraphId(id: string): boolean {
  return partById.has(id);
}

export function partOfParagraph(id: string): PartSpec {
  const part = partById.get(id);
  if (!part) throw new Error(`Unknown paragraph id "${id}".`);
  return part;
}

const CLOSING_LABELS: Record<string, Record<Lang, string>> = {
  closing: { en: 'Closing', zh: '结尾' },
  signatures: { en: 'Signatures', zh: '签署' },
};

/**
 * The short, citable label of a paragraph: `II.5` in English, `二.5` in
 * Chinese, `Pre.3` / `序.3` in the preamble.
 */
export function paragraphLabel(id: string, lang: Lang): string {
  const named = CLOSING_LABELS[id];
  if (named) return named[lang];
  const part = partOfParagraph(id);
  return `${part.label[lang]}${parseNumberedId(id)?.number ?? ''}`;
}

/**
 * Editors write paragraph ids in notes and annotations (“s2-5 says…”);
 * readers see labels (“II.5 says…”).
 */
export function labelIdsIn(text: string, lang: Lang): string {
  return replaceIdsInText(text, (id, sentence, written) =>
    isParagraphId(id) ? `${paragraphLabel(id, lang)}${sentence === undefined ? '' : `.${sentence}`}` : written,
  );
}

/**
 * A sentence id of this edition (`s4-5.1`, `closing.1`): its paragraph and
 * the sentence's number. The syntax is `edition/id-format.ts`'s; this adds
 * that the paragraph exists. Undefined for anything else.
 */
export function parseSentenceId(id: string): { paragraph: string; sentence: number } | undefined {
  const parsed = parseSentenceSyntax(id);
  return parsed && isParagraphId(parsed.paragraph)
    ? { paragraph: parsed.paragraph, sentence: parsed.number }
    : undefined;
}
