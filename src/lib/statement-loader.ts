import { readFile, readdir } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { buildEdition, formatProblems, type FrontmatterCheck } from './edition.ts';

export interface StatementLoaderOptions {
  /** Folder holding `statement/` and `source/`; `EDITION_CONTENT_DIR` overrides it (used by the bad-content tests). */
  contentDir?: string;
  checkFrontmatter: FrontmatterCheck;
}

/** Reads `statement/zh/*.mdx` and `statement/en/*.mdx` into a map keyed `zh/section-2.mdx`. */
export async function readStatementFiles(statementDir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const lang of await readdir(statementDir)) {
    for (const name of await readdir(path.join(statementDir, lang))) {
      files.set(`${lang}/${name}`, await readFile(path.join(statementDir, lang, name), 'utf8'));
    }
  }
  return files;
}

/**
 * The recorded digest proves the provenance copy is the file we were given;
 * a changed copy must never pass the fidelity check silently.
 */
export function checkSourceDigest(source: string, recorded: string, sourcePath: string): void {
  const actual = createHash('sha256').update(source, 'utf8').digest('hex');
  const expected = recorded.trim().split(/\s+/)[0];
  if (actual !== expected) {
    throw new Error(
      `${sourcePath}: sha256 is ${actual}, but ${sourcePath}.sha256 records ${expected}.\n  Fix: restore the authentic source file; it is never edited.`,
    );
  }
}

/** Keys of the register: the file names in content/instruments/. */
export async function readInstrumentKeys(contentDir: string): Promise<Set<string>> {
  const names = await readdir(path.join(contentDir, 'instruments')).catch(() => [] as string[]);
  return new Set(names.filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, '')));
}

interface GlossaryFile {
  slug: string;
  zh: string;
  zhVariants?: string[];
  en: string;
  enVariants?: string[];
  category?: string;
}

/** The forms of each glossary term the reading view marks (the collection validates the rest). */
export async function readGlossaryForms(contentDir: string) {
  const dir = path.join(contentDir, 'glossary');
  const names = await readdir(dir).catch(() => [] as string[]);
  const terms = [];
  for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
    const entry = parseYaml(await readFile(path.join(dir, name), 'utf8')) as GlossaryFile;
    terms.push({
      slug: entry.slug,
      category: entry.category,
      zh: [entry.zh, ...(entry.zhVariants ?? [])],
      en: [entry.en, ...(entry.enVariants ?? [])],
    });
  }
  return terms;
}

export async function loadEdition(options: StatementLoaderOptions, base = '/') {
  const contentDir = process.env.EDITION_CONTENT_DIR ?? options.contentDir ?? 'content';
  const rel = (p: string) => `${path.relative(process.cwd(), path.resolve(contentDir, p)) || '.'}`;
  const sourcePath = rel('source/statement.zh.txt');
  const source = await readFile(sourcePath, 'utf8');
  checkSourceDigest(source, await readFile(`${sourcePath}.sha256`, 'utf8'), sourcePath);
  const files = await readStatementFiles(path.join(contentDir, 'statement'));
  const { edition, problems } = buildEdition({
    files,
    source,
    statementDir: `${rel('statement')}/`,
    sourcePath,
    checkFrontmatter: options.checkFrontmatter,
    instrumentKeys: await readInstrumentKeys(contentDir),
    glossary: await readGlossaryForms(contentDir),
    base,
  });
  if (problems.length > 0) throw new Error(formatProblems(problems));
  return { edition, contentDir };
}

/** Astro content loader: one entry per part, each paragraph paired across languages. */
export function statementLoader(options: StatementLoaderOptions): Loader {
  return {
    name: 'statement-loader',
    load: async (context) => {
      const { store, watcher, logger } = context;
      const sync = async () => {
        const { edition, contentDir } = await loadEdition(options, context.config.base);
        store.clear();
        for (const part of edition.parts) {
          const data = await context.parseData({
            id: part.slug,
            data: { ...part, dateline: part.slug === 'closing' ? edition.dateline : undefined },
          });
          store.set({ id: part.slug, data });
        }
        return contentDir;
      };
      const contentDir = await sync();
      watcher?.add(path.resolve(contentDir));
      watcher?.on('change', (changed) => {
        if (
          !changed.startsWith(path.resolve(contentDir, 'statement')) &&
          !changed.startsWith(path.resolve(contentDir, 'source'))
        )
          return;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
