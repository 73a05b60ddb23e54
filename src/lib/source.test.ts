import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSource, restoreFullWidth, toSourceForm, SourceLayoutError } from './source.ts';

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
