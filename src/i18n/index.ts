import en from './en.json';
import zh from './zh.json';
import { fill } from '../lib/fill.ts';

/** The language of the interface (menus, labels), separate from the language of the text. */
export type Locale = 'en' | 'zh';
export type MessageKey = keyof typeof en;

const messages: Record<Locale, Record<MessageKey, string>> = { en, zh };

/** The `lang` attribute value for a locale: `zh-Hans` for Chinese (simplified script). */
export const LANG_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

/** Looks up a UI string; `{name}` placeholders are filled from `values`. */
export function t(locale: Locale, key: MessageKey, values: Record<string, string> = {}): string {
  return fill(messages[locale][key], values);
}
