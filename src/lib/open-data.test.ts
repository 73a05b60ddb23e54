import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { XMLParser } from 'fast-xml-parser';
import {
  markdownText,
  statementMarkdown,
  statementTei,
  statementText,
  type OpenPart,
  type Provenance,
} from './open-data.ts';

const HOSTILE = [
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '**bold** _it_ `code` ~~gone~~',
  '&lt;b&gt; &amp; &#60;',
  '![i](data:text/html,x)',
];
const hostile = HOSTILE.join(' ');

const provenance: Provenance = {
  title: { zh: `标题${HOSTILE[0]}`, en: `Title ${HOSTILE[1]}` },
  signed: '2022-09-14',
  place: { zh: '努尔苏丹', en: 'Nur-Sultan' },
  parties: [],
  sourceSha256: '0'.repeat(64),
  sourceFile: 'statement.zh.txt',
  publishedBy: [`People's Daily ${HOSTILE[2]}`],
  licence: { zh: '许可', en: 'Licence' },
  translation: 'Unofficial translation.',
  site: 'https://example.org/',
};
const parts: OpenPart[] = [
  {
    slug: 'section-2',
    order: 2,
    zh: { title: '二', subject: '' },
    en: { title: `II ${HOSTILE[3]}`, subject: '' },
    paragraphs: [
      {
        id: 's2-5',
        refs: [],
        zh: { text: `中文${hostile}`, sentences: [{ id: 's2-5.1', text: `中文${hostile}` }] },
        en: { text: `# 1. > - ${hostile}\n2) second line`, sentences: [{ id: 's2-5.1', text: hostile }] },
      },
    ],
  },
];

/** How a Markdown reader (GitHub, a static-site generator) would show the file, raw HTML allowed through. */
const render = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  );

describe('the Markdown export', () => {
  const html = render(statementMarkdown(provenance, parts));

  it('never turns text into live HTML, links or emphasis', () => {
    expect(html).not.toMatch(
      /<script|<img|<a href="(?!https:\/\/example\.org\/permalinks\.json")|src="data|<strong>|<em>|<code>|<del>/,
    );
    expect(html).not.toMatch(/<h1>1\.|<ol|<blockquote>\s*<p>-/);
  });

  it('shows every character of the text as written', () => {
    const text = (s: string) => render(markdownText(s));
    for (const sample of HOSTILE) {
      // The rendered paragraph, with the HTML escapes of a literal text undone, is the text itself.
      const shown = text(sample)
        .replace(/^<p>|<\/p>\n?$/g, '')
        .replace(/&(#x[0-9a-f]+|lt|gt|quot|amp);/gi, (_, ref: string) =>
          ref.startsWith('#')
            ? String.fromCodePoint(parseInt(ref.slice(2), 16))
            : (({ lt: '<', gt: '>', quot: '"', amp: '&' } as Record<string, string>)[ref] ?? ref),
        );
      expect(shown).toBe(sample);
    }
    expect(text('# not a heading')).toBe('<p># not a heading</p>');
    expect(text('1. not a list')).toBe('<p>1. not a list</p>');
  });
});

describe('the text and TEI exports', () => {
  it('keep text as text: the .txt is plain text, the TEI escapes markup and stays well-formed', () => {
    expect(statementText(provenance, parts, 'en')).toContain(`s2-5\t# 1. > - ${hostile} / 2) second line`);
    const tei = statementTei(provenance, parts, '（新华社）');
    expect(tei).not.toMatch(/<script|<img/);
    const doc = new XMLParser({ ignoreAttributes: false, preserveOrder: false }).parse(tei) as unknown;
    expect(JSON.stringify(doc)).toContain('<script>alert(1)</script>');
  });
});
