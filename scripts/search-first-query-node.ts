/**
 * A first query against a built site's search data, run by the browser's
 * own search engine (src/scripts/search/engine.ts) in Node: files are read
 * from disk instead of fetched, each counted at its gzip size. Pagefind is
 * left out (it needs a browser); English is answered by the records' own
 * pass, so its figure is the edition's data without Pagefind's.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SearchEngine } from '../src/scripts/search/engine.ts';

export interface DataQuery {
  query: string;
  hits: number;
  files: number;
  bytes: number;
  bytesGzip: number;
  ms: number;
}

/** The header's first query on a fresh page: the manifest, the shards and the records of the hits it shows. */
export async function firstQueryData(siteDir: string, query: string): Promise<DataQuery> {
  const counted: { bytes: number; gzip: number }[] = [];
  const realFetch = globalThis.fetch;
  globalThis.fetch = ((input: string) => {
    const file = `${siteDir}/${input.replace(/^\//, '')}`;
    try {
      const body = readFileSync(file);
      counted.push({ bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
      return Promise.resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } }));
    } catch {
      return Promise.resolve(new Response('Not found', { status: 404 }));
    }
  }) as unknown as typeof fetch;
  try {
    const engine = new SearchEngine('/', { pagefind: false });
    const started = performance.now();
    const found = await engine.search(query, {}, 12, { paragraph: 5, instrument: 2, term: 2 });
    const ms = performance.now() - started;
    return {
      query,
      hits: found.hits.length,
      files: counted.length,
      bytes: counted.reduce((s, c) => s + c.bytes, 0),
      bytesGzip: counted.reduce((s, c) => s + c.gzip, 0),
      ms: Math.round(ms * 10) / 10,
    };
  } finally {
    globalThis.fetch = realFetch;
  }
}
