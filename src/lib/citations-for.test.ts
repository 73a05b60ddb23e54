import { describe, expect, it } from 'vitest';
import { citationsFor, citedTextOfView, mainCitedText } from './citations-for.ts';
import type { StatementFacts } from './citation.ts';
import type { TextEntry } from './edition/texts.ts';

const facts: StatementFacts = {
  title: { zh: '甲乙两国联合声明', en: 'Joint Statement of Ruritania and Freedonia' },
  parties: [
    { zh: '甲国', en: 'State A' },
    { zh: '乙国', en: 'State B' },
  ],
  signed: '2026-03-01',
  place: { zh: '示例城', en: 'Example City' },
  edition: { zh: '示例读本', en: 'An example edition' },
};
const text = (code: string, lang: string, role: 'authentic' | 'translation', en: string, zh: string): TextEntry =>
  ({ code, lang, role, script: 'Latn', search: 'words', label: { en, zh }, name: en, numbers: 'digits' }) as TextEntry;
const texts = [
  text('zh', 'zh-Hans', 'authentic', 'Chinese', '中文'),
  text('en', 'en', 'translation', 'English', '英文'),
  text('ru', 'ru', 'translation', 'Russian', '俄文'),
];
const site = new URL('https://edition.test');
const dates = { edition: '2026-11-30', accessed: '2026-12-04' };

describe('the citations of a paragraph in an edition with a third text', () => {
  const cited = citationsFor(facts, [], ['s2-5'], site, '/', dates, { texts, primary: 'zh' });

  it('keeps the edition’s styles of the Chinese and the English, at the short link', () => {
    expect(cited.formatted.map((f) => f.key)).toEqual(['gb-t-7714', 'chicago', 'oscola', 'apa']);
    expect(cited.url).toBe('https://edition.test/p/s2-5/');
    expect((JSON.parse(cited.exports.csl) as { language: string }[])[0]?.language).toBe('en');
  });

  it('cites the Russian on its own, at the Russian view of the paragraph, with its CSL item in Russian', () => {
    expect(cited.others.map((o) => o.text.code)).toEqual(['ru']);
    const [ru] = cited.others;
    expect(ru?.url).toBe('https://edition.test/en/ru/statement/section-2/#s2-5');
    expect(ru?.formatted.map((f) => f.key)).toEqual(['chicago', 'oscola', 'apa']);
    expect(ru?.formatted[0]?.reference).toContain('“甲乙两国联合声明” [Joint Statement of Ruritania and Freedonia]. ');
    expect(ru?.item.language).toBe('ru');
    expect(ru?.exports.ris).toContain('LA  - ru\n');
    expect(cited.items.ru?.language).toBe('ru');
  });

  it('leaves the Russian out where it is not written', () => {
    const pending = citationsFor(facts, [], ['s2-5'], site, '/', dates, {
      texts,
      primary: 'zh',
      written: ['zh', 'en'],
    });
    expect(pending.others).toEqual([]);
  });

  it('gives a reading page of a translation’s view that translation’s item, and the English elsewhere', () => {
    expect(mainCitedText(texts).code).toBe('en');
    expect(['both', 'zh', 'en', 'ru'].map((view) => citedTextOfView(view, texts).code)).toEqual([
      'en',
      'en',
      'en',
      'ru',
    ]);
  });
});
