/**
 * Step two of `npm run build`: the Pagefind index. One custom record per
 * English paragraph, so a result is a paragraph, not a page, and its URL ends
 * in the paragraph's id. Chinese is searched in the browser as exact
 * substrings of dist/search/paragraphs.json (see src/lib/search.ts for why).
 */
import { readFileSync } from 'node:fs';
import * as pagefind from 'pagefind';
import type { SearchParagraph } from '../src/lib/search.ts';

const dist = process.argv[2] ?? 'dist';
const paragraphs = JSON.parse(readFileSync(`${dist}/search/paragraphs.json`, 'utf8')) as SearchParagraph[];

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
for (const p of paragraphs) {
  const added = await index.addCustomRecord({
    url: `${p.path}#${p.id}`,
    content: p.en,
    language: 'en',
    meta: { id: p.id, title: p.label.en },
    filters: { part: [p.part] },
  });
  if (added.errors.length) throw new Error(`Pagefind rejected ${p.id}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(`Pagefind: indexed ${paragraphs.length} English paragraphs into ${dist}/pagefind`);
