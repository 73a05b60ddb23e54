import {
  committedQueries,
  enLines,
  paragraphRecords,
  searchRecord,
  zhLines,
} from '../../tests/fixtures/search-records.ts';
import { describe, expect, it } from 'vitest';
import { searchChinese, searchEnglish, type SearchRecord } from './search.ts';
import {
  chineseKeys,
  chineseShardsFor,
  englishCandidates,
  englishIndexIsExact,
  englishShardsFor,
  kindAt,
  ownWordIndexScript,
  searchChineseIndexed,
  shardCounts,
  shardOf,
  shardSearchData,
} from './search-shards.ts';

const records: SearchRecord[] = [
  ...paragraphRecords,
  // Edge cases: overlapping repeats, a character only at the end, digits, accents, hyphens.
  searchRecord('edge-1', 'paragraph', '啊啊啊啊啊合作', 'cross-border co-operation, Tokáyev and Tokayev'),
  searchRecord('edge-2', 'paragraph', '第2758号决议2758', 'Resolution 2758 (1971) and 2758'),
  searchRecord('instrument:a', 'instrument', '上海合作组织宪章', 'Charter of the Shanghai Cooperation Organisation'),
  searchRecord('term:b', 'term', '一带一路', 'Belt and Road'),
];
// Every committed query, the edge cases, and substrings of every length from every 37th place of the text.
const text = zhLines.join('');
const samples = [...text].flatMap((_, at) => (at % 37 ? [] : [1, 2, 3, 4, 5, 7].map((n) => text.slice(at, at + n))));
const chineseQueries = [...committedQueries, ...samples, '啊啊', '啊啊啊', '作', '2758', '合作 组织', '能源 合作 发展'];

describe('the sharded Chinese index', () => {
  for (const options of [{}, { zhShards: 1 }, { zhShards: 7, chunkSize: 3 }]) {
    const data = shardSearchData(records, options);
    it(`finds what the pass over every record finds, in the same order with the same scores (${JSON.stringify(options)})`, () => {
      for (const query of chineseQueries) {
        const numbers = chineseShardsFor(query, data.manifest);
        const shards = new Map(numbers.map((n) => [n, data.zh[n]!]));
        expect(searchChineseIndexed(data.manifest, shards, query), query).toEqual(searchChinese(records, query));
      }
    });
  }

  it('needs only the shards of the pairs that cover a query', () => {
    expect(chineseKeys('河流领域')).toEqual(['河流', '领域']);
    expect(chineseKeys('克斯坦')).toEqual(['克斯', '斯坦']);
    expect(chineseKeys('国')).toEqual(['国']);
    const { manifest } = shardSearchData(records, { zhShards: 64 });
    expect(chineseShardsFor('河流领域', manifest)).toEqual(
      [...new Set([shardOf('河流', 64), shardOf('领域', 64)])].sort((a, b) => a - b),
    );
  });

  it('says so when a shard it needs is not loaded', () => {
    const { manifest } = shardSearchData(records);
    expect(() => searchChineseIndexed(manifest, new Map(), '能源')).toThrow(/not loaded/);
  });
});

describe('the sharded English index', () => {
  const data = shardSearchData(records, { enShards: 5, chunkSize: 4 });
  const englishQueries = [
    ...committedQueries.filter((q) => /\p{Script=Latin}/u.test(q)),
    ...enLines.flatMap((line, i) => (i % 11 ? [] : line.split(' ').slice(2, 4).join(' '))),
    'cross-border',
    'Tokayev',
    'co-operation',
    '"Belt and Road"',
    '2758',
  ];

  it('narrows to records among which the pass over every record finds all it finds', () => {
    for (const query of englishQueries) {
      const numbers = englishShardsFor(query, data.manifest);
      const candidates = numbers
        ? englishCandidates(data.manifest, new Map(numbers.map((n) => [n, data.en[n]!])), query)!
        : records.map((_, n) => n);
      expect(
        searchEnglish(
          candidates.map((n) => records[n]!),
          query,
        ),
        query,
      ).toEqual(searchEnglish(records, query));
    }
  });

  it('is exact on its own for plain words, not for phrases or hyphenated words', () => {
    expect(englishIndexIsExact('transboundary rivers')).toBe(true);
    expect(englishIndexIsExact('"Belt and Road"')).toBe(false);
    expect(englishIndexIsExact('cross-border')).toBe(false);
    for (const query of englishQueries.filter(englishIndexIsExact)) {
      const numbers = englishShardsFor(query, data.manifest)!;
      const candidates = englishCandidates(data.manifest, new Map(numbers.map((n) => [n, data.en[n]!])), query)!;
      expect(
        candidates.map((n) => records[n]!.id),
        query,
      ).toEqual(records.filter((r) => searchEnglish([r], query).length > 0).map((r) => r.id));
    }
  });
});

describe('the manifest and the chunks', () => {
  const data = shardSearchData(records, { chunkSize: 10 });
  it('keeps every record once, in order, in chunks of the stated size', () => {
    expect(data.chunks.flat()).toEqual(records);
    expect(data.chunks.every((c, i) => c.length === 10 || i === data.chunks.length - 1)).toBe(true);
    expect(data.manifest.ids).toEqual(records.map((r) => r.id));
  });

  it('tells each record’s kind from its place', () => {
    expect(records.map((_, n) => kindAt(data.manifest, n))).toEqual(records.map((r) => r.kind));
    expect(data.manifest.terms).toEqual([{ zh: '一带一路', en: 'Belt and Road' }]);
  });

  it('refuses records out of kind order', () => {
    expect(() => shardSearchData([...records].reverse())).toThrow(/paragraphs first/);
  });

  it('cuts more shards as the text grows', () => {
    const fifty = Array.from({ length: 50 }, () => records).flat();
    expect(shardCounts(records).zhShards).toBe(16);
    expect(shardCounts(fifty).zhShards).toBeGreaterThan(shardCounts(records).zhShards);
    expect(shardCounts(fifty).enShards).toBeGreaterThan(shardCounts(records).enShards);
  });
});

describe('ownWordIndexScript', () => {
  const zh = { code: 'zh', script: 'Hans', search: 'substring' };
  const en = { code: 'en', script: 'Latn', search: 'words' };

  it('is the English text’s script when no other text searched by words shares it', () => {
    expect(ownWordIndexScript([zh, en])).toBe('Latn');
    expect(ownWordIndexScript([zh, en, { code: 'ru', script: 'Cyrl', search: 'words' }])).toBe('Latn');
  });

  it('is none when another text in the same script is searched by words, or there is no English', () => {
    expect(ownWordIndexScript([zh, en, { code: 'kk', script: 'Latn', search: 'words' }])).toBeUndefined();
    expect(ownWordIndexScript([zh, { code: 'ru', script: 'Cyrl', search: 'words' }])).toBeUndefined();
  });
});
