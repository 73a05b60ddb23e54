import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { LocatedProblem } from './edition.ts';
import { editionDir } from './edition/current.ts';
import { shownPath, watchedFilesLoader } from './content-loader.ts';
import { glossaryTerm, type GlossaryTerm } from './schemas/glossary.ts';
import { formatFileProblems, readYamlThrough } from './schemas/read.ts';

/**
 * The one reader of content/glossary/*.yaml: every file through the one
 * schema (src/lib/schemas/glossary.ts). The glossary collection, the statement
 * loader's rendering check, `npm run check:translation` and the search index
 * all read the terms here, so none of them can see a field another drops.
 */

/** Every glossary term of the edition folder, in file-name order, with every problem (file, line, what, fix). */
export async function readGlossary(
  contentDir: string,
): Promise<{ terms: { file: string; value: GlossaryTerm }[]; problems: LocatedProblem[] }> {
  const dir = path.resolve(contentDir, 'glossary');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  const terms: { file: string; value: GlossaryTerm }[] = [];
  const problems: LocatedProblem[] = [];
  for (const name of names) {
    const file = shownPath(path.join(dir, name));
    const read = readYamlThrough({
      file,
      text: await readFile(path.join(dir, name), 'utf8'),
      schema: glossaryTerm,
      declaredIn: 'src/lib/schemas/glossary.ts',
    });
    problems.push(...read.problems);
    if (read.value) terms.push({ file, value: read.value });
  }
  return { terms, problems };
}

/** The terms, or an error naming every problem: for readers that cannot go on without a valid glossary. */
export async function loadGlossary(contentDir: string): Promise<GlossaryTerm[]> {
  const { terms, problems } = await readGlossary(contentDir);
  if (problems.length > 0) throw new Error(formatFileProblems('The glossary', problems));
  return terms.map((t) => t.value);
}

/** The forms of each term the reading view marks and the translation check looks for. */
export function glossaryForms(terms: readonly GlossaryTerm[]) {
  return terms.map((term) => ({
    slug: term.slug,
    category: term.category,
    zh: [term.zh, ...term.zhVariants],
    en: [term.en, ...term.enVariants],
    other: term.forms ?? {},
  }));
}

/** Astro content loader for the glossary: one entry per file, keyed by its file name, read by readGlossary. */
export function glossaryLoader(options: { contentDir?: string } = {}) {
  const contentDir = editionDir(process.env, options.contentDir);
  const dir = path.resolve(contentDir, 'glossary');
  return watchedFilesLoader({
    name: 'glossary-loader',
    watch: dir,
    concerns: (changed) => changed.startsWith(dir),
    read: async () => {
      const { terms, problems } = await readGlossary(contentDir);
      if (problems.length > 0) throw new Error(formatFileProblems('The glossary', problems));
      return terms.map(({ file, value }) => ({ id: path.basename(file, '.yaml'), data: value, file }));
    },
  });
}
