import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { XMLParser } from 'fast-xml-parser';
import {
  markdownText,
  statementJson,
  statementMarkdown,
  statementTei,
  statementText,
  type OpenPart,
  type Provenance,
} from './open-data.ts';
import { STATEMENT_SCHEMA, statementSchema } from './open-data-schema.ts';

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
    titles: { zh: { title: '二', subject: '' }, en: { title: `II ${HOSTILE[3]}`, subject: '' } },
    paragraphs: [
      {
        id: 's2-5',
        refs: [],
        texts: {
          zh: { text: `中文${hostile}`, sentences: [{ id: 's2-5.1', text: `中文${hostile}` }] },
          en: { text: `# 1. > - ${hostile}\n2) second line`, sentences: [{ id: 's2-5.1', text: hostile }] },
        },
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

describe('statement.json and its schema', () => {
  const built = statementJson(provenance, parts, '新华社努尔苏丹9月14日电');

  it('holds each paragraph with its label, both texts, its sentence pairs and what it cites', () => {
    expect(built.$schema).toBe('https://example.org/data/statement.schema.json');
    expect(built.parts[0]?.paragraphs[0]).toMatchObject({
      id: 's2-5',
      label: { zh: '二.5', en: 'II.5' },
      sentences: [{ id: 's2-5.1', zh: `中文${hostile}`, en: hostile }],
      cites: [],
    });
  });

  it('refuses a field the schema does not name, and a field it names that is missing, so the two cannot drift', () => {
    expect(statementSchema.safeParse({ ...built, extra: 1 }).success).toBe(false);
    const paragraph = built.parts[0]?.paragraphs[0];
    const withParagraph = (p: object) => ({ ...built, parts: [{ ...built.parts[0], paragraphs: [p] }] });
    expect(statementSchema.safeParse(withParagraph({ ...paragraph, note: 'x' })).success).toBe(false);
    const withoutCites: Record<string, unknown> = { ...paragraph };
    delete withoutCites.cites;
    expect(statementSchema.safeParse(withParagraph(withoutCites)).success).toBe(false);
    expect(statementSchema.safeParse(withParagraph({ ...paragraph, id: 's2-5.1' })).success).toBe(false);
  });

  it('fails the build loudly, naming the field and the fix, when the builder is given a field the schema lacks', () => {
    const widened = { ...provenance, editor: 'x' } as Provenance;
    expect(() => statementJson(widened, parts, '')).toThrow(
      /does not match its schema: provenance.*editor[\s\S]*open-data-schema\.ts/,
    );
  });

  it('is published as a JSON Schema naming the fields and descriptions a consumer reads', () => {
    // As a consumer reads it: the JSON text published at /data/statement.schema.json.
    const schema = JSON.parse(JSON.stringify(STATEMENT_SCHEMA)) as {
      $schema: string;
      title: string;
      required: string[];
      properties: {
        provenance: { required: string[] };
        parts: {
          items: {
            properties: {
              slug: { enum: string[] };
              paragraphs: { items: { required: string[]; properties: Record<string, { description?: string }> } };
            };
          };
        };
      };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toMatch(/China–Kazakhstan Joint Statement of 14 September 2022/);
    expect(schema.required).toEqual(expect.arrayContaining(['provenance', 'dateline', 'parts']));
    expect(schema.properties.provenance.required).toEqual(
      expect.arrayContaining(['title', 'signed', 'place', 'parties', 'sourceSha256', 'licence', 'translation']),
    );
    const part = schema.properties.parts.items.properties;
    expect(part.slug.enum).toEqual([
      'preamble',
      'section-1',
      'section-2',
      'section-3',
      'section-4',
      'section-5',
      'closing',
    ]);
    const paragraph = part.paragraphs.items;
    expect(paragraph.required).toEqual(expect.arrayContaining(['id', 'label', 'zh', 'en', 'sentences', 'cites']));
    expect(paragraph.properties.id?.description).toMatch(/never renamed or removed/);
    expect(paragraph.properties.zh?.description).toMatch(/authentic Chinese/);
    expect(paragraph.properties.en?.description).toMatch(/unofficial English translation/);
  });
});
