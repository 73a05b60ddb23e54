import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Element, ElementContent, Root, Text } from 'hast';
import { toHast, type State } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { t } from '../../i18n/index.ts';

/** A glossary term and the forms it takes in one language's text. */
export interface GlossaryForms {
  slug: string;
  forms: string[];
}

export interface RenderOptions {
  lang: 'zh' | 'en';
  /** The footnote number of a register entry within the part. */
  footnote: (key: string) => number;
  /** Where footnote n of this part is: `#fn-section-2-3`. */
  footnoteHref: (n: number) => string;
  /** Where a glossary entry is: `/glossary/#slug`. */
  glossaryHref: (slug: string) => string;
  /** Terms to mark, each at its first occurrence. */
  glossary: GlossaryForms[];
  /**
   * Terms already marked earlier in the part: shared between the part's
   * paragraphs so a term is marked once per part, not in every paragraph.
   */
  marked?: Set<string>;
}

const attribute = (node: MdxJsxTextElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : '';
};

/**
 * Renders a paragraph's inline content to a hast tree: `<S>` becomes a
 * sentence span that the reader can highlight with its counterpart, `<Ref>`
 * a mention with its footnote number, and glossary terms become links to
 * their entries. The tree is kept (in the content store) rather than HTML, so
 * each page can adjust it as a tree (`paragraphHtml`) before serialising it.
 */
export function renderInline(nodes: PhrasingContent[], options: RenderOptions): Root {
  const tree = toHast(
    { type: 'paragraph', children: nodes },
    {
      handlers: {
        mdxJsxTextElement(state: State, node: MdxJsxTextElement): Element {
          const children = state.all(node);
          if (node.name === 'S') {
            return {
              type: 'element',
              tagName: 'span',
              properties: { className: ['s'], dataS: attribute(node, 'id') },
              children,
            };
          }
          const key = attribute(node, 'to');
          const n = options.footnote(key);
          return {
            type: 'element',
            tagName: 'span',
            properties: { className: ['ref'], dataRef: key },
            children: [
              ...children,
              {
                type: 'element',
                tagName: 'sup',
                properties: { className: ['fn'] },
                children: [
                  {
                    type: 'element',
                    tagName: 'a',
                    properties: {
                      href: options.footnoteHref(n),
                      dataRef: key,
                      ariaLabel: t(options.lang, 'footnote.label', { n: String(n) }),
                    },
                    children: [{ type: 'text', value: String(n) }],
                  },
                ],
              },
            ],
          };
        },
      },
    },
  ) as Element;
  markGlossary(tree, options);
  holdFootnoteMarkers(tree, options.lang);
  const root: Root = { type: 'root', children: tree.children };
  // Source positions would triple the tree's size in the content store and no page uses them.
  visit(root, (node) => {
    delete node.position;
  });
  return root;
}

function markGlossary(tree: Element, options: RenderOptions): void {
  const forms = options.glossary
    .flatMap((term) => term.forms.map((form) => ({ form, slug: term.slug })))
    .filter((f) => f.form.length > 0)
    .sort((a, b) => b.form.length - a.form.length);
  if (forms.length === 0) return;
  const escaped = forms.map((f) => f.form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // English terms match whole words, case-insensitively; Chinese ones exactly.
  const pattern =
    options.lang === 'en'
      ? new RegExp(`(?<![\\p{L}-])(?:${escaped.join('|')})(?![\\p{L}])`, 'giu')
      : new RegExp(escaped.join('|'), 'g');
  const slugOf = new Map(forms.map((f) => [f.form.toLowerCase(), f.slug]));
  const marked = options.marked ?? new Set<string>();

  const visit = (parent: Element) => {
    const next: ElementContent[] = [];
    for (const child of parent.children) {
      if (child.type === 'element') {
        const skip = child.tagName === 'a' || child.tagName === 'sup' || child.properties.className?.includes('ref');
        if (!skip) visit(child);
        next.push(child);
      } else if (child.type === 'text') {
        next.push(...splitText(child, pattern, slugOf, marked, options));
      } else next.push(child);
    }
    parent.children = next;
  };
  visit(tree);
}

function splitText(
  node: Text,
  pattern: RegExp,
  slugOf: Map<string, string>,
  marked: Set<string>,
  options: RenderOptions,
): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const slug = slugOf.get(match[0].toLowerCase());
    if (!slug || marked.has(slug)) continue;
    marked.add(slug);
    if (match.index > last) out.push({ type: 'text', value: node.value.slice(last, match.index) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { className: ['term'], href: options.glossaryHref(slug), dataTerm: slug },
      children: [{ type: 'text', value: match[0] }],
    });
    last = match.index + match[0].length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
  return out;
}

// Closing punctuation that must not start a line (行首禁则), in either language.
const CLOSING = /^[，、。；：！？）》」』”’,.;:!?)\]]+/u;

/**
 * A footnote number must never be separated from the word (or Chinese
 * character) it follows, nor leave a comma to start the next line. The
 * last word of the mention, the number and any closing punctuation right
 * after it go into one unbreakable span.
 */
function holdFootnoteMarkers(tree: Element, lang: 'zh' | 'en'): void {
  const visit = (parent: Element) => {
    parent.children.forEach((child, index) => {
      if (child.type !== 'element') return;
      if (!child.properties.className?.toString().split(' ').includes('ref')) {
        visit(child);
        return;
      }
      const sup = child.children.at(-1);
      const before = child.children.at(-2);
      if (!sup || sup.type !== 'element' || sup.tagName !== 'sup') return;
      const held: ElementContent[] = [sup];
      let keep = child.children.length - 1;
      if (before?.type === 'text') {
        // The last Chinese character, or the last English word.
        const tail = (lang === 'zh' ? /\S$/u : /\S+$/u).exec(before.value)?.[0] ?? '';
        if (tail) {
          before.value = before.value.slice(0, before.value.length - tail.length);
          held.unshift({ type: 'text', value: tail });
          if (before.value === '') keep -= 1;
        }
      } else if (before?.type === 'element') {
        held.unshift(before);
        keep -= 1;
      }
      const after = parent.children[index + 1];
      if (after?.type === 'text') {
        const punctuation = CLOSING.exec(after.value)?.[0];
        if (punctuation) {
          after.value = after.value.slice(punctuation.length);
          held.push({ type: 'text', value: punctuation });
        }
      }
      child.children = [
        ...child.children.slice(0, keep),
        { type: 'element', tagName: 'span', properties: { className: ['fn-hold'] }, children: held },
      ];
    });
  };
  visit(tree);
}
