import { committedQueries, paragraphRecords, searchRecord } from '../../../tests/fixtures/search-records.ts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  mergeHits,
  paragraphsFirst,
  scriptsOf,
  searchChinese,
  searchEnglish,
  type SearchRecord,
} from '../../lib/search.ts';
import { shardSearchData } from '../../lib/search-shards.ts';
import { SearchEngine, ownIndexCovers } from './engine.ts';

const records: SearchRecord[] = [
  ...paragraphRecords,
  searchRecord('instrument:sco', 'instrument', '上海合作组织宪章', 'Charter of the Shanghai Cooperation Organisation'),
  searchRecord('instrument:un', 'instrument', '联合国宪章', 'Charter of the United Nations'),
  searchRecord('term:bri', 'term', '一带一路', 'Belt and Road'),
  searchRecord('term:energy', 'term', '能源合作', 'energy cooperation'),
];
const data = shardSearchData(records, { chunkSize: 4, zhShards: 16, enShards: 16 });
const files = new Map<string, unknown>([
  ['search/index.json', data.manifest],
  ...data.chunks.map((c, n) => [`search/records/${n}.json`, c] as const),
  ...data.zh.map((s, n) => [`search/zh/${n}.json`, s] as const),
  ...data.en.map((s, n) => [`search/en/${n}.json`, s] as const),
]);

/** Serves the files from memory and notes each request; `failing` answers 503 for a file while set. */
function serve(failing = new Set<string>()) {
  const requested: string[] = [];
  vi.stubGlobal('fetch', (url: string) => {
    const file = url.replace(/^\//, '');
    requested.push(file);
    if (failing.has(file) || !files.has(file)) return Promise.resolve(new Response('', { status: 503 }));
    return Promise.resolve(new Response(JSON.stringify(files.get(file))));
  });
  return requested;
}
afterEach(() => vi.unstubAllGlobals());

// What the engine answered before the data was sharded: both passes over every record (Pagefind aside).
function overEveryRecord(query: string): string[] {
  const { zh, en } = scriptsOf(query);
  const folded = query
    .replace(/\p{Script=Han}+/gu, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .trim();
  const chinese = zh ? searchChinese(records, query) : [];
  const english = en && folded ? searchEnglish(records, folded).map((h) => h.id) : [];
  return paragraphsFirst(mergeHits(chinese, english), new Map(records.map((r) => [r.id, r]))).map((h) => h.id);
}

describe('the search engine over sharded data', () => {
  it('finds, for every committed query, what the passes over every record find, in the same order', async () => {
    serve();
    const engine = new SearchEngine('/', { pagefind: false });
    for (const query of committedQueries) {
      const found = await engine.search(query, {}, 12);
      expect(
        found.hits.map((h) => h.id),
        query,
      ).toEqual(overEveryRecord(query));
      // The search page shows every result: each has its record.
      expect(found.hits.every((h) => found.byId.has(h.id))).toBe(true);
    }
  });

  it('fetches, for the header, only the records of the results it shows', async () => {
    const requested = serve();
    const engine = new SearchEngine('/', { pagefind: false });
    const found = await engine.search('合作', {}, 12, { paragraph: 5, instrument: 2, term: 2 });
    expect(found.hits.length).toBe(overEveryRecord('合作').length);
    expect(found.hits.length).toBeGreaterThan(9);
    const shown = ['paragraph', 'instrument', 'term'].flatMap((kind) =>
      found.hits.filter((h) => found.kinds.get(h.id)?.kind === kind).slice(0, kind === 'paragraph' ? 5 : 2),
    );
    const chunksShown = new Set(shown.map((h) => Math.floor(records.findIndex((r) => r.id === h.id) / 4)));
    expect(requested.filter((f) => f.startsWith('search/records/')).sort()).toEqual(
      [...chunksShown].map((n) => `search/records/${n}.json`).sort(),
    );
    expect(requested.filter((f) => f.startsWith('search/en/'))).toEqual([]);
    expect(shown.every((h) => found.byId.has(h.id))).toBe(true);
  });

  it('answers at once (quick) only when what the query needs is loaded, and loads it when asked (ready)', async () => {
    serve();
    const engine = new SearchEngine('/', { pagefind: false });
    expect(engine.quick('能源')).toBeUndefined();
    await engine.ready('能源');
    expect(engine.quick('能源')?.hits.map((h) => h.id)).toEqual(overEveryRecord('能源'));
  });

  it('forgets a failed load, so the next query fetches it again', async () => {
    const failing = new Set(['search/index.json']);
    const requested = serve(failing);
    const engine = new SearchEngine('/', { pagefind: false });
    await expect(engine.search('能源')).rejects.toThrow(/HTTP 503/);
    failing.clear();
    await expect(engine.search('能源').then((f) => f.hits.length)).resolves.toBeGreaterThan(0);
    expect(requested.filter((f) => f === 'search/index.json')).toHaveLength(2);
  });
});

describe('answering words from the own index alone (the header box)', () => {
  it('covers a query whose every letter is in the own index’s script, and no other', () => {
    expect(ownIndexCovers('transboundary rivers', 'Latn')).toBe(true);
    expect(ownIndexCovers('Tokayev 2022', 'Latn')).toBe(true);
    expect(ownIndexCovers('сотрудничество', 'Latn')).toBe(false);
    expect(ownIndexCovers('energy сотрудничество', 'Latn')).toBe(false);
    expect(ownIndexCovers('2022', 'Latn')).toBe(false);
    expect(ownIndexCovers('energy', undefined)).toBe(false);
    expect(ownIndexCovers('energy', 'Hans')).toBe(false);
  });

  // In Node, loading Pagefind (a dynamic import of /pagefind/pagefind.js) fails: a query that
  // needs it rejects, one answered from the own index does not.
  it('answers an English query without Pagefind, with what the passes over every record find', async () => {
    const requested = serve();
    const engine = new SearchEngine('/', { ownIndexScript: 'Latn' });
    for (const query of ['energy cooperation', 'Belt and Road', 'transboundary']) {
      const found = await engine.search(query, {}, 12);
      expect(
        found.hits.map((h) => h.id),
        query,
      ).toEqual(overEveryRecord(query));
    }
    expect(requested.some((f) => /pagefind/.test(f))).toBe(false);
  });

  it('still asks Pagefind for a query in another script, and for every query without the option', async () => {
    serve();
    await expect(new SearchEngine('/', { ownIndexScript: 'Latn' }).search('сотрудничество')).rejects.toThrow();
    await expect(new SearchEngine('/').search('energy')).rejects.toThrow();
  });
});
