import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ANY_NUMERAL_HEADING, parseSource, restoreFullWidth, toSourceForm, SourceLayoutError } from './source.ts';

const source = readFileSync('content/source/statement.zh.txt', 'utf8');

describe('full-width punctuation', () => {
  it('restores exactly the five marks the source flattened', () => {
    expect(restoreFullWidth('双方(以下称“双方”),回顾;声明如下:')).toBe('双方（以下称“双方”），回顾；声明如下：');
  });
  it('is undone by toSourceForm, leaving every other character alone', () => {
    const sample = '“一带一路”绿色投资原则(GIP)。中国+中亚五国,2023年至2024年;';
    expect(toSourceForm(restoreFullWidth(sample))).toBe(sample);
    expect(restoreFullWidth('“”、。《》—·')).toBe('“”、。《》—·');
  });
});

describe('the authentic source', () => {
  const parsed = parseSource(source);

  it('maps every paragraph id to its line', () => {
    expect(parsed.paragraphs.size).toBe(77);
    expect(parsed.paragraphs.get('pre-1')?.line).toBe(1);
    expect(parsed.paragraphs.get('s1-1')?.line).toBe(9);
    expect(parsed.paragraphs.get('s4-22')?.line).toBe(66);
    expect(parsed.paragraphs.get('closing')?.line).toBe(81);
    expect(parsed.paragraphs.get('signatures')).toEqual({
      line: 82,
      text: '中华人民共和国主席 哈萨克斯坦共和国总统\n习近平 卡瑟姆若马尔特·托卡耶夫',
    });
  });

  it('finds the five section headings and the dateline', () => {
    expect([...parsed.headings.values()].map((h) => [h.line, h.text])).toEqual([
      [8, '一'],
      [19, '二'],
      [30, '三'],
      [44, '四'],
      [67, '五'],
    ]);
    expect(parsed.dateline).toEqual({ line: 84, text: '(新华社努尔苏丹9月14日电)' });
  });

  it('refuses a source whose layout does not fit the id contract', () => {
    const lines = source.split('\n');
    expect(() => parseSource(lines.filter((_, i) => i !== 20).join('\n'))).toThrow(SourceLayoutError);
    expect(() => parseSource(`${source}\n多余的一行`)).toThrow(/unexpected line/);
  });
});

describe('another authentic text’s source, aligned to the primary by position', () => {
  const lines = source.replace(/\n$/, '').split('\n');
  // The published source with its headings numbered the Roman way, as a Russian text would print them.
  const roman = lines.map((line) => ({ 一: 'I', 二: 'II.', 三: 'III', 四: '4', 五: '五' })[line] ?? line);
  const read = (l: string[]) => parseSource(`${l.join('\n')}\n`, ANY_NUMERAL_HEADING);
  const error = (l: string[]) => {
    try {
      read(l);
    } catch (e) {
      return e as SourceLayoutError;
    }
    throw new Error('expected a layout error');
  };

  it('reads each line as the paragraph the primary has on the same line, whatever numerals it prints', () => {
    const parsed = read(roman);
    expect(parsed.paragraphs.get('s1-1')).toEqual({ line: 9, text: lines[8] });
    expect(parsed.paragraphs.get('closing')?.line).toBe(81);
    expect([...parsed.headings.values()].map((h) => h.text)).toEqual(['I', 'II.', 'III', '4', '五']);
    // The primary's own rule stays the Chinese numeral (alone, or with a title after 、).
    expect(() => parseSource(roman.join('\n'))).toThrow(
      /Line 8 should be the heading of section-1, “一” \(or “一、” and a title\), but is “I”/,
    );
  });

  it('reads a primary source whose headings carry a title (一、政治), as the import derives its ids from it', () => {
    const titled = lines.map((line) => (/^[一二三四五]$/.test(line) ? `${line}、标题` : line));
    const parsed = parseSource(titled.join('\n'));
    expect([...parsed.headings.values()].map((h) => h.text)).toEqual([
      '一、标题',
      '二、标题',
      '三、标题',
      '四、标题',
      '五、标题',
    ]);
    expect(parsed.paragraphs).toEqual(parseSource(source).paragraphs);
    // Not a heading: a numeral run into the text, or the wrong numeral.
    expect(() => parseSource(lines.map((l) => (l === '一' ? '一二三' : l)).join('\n'))).toThrow(/heading of section-1/);
  });

  it('names the part with a line too many, and where', () => {
    const split = [...roman.slice(0, 12), 'одна строка лишняя', ...roman.slice(12)];
    const found = error(split);
    expect(found.line).toBe(19);
    expect(found.message).toMatch(
      /^Line 19 should be the heading of section-2, its numeral alone \(“II”, “2” or “二”\), but is “.*”: section-1 has 11 line\(s\) here but 10 line\(s\) in the primary source \(s1-1, .*, s1-10\)\.$/,
    );
    expect(found.fix).toMatch(/^Write one paragraph a line in the layout of the primary source/);
  });

  it('names the part with a line too few, and where', () => {
    const found = error(roman.filter((_, i) => i !== 12));
    expect(found.line).toBe(18);
    expect(found.message).toMatch(
      /^Line 18 is the heading of section-2, where paragraph s1-10 should be: section-1 has fewer lines here but 10 line\(s\)/,
    );
  });

  it('names a missing or extra line at the end', () => {
    expect(error(roman.slice(0, -1)).message).toBe('The source ends at line 83, where the dateline should follow.');
    expect(error([...roman, 'ещё']).message).toMatch(
      /^The source has 1 unexpected line\(s\) after its dateline \(line 84\)/,
    );
  });
});
