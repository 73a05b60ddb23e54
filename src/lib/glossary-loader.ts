import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import type { LocatedProblem } from './edition.ts';
import { editionDir } from './edition/current.ts';
import { glossaryTerm, type GlossaryTerm } from './schemas/glossary.ts';
import { formatFileProblems, readYamlThrough } from './schemas/read.ts';

/**
 * The one reader of content/glossary/*.yaml: every file through the one
 * schema (src/lib/schemas/glossary.ts). The glossary collection, the statement
 * loader's rendering check, `npm run check:translation` and the search index
 * all read the terms here, so none of them can see a field another drops.
 */

const shown = (p: string) => path.relative(process.cwd(), p) || '.';

/** Every glossary term of the edition folder, in file-name order, with every problem (file, line, what, fix). */
export async function readGlossary(
  contentDir: string,
): Promise<{ terms: { file: string; value: GlossaryTerm }[]; problems: LocatedProblem[] }> {
  const dir = path.resolve(contentDir, 'glossary');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  const terms: { file: string; value: GlossaryTerm }[] = [];
  const problems: LocatedProblem[] = [];
  for (const name of names) {
    const file = shown(path.join(dir, name));
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
export function glossaryLoader(options: { contentDir?: string } = {}): Loader {
  return {
    name: 'glossary-loader',
    load: async (context) => {
      const { store, watcher, logger } = context;
      const dir = path.resolve(editionDir(process.env, options.contentDir), 'glossary');
      const sync = async () => {
        const { terms, problems } = await readGlossary(path.dirname(dir));
        if (problems.length > 0) throw new Error(formatFileProblems('The glossary', problems));
        store.clear();
        for (const { file, value } of terms) {
          const id = path.basename(file, '.yaml');
          const data = await context.parseData({ id, data: value });
          store.set({ id, data, filePath: file });
        }
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (changed.startsWith(dir)) sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
