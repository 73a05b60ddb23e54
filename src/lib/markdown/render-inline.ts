import type { PhrasingContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Element, ElementContent, Root as HastRoot, Text } from 'hast';
import { toHast, type State } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';

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
  /** Terms to mark, each at its first occurrence in the paragraph. */
  glossary: GlossaryForms[];
}

const attribute = (node: MdxJsxTextElement, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : '';
};

/**
 * Renders a paragraph's inline content: `<S>` becomes a sentence span that
 * the reader can highlight with its counterpart, `<Ref>` a mention with its
 * footnote number, and glossary terms become links to their entries.
 */
export function renderInline(nodes: PhrasingContent[], options: RenderOptions): string {
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
                      ariaLabel: `${options.lang === 'zh' ? '注' : 'Note'} ${n}`,
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
  return tree.children.map((child) => toHtml(child as HastRoot['children'][number])).join('');
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
  const marked = new Set<string>();

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
