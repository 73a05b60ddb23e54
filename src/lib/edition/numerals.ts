/** Section numerals: Chinese as the authentic texts print them, Roman as the translations do. Pure, browser-safe. */

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十, 105 → 一百零五: how Chinese documents number their sections. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`No section numeral for ${n}.`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  let out = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) out += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && units) out += '零';
  return out + DIGITS[units];
}

const NUMERALS = new Map(Array.from({ length: 999 }, (_, i) => [chineseNumeral(i + 1), i + 1] as const));

/** 二 → 2; anything that is not a numeral as {@link chineseNumeral} writes it → undefined. */
export function chineseNumeralValue(text: string): number | undefined {
  return NUMERALS.get(text);
}

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Section numbers in a translation are Roman, as the English edition prints them (II). */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
