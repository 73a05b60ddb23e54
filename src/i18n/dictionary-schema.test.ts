import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dictionaryProblems } from './dictionary-schema.ts';

const real = (locale: string, lang: string) => ({
  lang,
  file: `src/i18n/${locale}.json`,
  text: readFileSync(`src/i18n/${locale}.json`, 'utf8'),
});
const fixture = (locale: string, lang: string, data: Record<string, unknown>) => ({
  lang,
  file: `${locale}.json`,
  text: JSON.stringify(data, null, 2),
});

describe('the UI dictionaries', () => {
  it('en.json and zh.json pass: same keys, no empty strings, same placeholders, the plural forms each needs', () => {
    expect(dictionaryProblems({ en: real('en', 'en'), zh: real('zh', 'zh-Hans') })).toEqual([]);
  });
});

describe('dictionaryProblems', () => {
  const en = { 'a.b': 'Hello', 'n.c': { one: '{n} result', other: '{n} results' } };
  const zh = { 'a.b': '你好', 'n.c': { other: '{n} 条结果' } };

  it('names the file, line and key of a key missing in one language, and the fix', () => {
    const problems = dictionaryProblems({
      en: fixture('en', 'en', { ...en, 'x.y': 'Only here' }),
      zh: fixture('zh', 'zh-Hans', zh),
    });
    expect(problems).toEqual([
      'zh.json:1: "x.y" is missing here but is in en. Fix: add it, translated, or remove it everywhere.',
    ]);
  });

  it('refuses an empty string, at its line', () => {
    const problems = dictionaryProblems({
      en: fixture('en', 'en', en),
      zh: fixture('zh', 'zh-Hans', { ...zh, 'a.b': ' ' }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^zh\.json:2: "a\.b" is empty\. Fix: /);
  });

  it('refuses a translation that drops or invents a placeholder', () => {
    const problems = dictionaryProblems({
      en: fixture('en', 'en', { ...en, 'q.s': 'Nothing for {q}' }),
      zh: fixture('zh', 'zh-Hans', { ...zh, 'q.s': '没有找到{query}' }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('zh.json:6: "q.s" has the placeholders {query}');
    expect(problems[0]).toContain('the key uses {q}');
  });

  it('asks each language for exactly the plural forms it distinguishes', () => {
    const problems = dictionaryProblems({
      en: fixture('en', 'en', { ...en, 'n.c': { other: '{n} results' } }),
      zh: fixture('zh', 'zh-Hans', { ...zh, 'n.c': { one: '{n} 条结果', other: '{n} 条结果' } }),
    });
    expect(problems).toEqual([
      'en.json:3: "n.c" has the forms other, but en distinguishes one, other. Fix: add one.',
      'zh.json:3: "n.c" has the forms one, other, but zh-Hans distinguishes other. Fix: remove one.',
    ]);
  });

  it('holds Russian: one, few, many and other', () => {
    const ru = {
      'a.b': 'Привет',
      'n.c': { one: '{n} результат', few: '{n} результата', many: '{n} результатов', other: '{n} результата' },
    };
    expect(dictionaryProblems({ en: fixture('en', 'en', en), ru: fixture('ru', 'ru', ru) })).toEqual([]);
    const short = { one: ru['n.c'].one, few: ru['n.c'].few, other: ru['n.c'].other };
    expect(
      dictionaryProblems({ en: fixture('en', 'en', en), ru: fixture('ru', 'ru', { ...ru, 'n.c': short }) }),
    ).toEqual([
      'ru.json:3: "n.c" has the forms one, few, other, but ru distinguishes one, few, many, other. Fix: add many.',
    ]);
  });

  it('refuses a key that is plural in one language and plain in another', () => {
    const problems = dictionaryProblems({
      en: fixture('en', 'en', en),
      zh: fixture('zh', 'zh-Hans', { ...zh, 'n.c': '{n} 条结果' }),
    });
    expect(problems).toEqual([
      'zh.json:3: "n.c" is a plain text here but plural forms in en. Fix: write it the same way in every dictionary.',
    ]);
  });
});
