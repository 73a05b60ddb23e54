/**
 * The Pagefind index of the English records: one custom record per
 * paragraph, register entry and glossary term, so a result is a paragraph
 * (not a page) and its URL ends in the paragraph's id. Used by the build
 * (scripts/build-search-index.ts) and the scale bench.
 */
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/lib/search.ts';

interface EntryText {
  name?: { en: string };
  annotation?: { en: string };
  en?: string;
  definition?: { en: string };
}

/** Indexes the records into `outputPath` (a site's pagefind/ folder); register and glossary texts from the edition folder. */
export async function writePagefindIndex(
  records: readonly SearchRecord[],
  outputPath: string,
  contentDir = 'content',
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // The search data carries only the opening of each register annotation and term definition;
  // Pagefind gets the whole English text.
  const fullText = new Map<string, string>();
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
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
}
