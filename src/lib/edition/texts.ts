import { LAYOUT } from './layout.ts';
import type { Locale } from '../../i18n/index.ts';

/**
 * The edition's texts as the pages use them: the registry in column order,
 * the primary text, and each text of a paragraph asked by code. Browser-safe
 * (it reads the layout, not files).
 */
export type TextEntry = (typeof LAYOUT.texts)[number];

/** Every text of the edition, in column order (the manifest's `texts`). */
export const TEXTS: readonly TextEntry[] = LAYOUT.texts;

/** The code of the text every other aligns to: the authentic text with a source. */
export const PRIMARY: string = LAYOUT.primary;

/** Whether the edition is a draft whose translations may be pending. */
export const IS_DRAFT: boolean = LAYOUT.status === 'draft';

export function textEntry(code: string): TextEntry {
  const entry = TEXTS.find((t) => t.code === code);
  if (!entry) throw new Error(`No text “${code}” in this edition (texts: ${TEXTS.map((t) => t.code).join(', ')}).`);
  return entry;
}

/** A paragraph's (or part's) text by code; a missing one is a bug, never a blank. */
export function textOf<T>(holder: { texts: Record<string, T> } | { titles: Record<string, T> }, code: string): T {
  const map = 'texts' in holder ? holder.texts : holder.titles;
  const value = map[code];
  if (value === undefined) throw new Error(`No “${code}” text here (has ${Object.keys(map).join(', ')}).`);
  return value;
}

/** The text written in the interface's language if the edition has one, else the primary text. */
export function textForLocale(locale: Locale): string {
  return TEXTS.find((t) => t.code === locale)?.code ?? PRIMARY;
}

/**
 * A paragraph's written texts beyond Chinese and English (an edition with a third text), by code, as the
 * exports carry them (`other` in statement.json and in the search records); a pending translation is left out.
 */
export function otherTexts(
  texts: Record<string, { text: string; pending?: boolean | undefined }>,
  form: (text: string) => string = (text) => text,
): { other?: Record<string, string> } {
  const other = Object.entries(texts).filter(([code, t]) => code !== 'zh' && code !== 'en' && !t.pending);
  return other.length ? { other: Object.fromEntries(other.map(([code, t]) => [code, form(t.text)])) } : {};
}
