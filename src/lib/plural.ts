import { fill } from './fill.ts';

/** The plural categories of the Unicode CLDR, the names `Intl.PluralRules` answers with. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/**
 * A UI string with a form for each plural category its language uses: English `one` and `other`, Chinese
 * `other` only, Russian `one`, `few`, `many` and `other`. `{n}` stands for the number.
 */
export type PluralForms = { other: string } & Partial<Record<PluralCategory, string>>;

const rules = new Map<string, Intl.PluralRules>();
const rulesFor = (lang: string) => {
  let found = rules.get(lang);
  if (!found) rules.set(lang, (found = new Intl.PluralRules(lang)));
  return found;
};

/** The categories a language distinguishes (`en` → one, other), by the runtime's CLDR data, in CLDR order. */
export function pluralCategories(lang: string): PluralCategory[] {
  const used: string[] = rulesFor(lang).resolvedOptions().pluralCategories;
  return PLURAL_CATEGORIES.filter((category) => used.includes(category));
}

/** The form of `forms` that agrees with `n` in `lang` (a BCP 47 tag), with `{n}` and any other values filled. */
export function plural(forms: PluralForms, lang: string, n: number, values: Record<string, string> = {}): string {
  const form = forms[rulesFor(lang).select(n)] ?? forms.other;
  return fill(form, { ...values, n: String(n) });
}
