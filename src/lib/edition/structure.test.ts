import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PARTS } from '../ids.ts';
import { parseSource } from '../source.ts';
import { readManifest } from './manifest.ts';
import { chineseNumeral, chineseNumeralValue } from './numerals.ts';
import { StructureError, derivedIds, deriveStructure, type DerivedStructure } from './structure.ts';

const SOURCE = readFileSync('content/source/statement.zh.txt', 'utf8');
const MANIFEST = readManifest(JSON.parse(readFileSync('content/edition.manifest.json', 'utf8')));
// The published record of every id and its page, as the permalink guard keeps it.
// The published paragraph ids (the snapshot also records sentences and notes).
const SNAPSHOT = (
  JSON.parse(readFileSync('content/permalinks.snapshot.json', 'utf8')) as { paragraphs: Record<string, string> }
).paragraphs;
const DEFAULTS = readManifest({});

const partOf = (structure: DerivedStructure, id: string) =>
  structure.parts.find((part) => part.paragraphs.some((p) => p.id === id))?.slug;

describe('the ids derived from the real source', () => {
  const structure = deriveStructure(SOURCE, MANIFEST);

  it('are exactly the 77 published ids, in the published order', () => {
    expect(derivedIds(structure)).toEqual(Object.keys(SNAPSHOT));
    expect(derivedIds(structure)).toHaveLength(77);
  });

  it('put every paragraph on the page where it was published', () => {
    for (const [id, address] of Object.entries(SNAPSHOT)) {
      expect(address, id).toBe(`/statement/${partOf(structure, id)}/#${id}`);
    }
  });

  it('are the same when the manifest is left empty and the end of the text is inferred', () => {
    const inferred = deriveStructure(SOURCE, DEFAULTS);
    expect(derivedIds(inferred)).toEqual(Object.keys(SNAPSHOT));
    expect(inferred.layout).toEqual({ closingLines: 1, signatureLines: 2, dateline: true });
  });

  it('tie each id to the source line the build checks it against', () => {
    const checked = parseSource(SOURCE);
    for (const part of structure.parts) {
      for (const p of part.paragraphs) {
        const expected = checked.paragraphs.get(p.id);
        expect(p.lines[0]?.line, p.id).toBe(expected?.line);
        expect(p.lines.map((l) => l.text).join('\n'), p.id).toBe(expected?.text);
      }
      if (part.heading) expect(part.heading.line).toBe(checked.headings.get(part.slug)?.line);
    }
    expect(structure.dateline).toEqual(checked.dateline);
  });

  it('read the signatories as the closing prints them', () => {
    const closing = readFileSync('content/statement/zh/closing.mdx', 'utf8');
    const printed = [...closing.matchAll(/<Signatory title="([^"]+)" name="([^"]+)" \/>/g)].map((m) => ({
      title: m[1],
      name: m[2],
    }));
    expect(structure.signatories).toEqual(printed);
  });

  it('agree with the parts src/lib/ids.ts declares (a drift between the two fails here)', () => {
    expect(structure.parts.map((p) => ({ slug: p.slug, order: p.order, ids: p.paragraphs.map((q) => q.id) }))).toEqual(
      PARTS.map((p) => ({ slug: p.slug, order: p.order, ids: [...p.ids] })),
    );
  });
});

describe('Chinese section numerals', () => {
  it('are written as Chinese documents number sections', () => {
    expect([1, 2, 5, 10, 11, 20, 21, 99, 100, 105, 110, 250].map(chineseNumeral)).toEqual([
      '一',
      '二',
      '五',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
      '一百',
      '一百零五',
      '一百一十',
      '二百五十',
    ]);
  });

  it('read back, and anything else is not a numeral', () => {
    expect(chineseNumeralValue('二十一')).toBe(21);
    expect(chineseNumeralValue('一十')).toBeUndefined();
    expect(chineseNumeralValue('二二')).toBeUndefined();
  });
});

/** A small statement in the real layout, one array entry a line. */
const FIXTURE = [
  '甲国和乙国,',
  '声明如下:',
  '一',
  '双方同意合作。',
  '双方愿意交流。',
  '二',
  '双方将扩大贸易。',
  '本声明于2026年3月1日在示例城签署。',
  '甲国总统 乙国总理',
  '张三 李四',
  '(示例社示例城3月1日电)',
];
const derive = (lines: string[], manifest = DEFAULTS) => deriveStructure(`${lines.join('\n')}\n`, manifest);
const failure = (lines: string[], manifest = DEFAULTS): StructureError => {
  try {
    derive(lines, manifest);
  } catch (error) {
    if (error instanceof StructureError) return error;
    throw error;
  }
  throw new Error('the structure was derived although it should not have been');
};

