import { cslItem, exportFormats, formatCitations, type CslItem, type StatementFacts } from './citation.ts';
import { shortLinkPath, wholePath, withBase } from './routes.ts';
import { rangeLabel } from './ranges.ts';

/** Everything the cite page and its downloads show for one paragraph (or, with no ids, the whole statement). */
export function citationsFor(facts: StatementFacts, ids: readonly string[], site: URL, base: string, accessed: string) {
  const path = ids.length === 1 && ids[0] ? shortLinkPath(ids[0]) : wholePath();
  const url = new URL(withBase(base, path), site).href;
  const items: Record<'zh' | 'en', CslItem> = {
    en: cslItem(facts, ids, 'en', url, accessed),
    zh: cslItem(facts, ids, 'zh', url, accessed),
  };
  const pinpoint = ids.length ? rangeLabel(ids, 'en') : undefined;
  return { url, items, formatted: formatCitations(items, pinpoint), exports: exportFormats(items.en) };
}
