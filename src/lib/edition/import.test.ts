import { describe, expect, it } from 'vitest';
import { parseStatementFile } from '../markdown/statement-file.ts';
import { importEdition, mdxText, splitSentences } from './import.ts';
import { romanNumeral } from './numerals.ts';

describe('splitSentences', () => {
  it('ends a sentence at 。！？ and keeps a closing quote with its sentence', () => {
    expect(splitSentences('双方同意。双方认为，“合作没有止境。”双方愿意吗？是的！')).toEqual([
      '双方同意。',
      '双方认为，“合作没有止境。”',
      '双方愿意吗？',
      '是的！',
    ]);
  });

  it('keeps a paragraph without a final stop as one sentence', () => {
    expect(splitSentences('中华人民共和国和哈萨克斯坦共和国（以下称“双方”）')).toEqual([
      '中华人民共和国和哈萨克斯坦共和国（以下称“双方”）',
    ]);
  });

  it('does not split at semicolons or commas', () => {
    expect(splitSentences('高水平政治互信；各领域密切交往。')).toHaveLength(1);
  });
});

describe('mdxText', () => {
  it('escapes what MDX would read as markup, so the parser gives the text back unchanged', () => {
    const text = '第1*2款<附件>{甲}_乙_[丙]&丁~戊|己#庚`辛\\';
    const file = parseStatementFile(`<P id="pre-1">\n<S id="pre-1.1">${mdxText(text)}</S>\n</P>\n`);
    expect(file.problems).toEqual([]);
    expect(file.blocks[0]?.text).toBe(text);
  });
});

describe('romanNumeral', () => {
  it('numbers sections as the English edition prints them', () => {
    expect([1, 2, 4, 5, 9, 13, 22, 40, 99].map(romanNumeral)).toEqual([
      'I',
      'II',
      'IV',
      'V',
      'IX',
      'XIII',
      'XXII',
      'XL',
      'XCIX',
    ]);
  });
});

describe('importEdition', () => {
  const source = [
    '甲国和乙国,',
    '一',
    '双方同意(原则上)合作:',
    '本声明于2026年3月1日签署。',
    '甲国总统 乙国总理',
    '张三 李四',
    '',
  ].join('\n');
  const edition = importEdition(source, 'ab'.repeat(32));

  it('restores full-width punctuation in the authentic text, as the edition prints it', () => {
    const zh = parseStatementFile(edition.files.get('statement/zh/section-1.mdx') ?? '');
    expect(zh.blocks[0]?.text).toBe('双方同意（原则上）合作：');
    expect(parseStatementFile(edition.files.get('statement/zh/preamble.mdx') ?? '').blocks[0]?.text).toBe(
      '甲国和乙国，',
    );
  });

  it('keeps the source as given, with its digest', () => {
    expect(edition.files.get('source/statement.zh.txt')).toBe(source);
    expect(edition.files.get('source/statement.zh.txt.sha256')).toBe(`${'ab'.repeat(32)}  statement.zh.txt\n`);
  });

  it('records the layout it inferred, so the manifest states it in full', () => {
    const manifest = JSON.parse(edition.files.get('edition.manifest.json') ?? '{}') as {
      status: string;
      closing: Record<string, unknown>;
    };
    expect(manifest.status).toBe('draft');
    expect(manifest.closing).toMatchObject({ lines: 1, signatureLines: 2, dateline: false });
  });

  it('needs a title for the preamble in every text', () => {
    expect(() =>
      importEdition(source, '0', {
        texts: [
          { code: 'zh', lang: 'zh-Hans', role: 'authentic', source: 'source/statement.zh.txt' },
          { code: 'ru', lang: 'ru', role: 'translation' },
        ],
      }),
    ).toThrow(/no title for the preamble in text “ru”/);
  });
});
