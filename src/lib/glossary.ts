import { pinyin } from 'pinyin-pro';
import { pinyinByWord } from './pinyin.ts';
import type { GlossaryTerm } from './schemas/glossary.ts';

/** The forms of a term, as its schema names them. */
export type GlossaryTermLike = Pick<GlossaryTerm, 'slug' | 'zh' | 'zhVariants' | 'en' | 'enVariants'>;

interface PairLike {
  id: string;
  zh: { text: string };
  en: { text: string };
}

/** Categories whose terms are names: their pinyin capitalises every word (GB/T 16159-2012). */
export const NAME_CATEGORIES: readonly string[] = [
  'state',
  'place',
  'person',
  'organisation',
  'mechanism',
  'event',
  'programme',
  'project',
  'initiative',
  'document',
];

/**
 * Whether a term is a proper name: its `properName` field where the entry has
 * one (a generic term in a name category, such as 联合声明 “joint statement”),
 * otherwise its category.
 */
export function isProperName(term: { category: string; properName?: boolean | undefined }): boolean {
  return term.properName ?? NAME_CATEGORIES.includes(term.category);
}

/**
 * Pinyin by word with tone marks, names capitalised: 一个中国原则 →
 * yī gè Zhōngguó yuánzé, 上海合作组织 → Shànghǎi Hézuò Zǔzhī.
 */
export function pinyinOf(term: { zh: string; category: string; properName?: boolean | undefined }): string {
  return pinyinByWord(term.zh, isProperName(term));
}

/** Toneless pinyin, for sorting terms the way a Chinese index does. */
export function pinyinSortKey(term: string): string {
  // Quotation marks and title marks (“一带一路”, 《…》) do not count for order.
  const letters = term.replace(/^[\p{P}\s]+/u, '');
  return pinyin(letters, { toneType: 'num', type: 'string', nonZh: 'consecutive', toneSandhi: false }).toLowerCase();
}

const wholeWord = (form: string) =>
  new RegExp(`(?<![\\p{L}-])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');

/** The paragraphs where a term occurs, in either language: computed from the text, never typed. */
export function occurrences(term: GlossaryTermLike, pairs: readonly PairLike[]): string[] {
  const zhForms = [term.zh, ...term.zhVariants];
  const enForms = [term.en, ...term.enVariants].map(wholeWord);
  return pairs
    .filter((p) => zhForms.some((f) => p.zh.text.includes(f)) || enForms.some((re) => re.test(p.en.text)))
    .map((p) => p.id);
}

/**
 * The consistency rule the glossary enforces: wherever the Chinese has the
 * term, the English of the same paragraph has its rendering.
 */
export function inconsistentRenderings(terms: readonly GlossaryTermLike[], pairs: readonly PairLike[]): string[] {
  const problems: string[] = [];
  for (const term of terms) {
    const enForms = [term.en, ...term.enVariants].map(wholeWord);
    for (const pair of pairs) {
      const inChinese = [term.zh, ...term.zhVariants].some((f) => pair.zh.text.includes(f));
      if (inChinese && !enForms.some((re) => re.test(pair.en.text))) {
        problems.push(
          `${pair.id}: the Chinese has “${term.zh}” but the English lacks “${term.en}”${term.enVariants.length ? ` (or ${term.enVariants.map((v) => `“${v}”`).join(', ')})` : ''}.`,
        );
      }
    }
  }
  return problems;
}
