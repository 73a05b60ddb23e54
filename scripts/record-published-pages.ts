/**
 * Records what readers meet on the built site — every page's ids, its main
 * text, its links, and every other published file — into
 * tests/fixtures/published-pages.json.gz, which tests/site/unchanged.test.ts
 * compares each new build with. Run it after `npm run build` only when a
 * change to what readers see is intended and reviewed:
 *
 *   npm run build && node scripts/record-published-pages.ts [out-dir]
 */
import { existsSync } from 'node:fs';
import { PUBLISHED_PAGES_FILE, recordBuiltSite, writePublishedPages } from '../src/lib/page-record-loader.ts';
import { outDir } from './out-dir.ts';

const dist = outDir();
// The test compares with the build the site tests make: at the root, with the default SITE_URL.
const DEFAULT_SITE = 'http://localhost:4321/';

if (!existsSync(`${dist}/index.html`)) {
  console.error(`${dist}/index.html is missing: build the site first (npm run build), then record.`);
  process.exit(1);
}
const site = recordBuiltSite(dist);
if (!site.pages['/']?.links.includes(`canonical ${DEFAULT_SITE}`)) {
  console.error(
    `${dist} was built with another SITE_URL or a BASE_PATH (its home has no canonical link to ${DEFAULT_SITE}). The site tests build with neither: unset them, rebuild, then record.`,
  );
  process.exit(1);
}
const bytes = writePublishedPages(site);
const pages = Object.values(site.pages);
console.log(
  `Recorded ${pages.length} pages (${pages.reduce((n, p) => n + p.ids.length, 0)} ids, ${pages.reduce((n, p) => n + p.links.length, 0)} links) and ${site.files.length} other files from ${dist} into ${PUBLISHED_PAGES_FILE} (${(bytes / 1024).toFixed(0)} KB).`,
);
