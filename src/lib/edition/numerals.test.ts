import { describe, expect, it } from 'vitest';
import { chineseNumeral, chineseNumeralValue, romanNumeral } from './numerals.ts';

describe('chineseNumeral', () => {
  it('writes section numbers as Chinese documents print them', () => {
    const printed: [number, string][] = [
      [1, '一'],
      [5, '五'],
      [10, '十'],
      [11, '十一'],
      [20, '二十'],
      [99, '九十九'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [250, '二百五十'],
      [999, '九百九十九'],
    ];
    for (const [n, text] of printed) expect(chineseNumeral(n), String(n)).toBe(text);
  });

  it('refuses what no section is numbered', () => {
    for (const n of [0, -1, 1000, 1.5, Number.NaN]) expect(() => chineseNumeral(n), String(n)).toThrow(RangeError);
  });

  it('reads back every numeral it writes, and nothing else', () => {
    for (let n = 1; n <= 999; n += 1) expect(chineseNumeralValue(chineseNumeral(n))).toBe(n);
    for (const text of ['', '零', '一十', '两', '十十', '二 ', '壹', '2'])
      expect(chineseNumeralValue(text), text).toBeUndefined();
  });
});

describe('romanNumeral', () => {
  it('numbers a translation’s sections in Roman numerals, subtractive forms included', () => {
    const printed: [number, string][] = [
      [1, 'I'],
      [4, 'IV'],
      [5, 'V'],
      [9, 'IX'],
      [14, 'XIV'],
      [40, 'XL'],
      [90, 'XC'],
      [250, 'CCL'],
      [400, 'CD'],
      [1994, 'MCMXCIV'],
    ];
    for (const [n, text] of printed) expect(romanNumeral(n), String(n)).toBe(text);
  });
});
