import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  pageAddress,
  readSiteRecord,
  recordPage,
  storeSiteRecord,
  type SiteRecord,
  type StoredSiteRecord,
} from './page-record.ts';

/** The committed record of the published pages (scripts/record-published-pages.ts writes it). */
export const PUBLISHED_PAGES_FILE = 'tests/fixtures/published-pages.json.gz';

// Content-hashed scripts and styles, Pagefind's index chunks and the search page's
// own data: their names and shapes may change with the code (the search data is
// to be sharded), and no reader types or shares them.
const INTERNAL = /^(_astro|pagefind|search)\//;

/** Every page of a built site (its output folder) and every other file a reader can ask for. */
export function recordBuiltSite(dir: string): SiteRecord {
  const pages: SiteRecord['pages'] = {};
  const files: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/');
    if (file.endsWith('.html')) pages[pageAddress(file)] = recordPage(readFileSync(path.join(dir, file), 'utf8'));
    else if (!INTERNAL.test(file)) files.push(`/${file}`);
  }
  return { pages, files };
}

export function readPublishedPages(file = PUBLISHED_PAGES_FILE): SiteRecord {
  return readSiteRecord(JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as StoredSiteRecord);
}

/** Writes the record, gzipped; returns its size in bytes. */
export function writePublishedPages(site: SiteRecord, file = PUBLISHED_PAGES_FILE): number {
  // mtime 0 in the gzip header (Node writes none), so the same record gives the same bytes.
  const bytes = gzipSync(JSON.stringify(storeSiteRecord(site)), { level: 9 });
  writeFileSync(file, bytes);
  return bytes.length;
}
