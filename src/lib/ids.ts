/**
 * The paragraph ids are a public contract: each one is an HTML id, a permalink
 * fragment, the key that pairs a Chinese paragraph with its English
 * counterpart, and a search anchor. They are declared here once; every other
 * module asks this one. Once published an id is never renamed or removed.
 */

import {
  numberedId,
  parseNumberedId,
  parseSentenceId as parseSentenceSyntax,
  replaceIdsInText,
  sectionPrefix,
} from './edition/id-format.ts';

export type Lang = 'zh' | 'en';

/** A part of the statement: the preamble, sections 一 to 五, and the closing. */
export interface PartSpec {
  /** File name stem and URL segment, e.g. `section-2`. */
  slug: string;
  /** 0 for the preamble, 1–5 for the sections, 6 for the closing. */
  order: number;
  /** Paragraph ids of this part, in source order. */
  ids: readonly string[];
  /** How the part is named in a paragraph label, per language. */
  label: Record<Lang, string>;
}

const numbered = (prefix: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => numberedId(prefix, i + 1));

const ROMAN = ['I', 'II', 'III', 'IV', 'V'] as const;
/** The section numerals exactly as the Chinese text prints its headings. */
export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五'] as const;
const SECTION_SIZES = [10, 10, 13, 22, 13] as const;

export const PARTS: readonly PartSpec[] = [
  { slug: 'preamble', order: 0, ids: numbered('pre', 7), label: { en: 'Pre.', zh: '序.' } },
  ...SECTION_SIZES.map((size, i) => ({
    slug: `section-${i + 1}`,
    order: i + 1,
    ids: numbered(sectionPrefix('s', i + 1), size),
    label: { en: `${ROMAN[i]}.`, zh: `${CHINESE_NUMERALS[i]}.` },
  })),
  { slug: 'closing', order: 6, ids: ['closing', 'signatures'], label: { en: '', zh: '' } },
];

/** All 77 paragraph ids in source order. */
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
