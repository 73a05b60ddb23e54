/**
 * The Pagefind index of the English records: one custom record per
 * paragraph, register entry and glossary term, so a result is a paragraph
 * (not a page) and its URL ends in the paragraph's id. Used by the build
 * (scripts/build-search-index.ts) and the scale bench.
 */
import * as pagefind from 'pagefind';
import type { SearchRecord } from '../src/lib/search.ts';
import { loadRegister } from '../src/lib/register-loader.ts';
import { loadGlossary } from '../src/lib/glossary-loader.ts';

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
  // Both read through their schemas, as the build reads them.
  const fullText = new Map<string, string>();
  for (const { value } of (await loadRegister({ contentDir })).entries)
    fullText.set(`instrument:${value.key}`, `${value.name.en}. ${value.annotation.en}`);
  for (const term of await loadGlossary(contentDir))
    fullText.set(`term:${term.slug}`, `${term.en}. ${term.definition.en}`);
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
