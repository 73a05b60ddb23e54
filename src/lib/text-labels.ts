import { LANG_TAG, t, type Locale, type MessageKey } from '../i18n/index.ts';
import { ALL, localeOfView, type View } from './routes.ts';
import { TEXTS, textEntry, type TextEntry } from './edition/texts.ts';
import en from '../i18n/en.json' with { type: 'json' };

/**
 * How the interface names a text of the edition: its view switch, its column
 * heading, the “other text” under a paragraph. A text the dictionaries name
 * (`view.zh`, `counterpart.en`) keeps its wording; any other text is named
 * by its registry label, so a third text needs no new dictionary keys.
 */
const has = (key: string): key is MessageKey => key in en;
/** The dictionaries' wording under `key` if they have it, else the registry's. */
const worded = (locale: Locale, key: string, otherwise: () => string) => (has(key) ? t(locale, key) : otherwise());

/** The view switch: 中文 · 中文 | English · English (each text names itself; “all” joins them). */
export function viewLabel(locale: Locale, view: View): string {
  if (view === ALL) return TEXTS.map((text) => viewLabel(locale, text.code)).join(' | ');
  return worded(locale, `view.${view}`, () => textEntry(view).name);
}

/** The column heading: “Chinese (authentic text)”, “英文（非官方译文）”. */
export function columnLabel(locale: Locale, code: string): string {
  const text = textEntry(code);
  return t(locale, text.role === 'authentic' ? 'column.authentic' : 'column.translation', {
    name: text.label[locale],
  });
}

/** The summary of the other text under a paragraph in a one-text view. */
export function counterpartLabel(locale: Locale, code: string): string {
  return worded(locale, `counterpart.${code}`, () => textEntry(code).label[locale]);
}

/** The `lang` attribute of a text's view or column (the interface's for “all”). */
export function viewLang(view: View): string | undefined {
  return view === ALL ? undefined : textEntry(view).lang;
}

/** A text's printed PDF in the list of PDFs: “Chinese”, “English”, or the registry's name of another text. */
export function pdfLabel(locale: Locale, code: string): string {
  return worded(locale, `pdf.${code}`, () => textEntry(code).label[locale]);
}

/** What a text's download is, on the data page: its plain-text file and its PDF. */
export function dataFileLabel(locale: Locale, code: string, kind: 'txt' | 'pdf'): string {
  const key = kind === 'txt' ? `data.${code}` : `data.pdf${code.charAt(0).toUpperCase()}${code.slice(1)}`;
  return worded(locale, key, () =>
    t(locale, kind === 'txt' ? 'data.textFile' : 'data.pdfText', { name: textEntry(code).label[locale] }),
  );
}

/**
 * What a share image's and a PDF's footer says of the texts it shows: “Unofficial English translation · the Chinese
 * text is authentic”, “英文和俄文为非官方译文 · 中文为作准文本”. The translations named are those among `codes`; the
 * authentic texts are every authentic text of the registry, since each translation is made from them.
 */
export function textsNote(
  locale: Locale,
  codes: readonly string[],
  registry: readonly Pick<TextEntry, 'code' | 'role' | 'label'>[] = TEXTS,
): string {
  const list = (names: string[]) => new Intl.ListFormat(LANG_TAG[locale], { type: 'conjunction' }).format(names);
  const names = (texts: typeof registry) => texts.map((text) => text.label[locale]);
  const translations = names(registry.filter((text) => text.role === 'translation' && codes.includes(text.code)));
  const authentic = names(registry.filter((text) => text.role === 'authentic'));
  return [
    ...(translations.length
      ? [t(locale, 'texts.translation', { n: translations.length, names: list(translations) })]
      : []),
    ...(authentic.length ? [t(locale, 'texts.authentic', { n: authentic.length, names: list(authentic) })] : []),
  ].join(' · ');
}

/**
 * The footer of a view's PDF, in the interface it is printed from (`localeOfView`): the Chinese text's PDF in
 * Chinese, the English's and every text side by side in English. A text whose language has no interface of its
 * own (a Russian translation) is printed from the English interface, so its footer is in English.
 */
export function pdfFooterNote(view: View, registry: readonly Pick<TextEntry, 'code' | 'role' | 'label'>[] = TEXTS) {
  const locale = localeOfView(view);
  const codes = view === ALL ? registry.map((text) => text.code) : [view];
  return { locale, note: textsNote(locale, codes, registry) };
}
