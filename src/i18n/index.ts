import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };
import { fill } from '../lib/fill.ts';
import { plural, type PluralForms } from '../lib/plural.ts';
import { LAYOUT, type EditionLayout } from '../lib/edition/layout.ts';
import { chineseNumeral, romanNumeral } from '../lib/edition/numerals.ts';

/** The language of the interface (menus, labels), separate from the language of the text. */
export type Locale = 'en' | 'zh';
type Dictionary = typeof en;
/** Keys whose message has a form per plural category (`{ "one": …, "other": … }`): ask with `{ n }`. */
export type PluralKey = { [K in keyof Dictionary]: Dictionary[K] extends string ? never : K }[keyof Dictionary];
/** Keys of plain UI strings. */
export type MessageKey = Exclude<keyof Dictionary, PluralKey>;

// Both dictionaries are checked against each other at build (src/i18n/dictionary-schema.ts). The edition's own
// wording of the strings that name its statement (content/strings.json, checked by src/lib/edition/current.ts)
// takes their place.
const messages: Record<Locale, Record<keyof Dictionary, string | PluralForms>> = {
  en: { ...en, ...LAYOUT.strings.en },
  zh: { ...zh, ...LAYOUT.strings.zh },
};

/** The `lang` attribute value for a locale: `zh-Hans` for Chinese (simplified script). */
export const LANG_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

/**
 * Looks up a UI string; `{name}` placeholders are filled from `values`. A plural key takes the number as `n`
 * and picks the form that agrees with it by `Intl.PluralRules` of the interface language.
 */
export function t(locale: Locale, key: MessageKey, values?: Record<string, string>): string;
export function t(locale: Locale, key: PluralKey, values: { n: number } & Record<string, string | number>): string;
export function t(locale: Locale, key: MessageKey | PluralKey, values: Record<string, string | number> = {}): string {
  const message = messages[locale][key];
  const strings = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));
  if (typeof message === 'string') return fill(message, strings);
  return plural(message, LANG_TAG[locale], Number(values.n), strings);
}

/** A plural key's forms, for a script that counts in the browser (it calls `plural` from src/lib/plural.ts). */
export function pluralForms(locale: Locale, key: PluralKey): PluralForms {
  const message = messages[locale][key];
  return typeof message === 'string' ? { other: message } : message;
}

/**
 * A part's name in the interface: its own string when the dictionary has one (`part.name.section-2`);
 * for a section beyond those (an imported or synthetic edition with more sections), “Section {n}” with
 * the number written as the interface writes section numbers.
 */
export function partName(
  locale: Locale,
  slug: string,
  parts: readonly Pick<EditionLayout['parts'][number], 'slug' | 'kind' | 'order'>[] = LAYOUT.parts,
): string {
  const own = messages[locale][`part.name.${slug}` as keyof Dictionary];
  if (typeof own === 'string') return own;
  const part = parts.find((p) => p.slug === slug);
  if (part?.kind !== 'section') return slug;
  const numeral: Record<Locale, (n: number) => string> = { en: romanNumeral, zh: chineseNumeral };
  return t(locale, 'part.name.section', { n: numeral[locale](part.order) });
}
