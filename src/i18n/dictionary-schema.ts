import { z } from 'zod';
import { PLURAL_CATEGORIES, pluralCategories } from '../lib/plural.ts';

/** One interface language's dictionary as the check sees it: its BCP 47 tag, its file and what the file holds. */
export interface DictionaryFile {
  lang: string;
  file: string;
  /** The file's text, to point at the line of a problem. */
  text: string;
}

const text = z.string().refine((s) => s.trim() !== '', {
  message: 'is empty. Fix: write the text the reader sees, or remove the key from every dictionary and its callers.',
});

/** A string with forms by number: `{ "one": "{n} result", "other": "{n} results" }`. */
export const pluralForms = z
  .strictObject(Object.fromEntries(PLURAL_CATEGORIES.map((c) => [c, text.optional()])))
  .refine((forms) => forms.other !== undefined, {
    message: 'has no "other" form. Fix: add "other", the form every language has.',
  })
  .describe('A UI string with one form per plural category of its language (Intl.PluralRules); {n} is the number.');

/** Every UI string of one language, by key. */
export const dictionary = z
  .record(z.string(), z.union([text, pluralForms]))
  .describe('UI strings of one interface language: a text, or forms by number.');

const placeholders = (message: string | Partial<Record<string, string>>) =>
  [
    ...new Set(
      (typeof message === 'string' ? [message] : Object.values(message)).flatMap((form) =>
        [...(form ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''),
      ),
    ),
  ].sort();
const formPlaceholders = (form: string) => [...new Set([...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

/**
 * Keys whose languages use different values on purpose, each with why. Every placeholder any language uses
 * must still be one the others know (so a typo fails); only the requirement to use all of them is lifted.
 */
export const PLACEHOLDERS_DIFFER_BY_DESIGN: Record<string, string> = {
  'cite.heading': 'the English heading names the label in both numberings (II.5 · 二.5); the Chinese one only its own',
  'cite.headingSentence': 'the English heading names both labels; the Chinese says "paragraph … sentence …" in words',
};

/**
 * The dictionaries together: each a valid `dictionary`, all with the same keys, a key plural in one plural in
 * all, every plural key with exactly the forms its language distinguishes, and the same `{placeholders}` in
 * every language and every form, so no page shows a raw `{n}` or drops a value.
 */
export function dictionariesSchema(langs: Record<string, string>) {
  const locales = Object.keys(langs);
  return z.record(z.string(), dictionary).superRefine((dicts, ctx) => {
    const keys = [...new Set(Object.values(dicts).flatMap((d) => Object.keys(d)))].sort();
    for (const key of keys) {
      const present = locales.filter((l) => dicts[l]?.[key] !== undefined);
      for (const locale of locales.filter((l) => !present.includes(l))) {
        ctx.addIssue({
          code: 'custom',
          path: [locale, key],
          message: `is missing here but is in ${present.join(', ')}. Fix: add it, translated, or remove it everywhere.`,
        });
      }
      const reference = present[0];
      const first = reference ? dicts[reference]?.[key] : undefined;
      if (first === undefined) continue;
      for (const locale of present) {
        const message = dicts[locale]?.[key];
        if (message === undefined) continue;
        if (typeof message !== typeof first) {
          ctx.addIssue({
            code: 'custom',
            path: [locale, key],
            message: `is ${typeof message === 'string' ? 'a plain text' : 'plural forms'} here but ${typeof first === 'string' ? 'a plain text' : 'plural forms'} in ${reference}. Fix: write it the same way in every dictionary.`,
          });
          continue;
        }
        const differs = key in PLACEHOLDERS_DIFFER_BY_DESIGN;
        const expected = differs
          ? [...new Set(present.flatMap((l) => placeholders(dicts[l]?.[key] ?? '')))].sort()
          : placeholders(first);
        const forms = typeof message === 'string' ? [message] : Object.values(message).filter((f) => f !== undefined);
        for (const form of forms) {
          const found = formPlaceholders(form);
          if (differs ? found.some((p) => !expected.includes(p)) : found.join() !== expected.join()) {
            ctx.addIssue({
              code: 'custom',
              path: [locale, key],
              message: `has the placeholders {${found.join('}, {')}} in "${form}", but the key uses {${expected.join('}, {')}}. Fix: use the same placeholders in every language and every form.`,
            });
          }
        }
        if (typeof message !== 'string') {
          const needed = pluralCategories(langs[locale] ?? locale);
          const has = Object.keys(message);
          const missing = needed.filter((c) => !has.includes(c));
          const extra = has.filter((c) => !(needed as string[]).includes(c));
          if (missing.length > 0 || extra.length > 0) {
            ctx.addIssue({
              code: 'custom',
              path: [locale, key],
              message: `has the forms ${has.join(', ')}, but ${langs[locale]} distinguishes ${needed.join(', ')}. Fix: ${[
                missing.length ? `add ${missing.join(', ')}` : '',
                extra.length ? `remove ${extra.join(', ')}` : '',
              ]
                .filter(Boolean)
                .join(' and ')}.`,
            });
          }
        }
      }
    }
  });
}

/** The line of a key in its dictionary file, for the error message. */
function lineOf(text: string, key: string | undefined): number {
  if (key === undefined) return 1;
  const index = text.indexOf(`${JSON.stringify(key)}:`);
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

/**
 * Checks the UI dictionaries (`src/i18n/en.json`, `zh.json`, …) and returns each problem as
 * `file:line: "key" problem. Fix: …`, or nothing.
 */
export function dictionaryProblems(files: Record<string, DictionaryFile>): string[] {
  const parsed: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [locale, file] of Object.entries(files)) {
    try {
      parsed[locale] = JSON.parse(file.text);
    } catch (error) {
      problems.push(`${file.file}:1: is not valid JSON (${(error as Error).message}). Fix: repair the JSON.`);
    }
  }
  if (problems.length > 0) return problems;
  const langs = Object.fromEntries(Object.entries(files).map(([locale, f]) => [locale, f.lang]));
  const result = dictionariesSchema(langs).safeParse(parsed);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [locale, key] = issue.path.map(String);
    const file = files[locale ?? ''];
    const message = issue.code === 'invalid_union' ? 'is neither a non-empty text nor plural forms' : issue.message;
    return `${file?.file ?? locale}:${lineOf(file?.text ?? '', key)}: "${key ?? ''}" ${message}`;
  });
}
