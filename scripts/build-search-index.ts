/**
 * Step of `npm run build`: the search data the browser loads. Chinese is
 * searched in the browser as exact substrings and English first over the
 * records themselves, from the shards written here beside
 * dist/search/data.json (src/lib/search-shards.ts; src/lib/search.ts says
 * why); English, and an edition's other texts, are ranked by Pagefind
 * (scripts/pagefind-index.ts).
 */
import '../src/lib/edition/load-layout.ts';
import { readFileSync } from 'node:fs';
import type { SearchRecord } from '../src/lib/search.ts';
import { writeSearchShards } from './search-shards-files.ts';
import { writePagefindIndex } from './pagefind-index.ts';
import { outDir } from './out-dir.ts';
import { editionDir } from '../src/lib/edition/current.ts';

const dist = outDir();
const records = JSON.parse(readFileSync(`${dist}/search/data.json`, 'utf8')) as SearchRecord[];
// What the browser loads: the same records in chunks, with the indexes that say which to load.
console.log(`Search data: ${writeSearchShards(records, `${dist}/search`)}`);
await writePagefindIndex(records, `${dist}/pagefind`, editionDir());
console.log(
  `Pagefind: indexed ${records.length} English records (paragraphs, register entries, glossary terms) into ${dist}/pagefind`,
);
