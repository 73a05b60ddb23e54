/**
 * Writes the browser's search data (src/lib/search-shards.ts) into a
 * folder: index.json, records/<n>.json, zh/<n>.json, en/<n>.json. Used by
 * the build (scripts/build-search-index.ts) and the scale bench.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { shardSearchData, shardCounts } from '../src/lib/search-shards.ts';
import type { SearchRecord } from '../src/lib/search.ts';

/** Writes the files and says how many. */
export function writeSearchShards(records: readonly SearchRecord[], dir: string): string {
  const data = shardSearchData(records, shardCounts(records));
  for (const sub of ['records', 'zh', 'en']) {
    rmSync(`${dir}/${sub}`, { recursive: true, force: true });
    mkdirSync(`${dir}/${sub}`, { recursive: true });
  }
  writeFileSync(`${dir}/index.json`, JSON.stringify(data.manifest));
  data.chunks.forEach((chunk, n) => writeFileSync(`${dir}/records/${n}.json`, JSON.stringify(chunk)));
  data.zh.forEach((shard, n) => writeFileSync(`${dir}/zh/${n}.json`, JSON.stringify(shard)));
  data.en.forEach((shard, n) => writeFileSync(`${dir}/en/${n}.json`, JSON.stringify(shard)));
  return `${records.length} records in ${data.chunks.length} files, Chinese index in ${data.zh.length} shards, English in ${data.en.length}`;
}
