import { describe, expect, it } from 'vitest';
import { inconsistentRenderings, isProperName, occurrences, pinyinOf, pinyinSortKey } from './glossary.ts';

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
  it('sorts by toneless pinyin, ignoring quotation marks', () => {
    expect(pinyinSortKey('阿斯塔纳') < pinyinSortKey('霍尔果斯')).toBe(true);
    expect(pinyinSortKey('“一带一路”') > pinyinSortKey('阿斯塔纳')).toBe(true);
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

/*
 * Expected pinyin written by hand from GB/T 16159-2012: syllables joined by
 * word; proper names capitalised (every word of a name, but not its function
 * words 和, 与, 之, 的); 第 joined to its number by a hyphen; numerals apart
 * from measure words; an apostrophe before a, o, e inside a word; abbreviations
 * of two names and 2+2 idioms hyphenated; no punctuation.
 */
const TABLE: [zh: string, category: string, expected: string][] = [
  ['一个中国原则', 'formula', 'yī gè Zhōngguó yuánzé'],
  ['哈萨克斯坦共和国', 'state', 'Hāsàkèsītǎn Gònghéguó'],
  ['中华人民共和国', 'state', 'Zhōnghuá Rénmín Gònghéguó'],
  ['中华人民共和国主席', 'office', 'Zhōnghuá Rénmín Gònghéguó zhǔxí'],
  ['永久全面战略伙伴关系', 'relationship', 'yǒngjiǔ quánmiàn zhànlüè huǒbàn guānxì'],
  ['上海合作组织', 'organisation', 'Shànghǎi Hézuò Zǔzhī'],
  ['阿斯塔纳', 'place', 'Āsītǎnà'],
  ['努尔苏丹', 'place', "Nǔ'ěrsūdān"],
  ['霍尔果斯', 'place', "Huò'ěrguǒsī"],
  ['习近平', 'person', 'Xí Jìnpíng'],
  ['卡瑟姆若马尔特·托卡耶夫', 'person', "Kǎsèmǔruòmǎ'ěrtè Tuōkǎyēfū"],
  ['鲁班工坊', 'organisation', 'Lǔ Bān Gōngfāng'],
  ['“中国+中亚五国”会晤机制', 'mechanism', 'Zhōngguó Zhōngyà Wǔguó Huìwù Jīzhì'],
  ['中哈合作委员会', 'mechanism', 'Zhōng-Hā Hézuò Wěiyuánhuì'],
  ['亚欧会议', 'organisation', 'Yà-Ōu Huìyì'],
  ['第六届亚信峰会', 'event', 'dì-liù jiè Yàxìn Fēnghuì'],
  ['第三个铁路口岸', 'project', "dì-sān gè tiělù kǒu'àn"],
  ['三股势力', 'formula', 'sān gǔ shìlì'],
  ['“两个一百年”奋斗目标', 'formula', 'liǎng gè yībǎi nián fèndòu mùbiāo'],
  ['黄金30年', 'formula', 'huángjīn 30 nián'],
  ['联合国大会第2758号决议', 'document', 'Liánhéguó Dàhuì dì-2758 hào Juéyì'],
  ['丝绸之路', 'place', 'Sīchóu zhī Lù'],
  ['亚洲相互协作与信任措施会议', 'organisation', 'Yàzhōu Xiānghù Xiézuò yǔ Xìnrèn Cuòshī Huìyì'],
  ['同舟共济', 'formula', 'tóngzhōu-gòngjì'],
  ['互利共赢', 'formula', 'hùlì-gòngyíng'],
  ['台湾独立', 'formula', 'Táiwān dúlì'],
  ['新的、公正的哈萨克斯坦', 'programme', 'Xīn de Gōngzhèng de Hāsàkèsītǎn'],
  ['《哈萨克斯坦—2050》战略', 'programme', 'Hāsàkèsītǎn 2050 Zhànlüè'],
  ['GIP中亚办事处', 'organisation', 'GIP Zhōngyà Bànshìchù'],
  ['联合声明', 'document', 'liánhé shēngmíng'],
];

describe('pinyin by word (GB/T 16159-2012)', () => {
  it.each(TABLE)('%s (%s) → %s', (zh, category, expected) => {
    // Generic terms in a name category carry properName: false in their glossary entry.
    const properName = ['联合声明', '第三个铁路口岸'].includes(zh) ? false : undefined;
    expect(pinyinOf({ zh, category, properName })).toBe(expected);
  });

  it('never spells punctuation', () => {
    for (const [zh, category] of TABLE)
      expect(pinyinOf({ zh, category })).not.toMatch(/[“”‘’《》、，·—+()（）]|\s{2}|^\s|\s$/);
  });

  it('takes a term’s category for whether it is a name, unless the entry says otherwise', () => {
    expect(isProperName({ category: 'place' })).toBe(true);
    expect(isProperName({ category: 'formula' })).toBe(false);
    expect(isProperName({ category: 'document', properName: false })).toBe(false);
  });
});
