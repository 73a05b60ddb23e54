import {
  citeAuthenticSource,
  citeEdition,
  cslItem,
  exportFormats,
  type AuthenticSource,
  type CslItem,
  type FormattedCitation,
  type StatementFacts,
} from './citation.ts';
import { parseSentenceId } from './ids.ts';
import { defaultView, paragraphPath, sentencePath, shortLinkPath, wholePath, withBase } from './routes.ts';
import type { Locale } from '../i18n/index.ts';

export interface SourceCitations {
  source: AuthenticSource;
  formatted: FormattedCitation[];
}

/**
 * Everything the cite page and its downloads show for one paragraph, one
 * sentence (or, with no ids, the whole statement): this edition in four
 * styles, and each printing of the authentic Chinese text in four styles.
 */
export function citationsFor(
  facts: StatementFacts,
  sources: readonly AuthenticSource[],
  ids: readonly string[],
  site: URL,
  base: string,
  dates: { edition: string; accessed: string },
) {
  const path = ids.length === 1 && ids[0] ? shortLinkPath(ids[0]) : wholePath();
  const url = new URL(withBase(base, path), site).href;
  const input = { facts, ids, editionDate: dates.edition, accessed: dates.accessed, url };
  const items: Record<'zh' | 'en', CslItem> = { en: cslItem(input, 'en'), zh: cslItem(input, 'zh') };
  return {
    url,
    items,
    formatted: citeEdition(input),
    authentic: sources.map((source) => ({
      source,
      formatted: citeAuthenticSource(facts, source, ids, dates.accessed),
    })),
    exports: exportFormats(items.en),
  };
}

/** Where the cited paragraph or sentence is read (for the cite page's way back), in the page's own interface. */
export function citedPlace(ids: readonly string[], locale: Locale = 'en'): string {
  const view = defaultView(locale);
  const id = ids[0];
  if (!id) return wholePath(view, locale);
  return parseSentenceId(id) ? sentencePath(id, view, locale) : paragraphPath(id, view, locale);
}
