/**
 * Step of `npm run build`: the Pagefind index. One custom record per
 * English paragraph, register entry and glossary term, so a result is a
 * paragraph (not a page) and its URL ends in the paragraph's id. Chinese is
 * searched in the browser as exact substrings of dist/search/data.json
 * (see src/lib/search.ts for why).
 */
import '../src/lib/edition/load-layout.ts';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/lib/search.ts';
import { outDir } from './out-dir.ts';
import { editionDir } from '../src/lib/edition/current.ts';

const dist = outDir();
const records = JSON.parse(readFileSync(`${dist}/search/data.json`, 'utf8')) as SearchRecord[];

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
// The search data carries only the opening of each register annotation and term definition;
// Pagefind gets the whole English text.
interface EntryText {
  name?: { en: string };
  annotation?: { en: string };
  en?: string;
  definition?: { en: string };
}
const fullText = new Map<string, string>();
const contentDir = editionDir();
for (const [dir, prefix] of [
  [`${contentDir}/instruments`, 'instrument'],
  [`${contentDir}/glossary`, 'term'],
] as const) {
  for (const name of (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml'))) {
    const d = parseYaml(readFileSync(`${dir}/${name}`, 'utf8')) as EntryText;
    const text = prefix === 'instrument' ? `${d.name?.en}. ${d.annotation?.en}` : `${d.en}. ${d.definition?.en}`;
    fullText.set(`${prefix}:${name.replace(/\.yaml$/, '')}`, text);
  }
}

for (const p of records) {
  const added = await index.addCustomRecord({
    url: `${p.path}${p.anchor ? `#${p.anchor}` : ''}`,
    content: fullText.get(p.id) ?? p.en,
    language: 'en',
    meta: { id: p.id, title: p.label.en },
    filters: { part: [p.part], kind: [p.kind] },
  });
  if (added.errors.length) throw new Error(`Pagefind rejected ${p.id}: ${added.errors.join('; ')}`);
  // An edition's other texts (a third text), each a record of its own that lands on the same paragraph.
  for (const [code, text] of Object.entries(p.other ?? {})) {
    const more = await index.addCustomRecord({
      url: `${p.path}${p.anchor ? `#${p.anchor}` : ''}`,
      content: text,
      language: 'en',
      meta: { id: p.id, title: p.label.en, text: code },
      filters: { part: [p.part], kind: [p.kind] },
    });
    if (more.errors.length) throw new Error(`Pagefind rejected ${p.id} (${code}): ${more.errors.join('; ')}`);
  }
}
const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
await pagefind.close();
console.log(
  `Pagefind: indexed ${records.length} English records (paragraphs, register entries, glossary terms) into ${dist}/pagefind`,
);
