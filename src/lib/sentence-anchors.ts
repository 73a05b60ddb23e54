import { isWellFormedSentenceId } from './edition/id-format.ts';

/**
 * A sentence id (`s2-5.2`) may stand once on a page, but a side-by-side row
 * shows each sentence twice. The id goes on the sentence in the column that
 * anchors the page (Chinese, or English in the English-only view); both
 * copies carry `data-s` for the pair highlight.
 */
export function withSentenceAnchors(html: string): string {
  return html.replace(/<span class="s" data-s="([^"]+)">/g, (span, id: string) =>
    isWellFormedSentenceId(id) ? `<span class="s" id="${id}" data-s="${id}">` : span,
  );
}
