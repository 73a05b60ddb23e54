import { pinyin } from 'pinyin-pro';

/**
 * Pinyin written the way GB/T 16159-2012 (Basic rules of the Chinese phonetic
 * alphabet orthography) asks: syllables joined by word, words separated by
 * spaces, proper names capitalised, an apostrophe before a, o, e inside a word,
 * 第 joined to its number by a hyphen, numerals apart from measure words,
 * punctuation never spelt.
 *
 * Words come from Intl.Segmenter('zh'), whose dictionary (ICU) splits
 * transliterated names (阿|斯|塔|纳) and some compounds; the words below are
 * kept whole before it runs. In an entry, `|` separates the words of a
 * multi-word name and `-` is a hyphen the rules ask for (Zhōng-Hā for the
 * abbreviation 中哈, 2+2 idioms such as tóngzhōu-gòngjì).
 */
const PROPER_WORDS = [
  '中华|人民|共和国',
  '哈萨克斯坦|共和国',
  '中国',
  '中华',
  '哈萨克斯坦',
  '土库曼斯坦',
  '伊朗',
  '叙利亚',
  '台湾',
  '中亚',
  '亚洲',
  '欧洲',
  '亚-欧',
  '中-欧',
  '东大门',
  '中-哈',
  '阿斯塔纳',
  '努尔苏丹',
  '霍尔果斯',
  '阿克套',
  '连云港',
  '上海',
  '天津',
  '里海',
  '联合国',
  '亚信',
  '丝绸|之|路',
  '丝路',
  '孔子',
  '鲁|班',
  '习|近平',
  '卡瑟姆若马尔特',
  '托卡耶夫',
];

const COMMON_WORDS = [
  '对接',
  '班列',
  '两岸',
  '政府间',
  '互免',
  '签证',
  '经济带',
  '安全观',
  '之|路',
  '疫情',
  '天然气',
  '委员会',
  '博览会',
  '共同体',
  '现代化',
  '共产党',
  '科学家',
  '办事处',
  '产能',
  '工坊',
  '电商',
  '无水港',
  '免签',
  '跨界',
  '作准',
  '联防-联控',
  '同舟-共济',
  '休戚-与共',
  '互利-共赢',
  '合作-共赢',
  '治国-理政',
  '互联-互通',
  '守望-相助',
];

/** Words inside a name that stay lower case (GB/T 16159: function words). */
const FUNCTION_WORDS = new Set(['和', '与', '及', '之', '的']);
const NUMERAL = '〇零一二三四五六七八九十百千万两';
const MEASURE = new Set(['个', '届', '股', '份', '年', '号', '条']);

interface Word {
  /** The characters, with `-` where the rules put a hyphen. */
  zh: string;
  proper: boolean;
  /** A numeral, a measure word or a function word: lower case even inside a name. */
  minor: boolean;
}

const lexicon = [
  ...PROPER_WORDS.map((entry) => ({ entry, proper: true })),
  ...COMMON_WORDS.map((entry) => ({ entry, proper: false })),
]
  .map((w) => ({ ...w, plain: w.entry.replace(/[|-]/g, '') }))
  .sort((a, b) => b.plain.length - a.plain.length);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const isHan = (s: string) => /^\p{Script=Han}+$/u.test(s);

/** 第 + number → one word with a hyphen; a numeral + measure word → two words. */
function numberWords(piece: string): Word[] {
  const m = new RegExp(`^(第?)([${NUMERAL}]+|\\d+)([\\p{Script=Han}]?)$`, 'u').exec(piece);
  if (!m || (m[3] && !MEASURE.has(m[3])) || (!m[1] && !m[3])) return [{ zh: piece, proper: false, minor: false }];
  const out: Word[] = [{ zh: m[1] ? `第-${m[2]}` : (m[2] ?? ''), proper: false, minor: true }];
  if (m[3]) out.push({ zh: m[3], proper: false, minor: true });
  return out;
}

/** A run of Han characters (or digits) as words: the lexicon first, Intl.Segmenter for the rest. */
function wordsOf(run: string): Word[] {
  const words: Word[] = [];
  let rest = '';
  const flush = () => {
    const pieces = [...segmenter.segment(rest)].map((s) => s.segment);
    rest = '';
    for (let i = 0; i < pieces.length; i++) {
      let piece = pieces[i] ?? '';
      // The segmenter gives 第 | 十四 | 个: join 第 with its number first.
      if (piece === '第' && pieces[i + 1] && new RegExp(`^([${NUMERAL}]+|\\d+)`).test(pieces[i + 1] ?? ''))
        piece += pieces[++i];
      const next = pieces[i + 1];
      if (next && MEASURE.has(next) && new RegExp(`^第?([${NUMERAL}]+|\\d+)$`).test(piece)) piece += pieces[++i];
      // 的 is its own word (新的 → xīn de), whatever the segmenter joined it to.
      const split = piece.length > 1 && piece.endsWith('的') ? [piece.slice(0, -1), '的'] : [piece];
      for (const p of split)
        words.push(...numberWords(p).map((w) => ({ ...w, minor: w.minor || FUNCTION_WORDS.has(w.zh) })));
    }
  };
  for (let i = 0; i < run.length;) {
    const hit = lexicon.find((w) => run.startsWith(w.plain, i));
    if (!hit) {
      rest += run[i];
      i += 1;
      continue;
    }
    flush();
    for (const part of hit.entry.split('|')) {
      const minor = FUNCTION_WORDS.has(part);
      words.push({ zh: part, proper: hit.proper && !minor, minor });
    }
    i += hit.plain.length;
  }
  flush();
  return words;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The syllables of one word joined, with an apostrophe before a, o, e after the first. */
function spell(word: Word, syllables: string[], asName: boolean): string {
  // A digit string was one “syllable” (0); it is written as digits.
  const spelt = word.zh.split('-').map((chunk) => {
    const joined = syllables
      .splice(0, chunk.replace(/\d+/g, '0').length)
      .map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/.test(s) ? `'${s}` : s))
      .join('');
    return /^\d+$/.test(chunk) ? chunk : joined;
  });
  const upper = word.proper || (asName && !word.minor);
  return (upper ? spelt.map(capitalise) : spelt).join('-');
}

/**
 * A Chinese term in pinyin by word: 一个中国原则 → yī gè Zhōngguó yuánzé,
 * 哈萨克斯坦 → Hāsàkèsītǎn. `asName` capitalises every word but numerals,
 * measure words and function words, as the rules do for the names of
 * organisations, documents, places and events.
 */
export function pinyinByWord(term: string, asName = false): string {
  const out: string[] = [];
  // Han characters and digits are spelt; Latin letters pass through; everything else divides words.
  for (const [run] of term.matchAll(/[\p{Script=Han}\d]+|[A-Za-z]+/gu)) {
    if (!/\p{Script=Han}/u.test(run)) {
      out.push(run);
      continue;
    }
    const words = wordsOf(run);
    // Pinyin of the whole run at once, so that polyphonic characters read in context.
    const syllables = run
      .split(/(\d+)/)
      .filter(Boolean)
      .flatMap((part) =>
        isHan(part) ? pinyin(part, { toneType: 'symbol', type: 'array', toneSandhi: false }) : ['0'],
      );
    for (const word of words) out.push(spell(word, syllables, asName));
  }
  return out.join(' ');
}
