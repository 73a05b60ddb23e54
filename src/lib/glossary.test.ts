import { describe, expect, it } from 'vitest';
import { inconsistentRenderings, occurrences, pinyinOf, pinyinSortKey } from './glossary.ts';

const term = {
  slug: 'sco',
  zh: '上海合作组织',
  zhVariants: ['上合组织'],
  en: 'Shanghai Cooperation Organisation',
  enVariants: ['SCO'],
};
const pairs = [
  {
    id: 's3-3',
    zh: { text: '上海合作组织（以下简称“上合组织”）' },
    en: { text: 'the Shanghai Cooperation Organisation (hereinafter “the SCO”)' },
  },
  { id: 's3-9', zh: { text: '在上合组织平台' }, en: { text: 'within the SCO framework' } },
  { id: 's3-1', zh: { text: '恐怖主义' }, en: { text: 'terrorism, including SCOPE words' } },
];

describe('the glossary', () => {
  it('writes pinyin with tone marks', () => {
    expect(pinyinOf('永久全面战略伙伴关系')).toBe('yǒng jiǔ quán miàn zhàn lüè huǒ bàn guān xì');
    expect(pinyinOf('鲁班工坊')).toBe('lǔ bān gōng fāng');
    expect(pinyinSortKey('阿斯塔纳') < pinyinSortKey('霍尔果斯')).toBe(true);
    expect(pinyinSortKey('“一带一路”') > pinyinSortKey('阿斯塔纳')).toBe(true);
    expect(pinyinOf('一个中国原则')).toBe('yī gè zhōng guó yuán zé');
  });

  it('finds where a term occurs, by any of its forms, whole words only in English', () => {
    expect(occurrences(term, pairs)).toEqual(['s3-3', 's3-9']);
  });

  it('reports a paragraph whose English lacks the term’s rendering', () => {
    expect(inconsistentRenderings([term], pairs)).toEqual([]);
    const drifted = [{ ...pairs[1]!, en: { text: 'within the Shanghai Organization' } }];
    expect(inconsistentRenderings([term], drifted)).toEqual([
      's3-9: the Chinese has “上海合作组织” but the English lacks “Shanghai Cooperation Organisation” (or “SCO”).',
    ]);
  });
});
