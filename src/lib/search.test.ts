import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  containsEveryWord,
  chineseTerms,
  containsPhrase,
  countByKind,
  counterpartWindow,
  englishPhrases,
  englishTerms,
  glossaryCounterparts,
  searchEnglish,
  mergeHits,
  normaliseQuery,
  paragraphsFirst,
  scriptsOf,
  searchChinese,
  snippetAround,
  truncate,
  type SearchRecord,
} from './search.ts';

const paragraph = (id: string, part: string, zh: string, en: string): SearchRecord => ({
  id,
  kind: 'paragraph',
  part,
  anchor: id,
  order: 0,
  label: { zh: id, en: id },
  partTitle: { zh: part, en: part },
  path: `/statement/${part}/`,
  zh,
  en,
});
const paragraphs = [
  paragraph('a', 'section-4', '双方高度评价两国在跨界河流领域开展的务实有效合作。', 'transboundary rivers'),
  paragraph('b', 'section-4', '能源领域始终是中哈双边务实合作的重要组成。能源合作。', 'energy'),
  paragraph('c', 'section-5', '联合国大会第2758号决议（GIP）', 'resolution 2758'),
];

describe('the Chinese pass', () => {
  it('finds phrases that cross word boundaries, as exact substrings', () => {
    expect(searchChinese(paragraphs, '河流领域').map((h) => h.id)).toEqual(['a']);
    expect(searchChinese(paragraphs, '界河').map((h) => h.id)).toEqual(['a']);
  });

  it('requires every space-separated term and ranks by occurrences', () => {
    expect(searchChinese(paragraphs, '能源 合作').map((h) => h.id)).toEqual(['b']);
    expect(
      searchChinese(paragraphs, '务实')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(searchChinese(paragraphs, '能源')[0]?.id).toBe('b');
  });

  it('treats ASCII and full-width punctuation and digits alike', () => {
    expect(chineseTerms('原则(GIP)')).toEqual(['原则（GIP）']);
    expect(chineseTerms('２７５８')).toEqual(['2758']);
    expect(searchChinese(paragraphs, '决议(GIP)').map((h) => h.id)).toEqual(['c']);
  });

  it('finds nothing where nothing is', () => {
    expect(searchChinese(paragraphs, '火星')).toEqual([]);
    expect(searchChinese(paragraphs, 'energy')).toEqual([]);
  });
});

describe('routing and merging', () => {
  it('sends Chinese to the Chinese pass, English to Pagefind and numbers to both', () => {
    expect(scriptsOf('能源')).toEqual({ zh: true, en: false });
    expect(scriptsOf('energy')).toEqual({ zh: false, en: true });
    expect(scriptsOf('2758')).toEqual({ zh: true, en: true });
  });

  it('gives a paragraph found in both languages once, ranked higher', () => {
    const merged = mergeHits([{ id: 'c', matched: ['zh'], score: 1 }], ['a', 'c']);
    expect(merged.map((h) => h.id)).toEqual(['c', 'a']);
    expect(merged[0]?.matched).toEqual(['zh', 'en']);
  });

  it('puts paragraphs before register entries and glossary terms', () => {
    const entry: SearchRecord = {
      ...paragraph('instrument:bwc', 'instruments', '禁止生物武器公约', 'BWC'),
      kind: 'instrument',
    };
    const byId = new Map([...paragraphs, entry].map((p) => [p.id, p]));
    expect(paragraphsFirst(mergeHits([], ['instrument:bwc', 'c', 'a']), byId).map((h) => h.id)).toEqual([
      'c',
      'a',
      'instrument:bwc',
    ]);
  });

  it('filters to the register of documents', () => {
    const entry: SearchRecord = {
      ...paragraph('instrument:bwc', 'instruments', '禁止生物武器公约', 'Biological Weapons Convention'),
      kind: 'instrument',
    };
    const byId = new Map([...paragraphs, entry].map((p) => [p.id, p]));
    const hits = mergeHits([], ['a', 'instrument:bwc']);
    expect(applyFilters(hits, byId, { kind: 'instruments' }).map((h) => h.id)).toEqual(['instrument:bwc']);
  });

  it('filters by language and part', () => {
    const byId = new Map(paragraphs.map((p) => [p.id, p]));
    const hits = mergeHits([{ id: 'c', matched: ['zh'], score: 1 }], ['a']);
    expect(applyFilters(hits, byId, { lang: 'en' }).map((h) => h.id)).toEqual(['a']);
    expect(applyFilters(hits, byId, { part: 'section-5' }).map((h) => h.id)).toEqual(['c']);
  });

  it('filters by the edition’s topic, dropping records that have none', () => {
    const byId = new Map(paragraphs.map((p) => [p.id, p.id === 'a' ? { ...p, topics: ['water', 'trade'] } : p]));
    const hits = mergeHits([{ id: 'c', matched: ['zh'], score: 1 }], ['a']);
    expect(applyFilters(hits, byId, { topic: 'water' }).map((h) => h.id)).toEqual(['a']);
    expect(applyFilters(hits, byId, { topic: 'all' }).map((h) => h.id)).toEqual(['c', 'a']);
  });
});

describe('checking Pagefind’s English results', () => {
  const text = 'The two sides speak highly of cooperation on transboundary rivers and vaccination.';
  it('keeps a result that has every word, allowing stems and accents', () => {
    expect(containsEveryWord(text, 'transbound rivers')).toBe(true);
    expect(containsEveryWord(text, 'vaccines')).toBe(true);
    expect(containsEveryWord(text, 'Cooperating')).toBe(true);
    expect(containsEveryWord('President Tokayev', 'Tokáyev')).toBe(true);
  });
  it('drops a result that lacks a word', () => {
    expect(containsEveryWord(text, 'Mars')).toBe(false);
    expect(containsEveryWord(text, 'Antarctic rivers')).toBe(false);
  });
});

describe('snippets', () => {
  it('cuts a window around the first match', () => {
    const [snippet] = snippetAround('一二三四五六七八九十河流领域一二三', ['河流领域'], 3);
    expect(snippet).toEqual({ before: '…八九十', match: '河流领域', after: '一二三' });
  });

  it('takes the same relative stretch of the counterpart', () => {
    expect(counterpartWindow('abcdefghij', 0.9, 4)).toBe('…ghij');
    expect(counterpartWindow('short', 0.5, 10)).toBe('short');
  });

  it('shortens at a word boundary', () => {
    expect(truncate('The two sides will make every effort', 30)).toBe('The two sides will make every…');
    expect(truncate('双方将全力推动两国教育和研究机构合作', 5)).toBe('双方将全力…');
  });

  it('cuts long English words back to a stem for marking', () => {
    expect(englishTerms('Transboundary rivers')).toEqual(['transboun', 'rivers']);
  });
});

describe('the English pass', () => {
  const records: SearchRecord[] = [
    paragraph('s3-6', 'section-3', '共建“一带一路”', 'jointly building the Belt and Road and the road to the belt'),
    paragraph('s4-3', 'section-4', '道路', 'the road and the belt of the region'),
    { ...paragraph('term:belt-and-road', 'glossary', '一带一路', 'Belt and Road'), kind: 'term' },
  ];

  it('never marks or requires stop words', () => {
    expect(englishTerms('the Belt and Road of the region')).toEqual(['belt', 'road', 'region']);
  });

  it('matches a quoted phrase as a phrase, not as scattered words', () => {
    expect(englishPhrases('"Belt and Road" cooperation')).toEqual(['belt and road']);
    expect(containsPhrase('jointly building the Belt and Road', 'belt and road')).toBe(true);
    expect(containsPhrase('the road and the belt', 'belt and road')).toBe(false);
    expect(
      searchEnglish(records, '"Belt and Road"')
        .map((h) => h.id)
        .sort(),
    ).toEqual(['s3-6', 'term:belt-and-road']);
    expect(searchEnglish(records, 'Belt and Road').map((h) => h.id)).toContain('s4-3');
  });

  it('finds the glossary’s name for the query in the other language', () => {
    expect(glossaryCounterparts(records, 'belt and road')).toEqual({ zh: ['一带一路'], en: [] });
    expect(glossaryCounterparts(records, '一带一路')).toEqual({ zh: [], en: ['Belt and Road'] });
    expect(glossaryCounterparts(records, 'road')).toEqual({ zh: [], en: [] });
  });

  it('counts hits by kind, and paragraphs come before the glossary', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    const hits = paragraphsFirst(searchEnglish(records, 'Belt and Road'), byId);
    expect(hits.at(-1)?.id).toBe('term:belt-and-road');
    expect(countByKind(hits, byId)).toEqual({ paragraph: 2, instrument: 0, term: 1 });
  });
});

describe('normaliseQuery', () => {
  it('ignores soft hyphens, zero-width characters and direction marks', () => {
    expect(normaliseQuery('trans\u00ADboundary')).toBe('transboundary');
    expect(normaliseQuery('\u200Benergy\u200C\u200D\u2060\uFEFF')).toBe('energy');
    expect(normaliseQuery('\u200E\u200F\u202A\u202B\u202C\u202D\u202E2758\u2066\u2067\u2068\u2069')).toBe('2758');
    expect(normaliseQuery('能\u200B源')).toBe('能源');
  });

  it('keeps the words and one space between them', () => {
    expect(normaliseQuery('  Belt   and\tRoad ')).toBe('Belt and Road');
    expect(normaliseQuery('能源 合作')).toBe('能源 合作');
  });

  it('lets a cleaned query find what the plain one finds', () => {
    const plain = searchChinese(paragraphs, '能源').map((h) => h.id);
    expect(searchChinese(paragraphs, normaliseQuery('能\u00AD源\u200F')).map((h) => h.id)).toEqual(plain);
    expect(containsEveryWord('transboundary rivers', normaliseQuery('trans\u00ADbound\u200Bary'))).toBe(true);
  });
});
