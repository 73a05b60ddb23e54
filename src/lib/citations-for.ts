import {
  citeAuthenticSource,
  citeEdition,
  citeText,
  cslItem,
  exportFormats,
  hasOwnStyles,
  type AuthenticSource,
  type CslItem,
  type FormattedCitation,
  type StatementFacts,
} from './citation.ts';
import { parseSentenceId } from './ids.ts';
import { defaultView, paragraphPath, sentencePath, shortLinkPath, wholePath, withBase, type View } from './routes.ts';
import { PRIMARY, TEXTS, type TextEntry } from './edition/texts.ts';
import type { Locale } from '../i18n/index.ts';

export interface SourceCitations {
  source: AuthenticSource;
  formatted: FormattedCitation[];
}

/** A text of the edition with no citation style of its own language here (a Russian translation), cited on its own. */
export interface TextCitations {
  text: TextEntry;
  /** Where the text is read: its own view, in the English interface the citations are written for. */
  url: string;
  formatted: FormattedCitation[];
  item: CslItem;
  exports: { bibtex: string; ris: string; csl: string };
}

/**
 * The text whose CSL item a page's metadata and the cite files give: the first translation cited in the
 * styles of its own language (the English). Reading pages of another translation's view give that one instead.
 */
export function mainCitedText(texts: readonly TextEntry[] = TEXTS): TextEntry {
  const main = texts.find((text) => text.role === 'translation' && hasOwnStyles(text)) ?? texts[0];
  if (!main) throw new Error('An edition without texts has nothing to cite.');
  return main;
}

/** The text a reading page's citation metadata cites: the view's translation, else the main cited text. */
export function citedTextOfView(view: View, texts: readonly TextEntry[] = TEXTS): TextEntry {
  return texts.find((text) => text.code === view && text.role === 'translation') ?? mainCitedText(texts);
}

/** Where one text of a paragraph, a sentence or the whole statement is read: that text's own view. */
function placeInView(ids: readonly string[], view: View): string {
  const id = ids[0];
  if (!id) return wholePath(view, 'en');
  return parseSentenceId(id) ? sentencePath(id, view, 'en') : paragraphPath(id, view, 'en');
}

/**
 * Everything the cite page and its downloads show for one paragraph, one sentence (or, with no ids, the whole
 * statement): this edition in the styles of each text's language (the authentic Chinese in GB/T 7714, the
 * English translation in Chicago, OSCOLA and APA), each other text written for these ids in the English-language
 * styles with its own files, and each printing of the authentic Chinese text in four styles. `texts` are the
 * registry's (the primary text first or not), `written` the codes of the texts written for these ids.
 */
export function citationsFor(
  facts: StatementFacts,
  sources: readonly AuthenticSource[],
  ids: readonly string[],
  site: URL,
  base: string,
  dates: { edition: string; accessed: string },
  {
    texts = TEXTS,
    primary = PRIMARY,
    written = texts.map((text) => text.code),
  }: { texts?: readonly TextEntry[]; primary?: string; written?: readonly string[] } = {},
) {
  const path = ids.length === 1 && ids[0] ? shortLinkPath(ids[0]) : wholePath();
  const url = new URL(withBase(base, path), site).href;
  const input = { facts, ids, editionDate: dates.edition, accessed: dates.accessed, url };
  const original = texts.find((text) => text.code === primary);
  if (!original) throw new Error(`The primary text “${primary}” is not among the texts cited.`);
  const items: Record<string, CslItem> = Object.fromEntries(
    texts.map((text) => [text.code, cslItem(input, text, original)]),
  );
  const others: TextCitations[] = texts
    .filter((text) => !hasOwnStyles(text) && written.includes(text.code))
    .map((text) => {
      const own = { ...input, url: new URL(withBase(base, placeInView(ids, text.code)), site).href };
      const item = cslItem(own, text, original);
      return { text, url: own.url, formatted: citeText(own, text, original), item, exports: exportFormats(item) };
    });
  const main = items[mainCitedText(texts).code];
  if (!main) throw new Error('No citation item for the main cited text.');
  return {
    url,
    items,
    formatted: citeEdition(input, texts, original),
    others,
    authentic: sources.map((source) => ({
      source,
      formatted: citeAuthenticSource(facts, source, ids, dates.accessed),
    })),
    exports: exportFormats(main),
  };
}

/** Where the cited paragraph or sentence is read (for the cite page's way back), in the page's own interface. */
export function citedPlace(ids: readonly string[], locale: Locale = 'en'): string {
  const view = defaultView(locale);
  const id = ids[0];
  if (!id) return wholePath(view, locale);
  return parseSentenceId(id) ? sentencePath(id, view, locale) : paragraphPath(id, view, locale);
}
