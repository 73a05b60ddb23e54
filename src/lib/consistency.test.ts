import { describe, expect, it } from 'vitest';
import { checkSentencePairs, expectationsOf, hanNumber } from './consistency.ts';

describe('Chinese numerals', () => {
  it('reads the numerals the text uses', () => {
    expect([hanNumber('三十'), hanNumber('十四'), hanNumber('四十'), hanNumber('六'), hanNumber('十')]).toEqual([
      30, 14, 40, 6, 10,
    ]);
    expect(hanNumber('')).toBeUndefined();
  });
});

describe('what a Chinese sentence states', () => {
  const described = (zh: string) => expectationsOf(zh).map((e) => e.describe);

  it('turns dates, anniversaries and numbers into their English forms', () => {
    expect(described('本声明于2022年9月14日在努尔苏丹签署')).toEqual(['14 September 2022']);
    expect(described('值此建交联合公报签署30周年')).toEqual(['30th anniversary']);
    expect(described('联合国大会第2758号决议')).toEqual(['2758']);
    expect(described('第六届亚信峰会将于2022年10月举办')).toEqual(['October 2022', '6th or sixth']);
    expect(described('跃居世界第二大经济体、第一大工业国')).toEqual(['2nd or second', '1st or first or largest']);
    expect(described('三十年来')).toEqual(['30 or thirty or three decades']);
    expect(described('一式两份')).toEqual(['in duplicate']);
    expect(described('14日入境免签政策')).toEqual(['14-day']);
  });
});

describe('sentence pairs', () => {
  it('pass when the English carries everything', () => {
    expect(
      checkSentencePairs([
        {
          id: 'closing.1',
          zh: '本声明于2022年9月14日在努尔苏丹签署，一式两份。',
          en: 'Signed in Nur-Sultan on 14 September 2022 in duplicate.',
        },
      ]),
    ).toEqual([]);
  });

  it('name each lost number, empty, repeated or untranslated sentence', () => {
    expect(
      checkSentencePairs([
        {
          id: 's2-5.2',
          zh: '这也是联合国大会第2758号决议确定的原则。',
          en: 'This is also the principle of the resolution.',
        },
        { id: 's2-5.3', zh: '台湾', en: '' },
        { id: 's2-5.4', zh: '一', en: 'Same words.' },
        { id: 's2-6.1', zh: '二', en: 'Same words.' },
        { id: 's2-7.1', zh: '三', en: 'The 台湾 question.' },
      ]),
    ).toEqual([
      's2-5.2: the Chinese has “2758”, but the English lacks 2758.',
      's2-5.3: the English sentence is empty.',
      's2-6.1: the English repeats s2-5.4 word for word.',
      's2-7.1: the English still contains Chinese: “台湾”.',
    ]);
  });
});
