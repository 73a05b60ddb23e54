import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const read = (file: string) => readFileSync(`dist/data/${file}`, 'utf8');
const SHA = '57ed8dc5755a62835c6646d9694de8fd19155bc1547d703c9fc30cdbed18b442';
// The paragraph ids (permalinks.json lists the sentence ids after them).
const permalinks = Object.keys(
  JSON.parse(readFileSync('dist/permalinks.json', 'utf8')) as Record<string, string>,
).filter((id) => !id.includes('.'));

interface StatementJson {
  provenance: { sourceSha256: string; licence: { en: string }; translation: string };
  parts: {
    slug: string;
    paragraphs: {
      id: string;
      zh: string;
      en: string;
      sentences: { id: string; zh: string; en: string }[];
      cites: string[];
    }[];
  }[];
}

describe('open data', () => {
  const json = JSON.parse(read('statement.json')) as StatementJson;
  const paragraphs = json.parts.flatMap((p) => p.paragraphs);

  it('statement.json has every paragraph in order, both languages, and every sentence pair', () => {
    expect(paragraphs.map((p) => p.id)).toEqual(permalinks);
    expect(paragraphs.find((p) => p.id === 's2-5')?.zh).toMatch(/^哈方坚定支持一个中国原则，/);
    expect(paragraphs.flatMap((p) => p.sentences)).toHaveLength(115);
    expect(paragraphs.find((p) => p.id === 's2-5')?.cites).toEqual(['unga-resolution-2758']);
  });

  it('statement.json satisfies the required fields its schema names', () => {
    const schema = JSON.parse(read('statement.schema.json')) as {
      required: string[];
      properties: { parts: { items: { properties: { paragraphs: { items: { required: string[] } } } } } };
    };
    for (const key of schema.required) expect(json).toHaveProperty(key);
    const required = schema.properties.parts.items.properties.paragraphs.items.required;
    for (const p of paragraphs) for (const key of required) expect(p, p.id).toHaveProperty(key);
  });

  it.each([
    'statement.json',
    'statement.zh.txt',
    'statement.en.txt',
    'statement.md',
    'statement.tei.xml',
    'instruments.json',
  ])('%s states its provenance, the source checksum and the licence', (file) => {
    const text = read(file);
    expect(text).toContain(SHA);
    expect(text).toMatch(/CC BY 4\.0/);
  });

  it('the text files hold one paragraph a line after its id, the Chinese as the edition prints it', () => {
    const lines = read('statement.zh.txt')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'));
    expect(lines.map((l) => l.split('\t')[0])).toEqual(permalinks);
    expect(lines.find((l) => l.startsWith('closing\t'))).toBe(
      'closing\t本声明于2022年9月14日在努尔苏丹签署，一式两份，每份用中文、哈萨克文和俄文写成，三种文本同等作准。',
    );
    expect(read('statement.en.txt')).toMatch(/unofficial translation/);
  });

  it('the TEI edition is well-formed, with an xml:id on every paragraph and sentence, pointing at its counterpart', () => {
    const tei = read('statement.tei.xml');
    expect(XMLValidator.validate(tei)).toBe(true);
    const ids = new Set([...tei.matchAll(/xml:id="([^"]+)"/g)].map((m) => m[1]));
    for (const id of permalinks) {
      expect(ids.has(`zh-${id}`), id).toBe(true);
      expect(ids.has(`en-${id}`), id).toBe(true);
    }
    for (const m of tei.matchAll(/corresp="#([^"]+)"/g)) expect(ids.has(m[1]), m[1]).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(tei) as { TEI: { '@_xmlns': string } };
    expect(parsed.TEI['@_xmlns']).toBe('http://www.tei-c.org/ns/1.0');
    expect(tei).toMatch(/<div xml:lang="zh-Hans" type="edition">/);
    expect(tei).toMatch(/<div xml:lang="en" type="translation">/);
  });

  it('the register holds every entry', () => {
    const register = JSON.parse(read('instruments.json')) as { instruments: { key: string }[] };
    expect(register.instruments.length).toBeGreaterThanOrEqual(50);
  });
});
