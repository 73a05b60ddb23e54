import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { parseStatementFile } from './statement-file.ts';
import { renderInline } from './render-inline.ts';
import { paragraphHtml } from './paragraph-html.ts';

const tree = (mdx: string, lang: 'zh' | 'en', glossary = [{ slug: 'one-china-principle', forms: ['一个中国原则'] }]) =>
  renderInline(parseStatementFile(mdx).blocks[0]?.nodes ?? [], {
    lang,
    footnote: () => 3,
    footnoteHref: (n) => `#fn-section-2-${n}`,
    glossaryHref: (slug) => `/glossary/#${slug}`,
    glossary,
  });
const zh = tree(
  '<P id="s2-5">\n<S id="s2-5.1">哈方坚定支持一个中国原则。</S><S id="s2-5.2">这也是<Ref to="unga-resolution-2758">联合国大会第2758号决议</Ref>确定的原则。</S>\n</P>',
  'zh',
);
const english = (slug: string) => `/glossary/#${slug}`;
const chinese = (slug: string) => `/zh/glossary/#${slug}`;

describe('paragraphHtml: sentence ids', () => {
  it('gives each sentence of the anchoring column its id, right after its class (snapshot)', () => {
    expect(paragraphHtml(zh, { sentenceIds: true, glossaryHref: english })).toMatchSnapshot();
  });

  it('puts the id on every sentence span and on nothing else', () => {
    const html = paragraphHtml(zh, { sentenceIds: true, glossaryHref: english });
    expect(html).toContain('<span class="s" id="s2-5.1" data-s="s2-5.1">');
    expect(html).toContain('<span class="s" id="s2-5.2" data-s="s2-5.2">');
    expect(html.match(/ id="/g)).toHaveLength(2);
  });

  it('leaves the other column without ids, so each id stands once on the page', () => {
    const html = paragraphHtml(zh, { sentenceIds: false, glossaryHref: english });
    expect(html).not.toContain(' id="');
    expect(html).toContain('<span class="s" data-s="s2-5.1">');
  });

  it('finds a sentence whatever order its attributes were written in, and with other classes', () => {
    const reordered: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'span',
          properties: { dataS: 's1-2.1', className: ['lit', 's'] },
          children: [{ type: 'text', value: 'A.' }],
        },
      ],
    };
    expect(paragraphHtml(reordered, { sentenceIds: true, glossaryHref: english })).toBe(
      '<span class="lit s" id="s1-2.1" data-s="s1-2.1">A.</span>',
    );
  });

  it('gives no id to a sentence whose data-s is not a sentence id', () => {
    const odd: Root = {
      type: 'root',
      children: [{ type: 'element', tagName: 'span', properties: { className: ['s'], dataS: 'x y' }, children: [] }],
    };
    expect(paragraphHtml(odd, { sentenceIds: true, glossaryHref: english })).toBe(
      '<span class="s" data-s="x y"></span>',
    );
  });
});

describe('paragraphHtml: glossary links', () => {
  it('points the terms at the glossary of the page interface', () => {
    expect(paragraphHtml(zh, { sentenceIds: false, glossaryHref: chinese })).toContain(
      '<a class="term" href="/zh/glossary/#one-china-principle" data-term="one-china-principle">一个中国原则</a>',
    );
    expect(paragraphHtml(zh, { sentenceIds: false, glossaryHref: english })).toContain(
      'href="/glossary/#one-china-principle"',
    );
  });

  it('leaves footnote links alone', () => {
    expect(paragraphHtml(zh, { sentenceIds: false, glossaryHref: chinese })).toContain(
      '<a href="#fn-section-2-3" data-ref="unga-resolution-2758" aria-label="注 3">3</a>',
    );
  });

  it('does not change the stored tree, which every page showing the paragraph shares', () => {
    const before = JSON.stringify(zh);
    paragraphHtml(zh, { sentenceIds: true, glossaryHref: chinese });
    expect(JSON.stringify(zh)).toBe(before);
  });
});
