import { describe, expect, it } from 'vitest';
import { digitProblems } from './translation-checks.ts';
import type { Part, ParagraphText } from './edition.ts';

const text = (file: string, sentences: string[]): ParagraphText => ({
  text: sentences.join(''),
  inline: { type: 'root', children: [] },
  sentences: sentences.map((s, i) => ({ id: `s1-1.${i + 1}`, text: s, refs: [], line: 10 + i })),
  signatories: [],
  file,
  line: 9,
});
const part = (zh: string[], ru: string[]): Part[] => [
  {
    slug: 'section-1',
    order: 1,
    titles: {},
    footnotes: [],
    paragraphs: [
      {
        id: 's1-1',
        kind: 'paragraph',
        sourceLine: 5,
        refs: [],
        texts: { zh: text('zh.mdx', zh), ru: text('ru.mdx', ru) },
      },
    ],
  },
];

describe('digitProblems (a translation checked by digits)', () => {
  it('passes when every number reaches the translation, a month written as a word', () => {
    const parts = part(
      ['根据2026年3月1日的共识，庆祝建交30周年。'],
      ['Согласно договорённости от 1 марта 2026 года, к 30-летию.'],
    );
    expect(digitProblems(parts, 'ru', 'zh')).toEqual([]);
  });

  it('names the sentence, the number lost, the file and the line', () => {
    const parts = part(
      ['双方同意。', '贸易额达到310亿美元。'],
      ['Стороны согласились.', 'Товарооборот достиг 31 млрд долларов.'],
    );
    const problems = digitProblems(parts, 'ru', 'zh');
    expect(problems.map((p) => [p.file, p.line])).toEqual([['ru.mdx', 11]]);
    expect(problems[0]?.message).toMatch(/^Sentence s1-1\.2 has 310 in the authentic text but not in the translation/);
  });

  it('catches two sentences swapped when their numbers differ', () => {
    const parts = part(
      ['第一次会议于2019年举行。', '第二次会议于2024年举行。'],
      ['Вторая встреча прошла в 2024 году.', 'Первая встреча прошла в 2019 году.'],
    );
    expect(digitProblems(parts, 'ru', 'zh').map((p) => p.line)).toEqual([10, 11]);
  });

  it('leaves a pending translation alone', () => {
    const parts = part(['2026年'], ['']);
    const ru = parts[0]?.paragraphs[0]?.texts.ru;
    if (ru) ru.pending = true;
    expect(digitProblems(parts, 'ru', 'zh')).toEqual([]);
  });
});
