import type { Element, Root } from 'hast';
import { unified, type Plugin } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { isWellFormedSentenceId } from '../edition/id-format.ts';

/** What differs between the pages that show the same paragraph. */
export interface ParagraphPage {
  /**
   * Whether this column carries the sentence ids (`id="s2-5.2"`). An id may stand once on a page, but a
   * side-by-side row shows each sentence twice: it goes on the column that anchors the page (Chinese, or
   * English in the English-only view); both copies keep `data-s` for the pair highlight.
   */
  sentenceIds: boolean;
  /** Where a glossary term links on this page: the glossary of the page's interface, `/zh/glossary/#slug`. */
  glossaryHref: (slug: string) => string;
}

declare module 'vfile' {
  interface DataMap {
    paragraphPage: ParagraphPage;
  }
}

const classes = (node: Element): string[] => {
  const value = node.properties.className;
  const list: unknown[] = Array.isArray(value) ? value : [value];
  return list.flatMap((name) => (typeof name === 'string' ? name.split(' ') : []));
};

/**
 * Applies a page's choices (`file.data.paragraphPage`) to a paragraph's inline tree. Sentences and terms are
 * found by what they are (a `span.s` with its `data-s`, an `a.term` with its `data-term`), not by how another
 * module happened to serialise them, so a change there cannot silently drop an id.
 */
export const rehypeParagraphPage: Plugin<[], Root, Root> = function () {
  return (tree, file) => {
    const page = file.data.paragraphPage;
    if (!page) throw new Error('rehypeParagraphPage needs file.data.paragraphPage.');
    visit(tree, 'element', (node) => {
      const names = classes(node);
      const sentence = node.properties.dataS;
      if (page.sentenceIds && node.tagName === 'span' && names.includes('s') && typeof sentence === 'string') {
        if (!isWellFormedSentenceId(sentence)) return;
        // The id right after the class, as the pages have always printed it: `<span class="s" id="…" data-s="…">`.
        const { className, ...rest } = node.properties;
        node.properties = { className, id: sentence, ...rest };
      }
      const term = node.properties.dataTerm;
      if (node.tagName === 'a' && names.includes('term') && typeof term === 'string') {
        node.properties.href = page.glossaryHref(term);
      }
    });
  };
};

const processor = unified().use(rehypeParagraphPage).use(rehypeStringify).freeze();

/**
 * A paragraph's inline HTML for one page. The tree comes from the content store and is shared by every page
 * that shows the paragraph, so it is copied before the page's changes are made to it.
 */
export function paragraphHtml(tree: Root, page: ParagraphPage): string {
  const file = new VFile();
  file.data.paragraphPage = page;
  return processor.stringify(processor.runSync(structuredClone(tree), file), file);
}
