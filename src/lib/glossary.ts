import { pinyin } from 'pinyin-pro';

export interface GlossaryTermLike {
  slug: string;
  zh: string;
  zhVariants: string[];
  en: string;
  enVariants: string[];
}

interface PairLike {
  id: string;
  zh: { text: string };
  en: { text: string };
}

/** Pinyin with tone marks, syllables separated by spaces: 永久 → yǒng jiǔ. Latin letters and digits pass through. */
export function pinyinOf(term: string): string {
  return pinyin(term, { toneType: 'symbol', type: 'string', nonZh: 'consecutive', toneSandhi: false })
    .replace(/\s+/g, ' ')
    .trim();
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
