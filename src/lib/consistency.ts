import { MONTHS } from './dates.ts';

/**
 * Consistency checks between the authentic Chinese and the English, sentence
 * by sentence: every number, date and ordinal the Chinese states must reach
 * the English in the right form, and the English must be complete, unique
 * and free of untranslated Chinese.
 */

const ORDINAL_WORDS = [
  '',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const HAN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const NUMBER_WORDS: Record<number, string> = {
  1: 'one',
  2: 'two',
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
  8: 'eight',
  9: 'nine',
  10: 'ten',
  20: 'twenty',
  30: 'thirty',
  40: 'forty',
};

/** 三十 → 30, 十四 → 14, 四十 → 40, 六 → 6 (the numerals this text uses). */
export function hanNumber(text: string): number | undefined {
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens ? HAN_DIGITS[tens] : undefined;
  return (tens ? (HAN_DIGITS[tens] ?? 0) : 1) * 10 + (units ? (HAN_DIGITS[units] ?? 0) : 0);
}

function ordinalSuffix(n: number): string {
  const last2 = n % 100;
  if (last2 >= 11 && last2 <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}

/** One thing the Chinese states that the English must carry, and how the English may say it. */
export interface Expectation {
  chinese: string;
  english: RegExp;
  describe: string;
}

const either = (...forms: string[]) => new RegExp(`(?<![\\w-])(?:${forms.join('|')})(?![\\w])`, 'i');

/** What a Chinese sentence states in numbers, dates and ordinals. */
export function expectationsOf(chinese: string): Expectation[] {
  const out: Expectation[] = [];
  const taken: [number, number][] = [];
  const take = (index: number, length: number) => {
    if (taken.some(([a, b]) => index < b && index + length > a)) return false;
    taken.push([index, index + length]);
    return true;
  };

  // Full dates: 2022年9月14日 → 14 September 2022.
  for (const m of chinese.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)) {
    if (!take(m.index, m[0].length)) continue;
    const text = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    out.push({ chinese: m[0], english: either(text), describe: text });
  }
  // Month and year: 2022年10月 → October 2022.
  for (const m of chinese.matchAll(/(\d{4})年(\d{1,2})月/g)) {
    if (!take(m.index, m[0].length)) continue;
    const text = `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
    out.push({ chinese: m[0], english: either(text), describe: text });
  }
  // Anniversaries: 30周年 → 30th anniversary.
  for (const m of chinese.matchAll(/(\d+)周年/g)) {
    if (!take(m.index, m[0].length)) continue;
    const n = Number(m[1]);
    out.push({
      chinese: m[0],
      english: either(`${n}${ordinalSuffix(n)} anniversary`),
      describe: `${n}${ordinalSuffix(n)} anniversary`,
    });
  }
  // Ordinals in characters: 第六届 → sixth / 6th, 第十四个 → 14th, 第二大 → second-largest.
  for (const m of chinese.matchAll(/第([一二三四五六七八九十]+)(?=[届个大])/g)) {
    if (!take(m.index, m[0].length)) continue;
    const n = hanNumber(m[1] ?? '');
    if (!n) continue;
    const word = ORDINAL_WORDS[n];
    const forms = [`${n}${ordinalSuffix(n)}`, ...(word ? [word] : [])];
    // 第一大 (the largest) is “largest” in English, without “first”.
    if (n === 1 && chinese.slice(m.index, m.index + 3) === '第一大') forms.push('largest');
    out.push({ chinese: m[0], english: either(...forms), describe: forms.join(' or ') });
  }
  // Counts in characters: 三十年 → thirty years / 30 years, 四十多年 → more than forty years / four decades.
  for (const m of chinese.matchAll(/([一二三四五六七八九十]{1,3})(多)?(年|强)/g)) {
    if (!take(m.index, m[0].length)) continue;
    const n = hanNumber(m[1] ?? '');
    if (!n || n < 10) continue;
    const forms = [String(n), NUMBER_WORDS[n] ?? String(n)];
    if (n % 10 === 0) forms.push(`${NUMBER_WORDS[n / 10] ?? n / 10} decades`);
    out.push({ chinese: m[0], english: either(...forms), describe: forms.join(' or ') });
  }
  // 一式两份: done in duplicate, two originals.
  for (const m of chinese.matchAll(/一式两份/g)) {
    if (!take(m.index, m[0].length)) continue;
    out.push({ chinese: m[0], english: either('in duplicate', 'two originals'), describe: 'in duplicate' });
  }
  // 14日入境免签: a 14-day stay.
  for (const m of chinese.matchAll(/(\d+)日(?!电)/g)) {
    if (!take(m.index, m[0].length)) continue;
    out.push({ chinese: m[0], english: either(`${m[1]}-day`, `${m[1]} days`), describe: `${m[1]}-day` });
  }
  // Every other number written in digits: 2758, 2035, 2023年 → 2023, 30年 → 30.
  for (const m of chinese.matchAll(/\d+(?:\.\d+)?%?/g)) {
    if (!take(m.index, m[0].length)) continue;
    out.push({ chinese: m[0], english: new RegExp(`(?<![\\d.])${m[0].replace('.', '\\.')}(?![\\d])`), describe: m[0] });
  }
  return out;
}

export interface SentencePair {
  id: string;
  zh: string;
  en: string;
}

/** A problem in one English sentence, with what to do about it. */
export interface SentencePairProblem {
  id: string;
  message: string;
  fix: string;
}

/** Every problem in the English of these sentence pairs. */
export function sentencePairProblems(pairs: readonly SentencePair[]): SentencePairProblem[] {
  const problems: SentencePairProblem[] = [];
  const seen = new Map<string, string>();
  const add = (id: string, message: string, fix: string) => problems.push({ id, message: `${id}: ${message}`, fix });
  for (const pair of pairs) {
    const english = pair.en.trim();
    if (!english) {
      add(pair.id, 'the English sentence is empty.', 'Translate the Chinese sentence with the same id.');
      continue;
    }
    if (/\p{Script=Han}/u.test(english))
      add(
        pair.id,
        `the English still contains Chinese: “${english.match(/\p{Script=Han}+/u)?.[0]}”.`,
        'Translate the remaining Chinese; names are romanised in pinyin.',
      );
    const twin = seen.get(english);
    if (twin)
      add(
        pair.id,
        `the English repeats ${twin} word for word.`,
        `Translate ${pair.id} itself: each Chinese sentence has its own English.`,
      );
    seen.set(english, pair.id);
    for (const expectation of expectationsOf(pair.zh)) {
      if (!expectation.english.test(english)) {
        add(
          pair.id,
          `the Chinese has “${expectation.chinese}”, but the English lacks ${expectation.describe}.`,
          `Write ${expectation.describe} in the English of ${pair.id}, in ASCII digits (and check that no two sentences were swapped).`,
        );
      }
    }
  }
  return problems;
}

/** Every problem in the English of these sentence pairs, one line each. */
export function checkSentencePairs(pairs: readonly SentencePair[]): string[] {
  return sentencePairProblems(pairs).map((p) => p.message);
}
