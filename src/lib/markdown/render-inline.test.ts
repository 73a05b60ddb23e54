import { describe, expect, it } from 'vitest';
import { parseStatementFile } from './statement-file.ts';
import { toHtml } from 'hast-util-to-html';
import { renderInline as renderTree, type RenderOptions } from './render-inline.ts';

const options = (lang: 'zh' | 'en', glossary: RenderOptions['glossary'] = []): RenderOptions => ({
  lang,
  footnote: (key) => ({ 'unga-resolution-2758': 3 })[key] ?? 0,
  footnoteHref: (n) => `#fn-section-2-${n}`,
  glossaryHref: (slug) => `/glossary/#${slug}`,
  glossary,
});
// The tree serialised as it is stored, before any page adjusts it.
const renderInline = (...args: Parameters<typeof renderTree>) => toHtml(renderTree(...args));
const nodes = (mdx: string) => parseStatementFile(mdx).blocks[0]?.nodes ?? [];

describe('renderInline', () => {
  it('renders sentences, a footnoted mention and glossary terms (snapshot)', () => {
    const mdx = [
      '<P id="s2-5">',
      '<S id="s2-5.1">哈方坚定支持一个中国原则。</S><S id="s2-5.2">这也是<Ref to="unga-resolution-2758">联合国大会第2758号决议</Ref>确定的原则。</S>',
      '</P>',
    ].join('\n');
    const html = renderInline(nodes(mdx), options('zh', [{ slug: 'one-china-principle', forms: ['一个中国原则'] }]));
    expect(html).toMatchSnapshot();
  });

  it('numbers a mention with the part’s footnote number and links the note', () => {
    const html = renderInline(
      nodes('<P id="s2-5">\n<S id="s2-5.1">See <Ref to="unga-resolution-2758">resolution 2758</Ref>.</S>\n</P>'),
      options('en'),
    );
    expect(html).toContain(
      '<sup class="fn"><a href="#fn-section-2-3" data-ref="unga-resolution-2758" aria-label="Note 3">3</a></sup>',
    );
  });

  it('marks each term once per paragraph, whole words only in English, never inside a mention', () => {
    const mdx =
      '<P id="s3-9">\n<S id="s3-9.1">The SCO and the SCO; SCOPE; <Ref to="sco">the SCO summit</Ref>.</S>\n</P>';
    const html = renderInline(nodes(mdx), options('en', [{ slug: 'sco', forms: ['SCO'] }]));
    expect(html.match(/class="term"/g)).toHaveLength(1);
    expect(html).toContain('The <a class="term" href="/glossary/#sco" data-term="sco">SCO</a> and the SCO; SCOPE;');
    expect(html).toContain('<span class="ref" data-ref="sco">the SCO <span class="fn-hold">summit<sup');
  });
});

describe('footnote markers stay with their text', () => {
  it('holds the last Chinese character, the number and the comma after it together (行首禁则)', () => {
    const mdx =
      '<P id="s2-5">\n<S id="s2-5.1">这也是<Ref to="unga-resolution-2758">联合国大会第2758号决议</Ref>，确定的原则。</S>\n</P>';
    const html = renderInline(nodes(mdx), options('zh'));
    expect(html).toContain('联合国大会第2758号决<span class="fn-hold">议<sup class="fn">');
    expect(html).toMatch(/<\/sup>，<\/span><\/span>确定的原则/);
  });

  it('holds the last English word and a following full stop', () => {
    const html = renderInline(
      nodes('<P id="s2-5">\n<S id="s2-5.1">See <Ref to="unga-resolution-2758">resolution 2758</Ref>. Then</S>\n</P>'),
      options('en'),
    );
    expect(html).toContain('resolution <span class="fn-hold">2758<sup class="fn">');
    expect(html).toMatch(/<\/sup>\.<\/span><\/span> Then/);
  });

  it('marks a term once across paragraphs that share the part’s set', () => {
    const marked = new Set<string>();
    const glossary = [{ slug: 'sco', forms: ['SCO'] }];
    const first = renderInline(nodes('<P id="s3-9">\n<S id="s3-9.1">The SCO.</S>\n</P>'), {
      ...options('en', glossary),
      marked,
    });
    const second = renderInline(nodes('<P id="s3-10">\n<S id="s3-10.1">The SCO again.</S>\n</P>'), {
      ...options('en', glossary),
      marked,
    });
    expect(first).toContain('class="term"');
    expect(second).not.toContain('class="term"');
  });
});

describe('the stored tree', () => {
  it('carries no source positions (they would only bloat the content store)', () => {
    const tree = renderTree(
      nodes('<P id="s2-5">\n<S id="s2-5.1">See <Ref to="unga-resolution-2758">resolution 2758</Ref>.</S>\n</P>'),
      options('en'),
    );
    expect(JSON.stringify(tree)).not.toContain('"position"');
    expect(tree.type).toBe('root');
  });
});