describe('a small well-formed source', () => {
  it('gives preamble, sections and closing ids', () => {
    const structure = derive(FIXTURE);
    expect(structure.parts.map((p) => [p.slug, p.paragraphs.map((q) => q.id)])).toEqual([
      ['preamble', ['pre-1', 'pre-2']],
      ['section-1', ['s1-1', 's1-2']],
      ['section-2', ['s2-1']],
      ['closing', ['closing', 'signatures']],
    ]);
    expect(structure.signatories).toEqual([
      { title: '甲国总统', name: '张三' },
      { title: '乙国总理', name: '李四' },
    ]);
    expect(structure.dateline).toEqual({ line: 11, text: '(示例社示例城3月1日电)' });
  });

  it('reads full-width punctuation and Windows line ends the same way', () => {
    const fullWidth = FIXTURE.map((l) =>
      l
        .replace(/,/g, '，')
        .replace(/:/g, '：')
        .replace(/[()]/g, (c) => (c === '(' ? '（' : '）')),
    );
    const crlf = deriveStructure(FIXTURE.join('\r\n'), DEFAULTS);
    expect(derivedIds(derive(fullWidth))).toEqual(derivedIds(derive(FIXTURE)));
    expect(derivedIds(crlf)).toEqual(derivedIds(derive(FIXTURE)));
  });

  it('accepts headings that carry a title after the numeral', () => {
    const titled = FIXTURE.map((l) => (l === '一' ? '一、总则' : l === '二' ? '二、贸易' : l));
    const structure = derive(titled);
    expect(structure.parts[1]?.heading).toMatchObject({ line: 3, numeral: '一', title: '总则' });
    expect(derivedIds(structure)).toEqual(derivedIds(derive(FIXTURE)));
  });

  it('has no signatures or dateline when the manifest says so', () => {
    const manifest = readManifest({ closing: { signatureLines: 0, dateline: false } });
    const structure = derive(FIXTURE.slice(0, 8), manifest);
    expect(structure.parts.at(-1)?.paragraphs.map((p) => p.id)).toEqual(['closing']);
    expect(structure.dateline).toBeUndefined();
  });

  it('takes id prefixes and slugs from the manifest', () => {
    const manifest = readManifest({ preamble: { idPrefix: 'p' }, sections: { idPrefix: 'art', slugPrefix: 'part-' } });
    expect(derivedIds(derive(FIXTURE, manifest))).toEqual([
      'p-1',
      'p-2',
      'art1-1',
      'art1-2',
      'art2-1',
      'closing',
      'signatures',
    ]);
    expect(derive(FIXTURE, manifest).parts[2]?.slug).toBe('part-2');
  });
});

describe('a source whose structure cannot be read', () => {
  const replace = (index: number, ...lines: string[]) => FIXTURE.toSpliced(index, 1, ...lines);

  it('names an empty line', () => {
    const error = failure(FIXTURE.toSpliced(4, 0, ''));
    expect(error.line).toBe(5);
    expect(error.message).toMatch(/^Source line 5: expected a paragraph, found an empty line/);
  });

  it('names a heading out of order', () => {
    const error = failure(replace(5, '三'));
    expect(error.line).toBe(6);
    expect(error.message).toContain('expected the heading of section 二');
  });

  it('names a section without paragraphs', () => {
    const error = failure(FIXTURE.toSpliced(3, 2));
    expect(error.line).toBe(4);
    expect(error.message).toContain('expected the first paragraph of section 一');
  });

  it('names a source without any section heading', () => {
    const error = failure(FIXTURE.filter((l) => l !== '一' && l !== '二'));
    // Lines 1–5 are left once the closing, signatures and dateline are read from the end.
    expect(error.line).toBe(5);
    expect(error.message).toContain('expected a section heading (a line holding only 一) somewhere in lines 1–5');
  });

  it('names a source that starts with a heading instead of the preamble', () => {
    const error = failure(FIXTURE.slice(2));
    expect(error.line).toBe(1);
    expect(error.message).toContain('expected the first paragraph of the preamble');
  });

  it('names a line of names that does not match the titles above it', () => {
    const error = failure(replace(9, '张三 李四 王五'));
    expect(error.line).toBe(10);
    expect(error.message).toContain('expected 2 names, one under each title of line 9');
  });

  it('names the line where the closing formula should be', () => {
    const error = failure(FIXTURE.toSpliced(7, 1));
    expect(error.line).toBe(7);
    expect(error.message).toContain('expected the closing formula');
  });

  it('names the last line when the manifest promises a dateline that is not there', () => {
    const error = failure(FIXTURE.slice(0, 10), readManifest({ closing: { dateline: true } }));
    expect(error.line).toBe(10);
    expect(error.message).toContain('expected a dateline in brackets');
  });

  it('names the line when the manifest promises signatures that are not there', () => {
    const withoutSignatures = [...FIXTURE.slice(0, 8), FIXTURE[10] as string];
    const error = failure(withoutSignatures, readManifest({ closing: { signatureLines: 2 } }));
    expect(error.line).toBe(8);
    expect(error.message).toContain('expected the signatories’ names');
  });

  it('says how to fix it', () => {
    expect(failure(replace(5, '三')).message).toMatch(/\n {2}Fix: /);
  });
});

describe('the manifest', () => {
  it('refuses a misspelt field instead of ignoring it', () => {
    expect(() => readManifest({ closing: { signatureLine: 2 } })).toThrow(/closing: Unrecognized key/);
  });
});
