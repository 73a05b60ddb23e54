import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { buildEdition, formatProblems, type FrontmatterCheck, type LocatedProblem } from './edition.ts';
import {
  entryFileProblems,
  mentionProblems,
  jsonFileProblems,
  markdownAddressProblems,
  notesFileProblems,
  pageFileProblems,
  sentenceSnapshotProblems,
  type PermalinkSnapshot,
} from './content-audit.ts';
import { isParagraphId, partOfParagraph } from './ids.ts';
import { parseSentenceId } from './edition/id-format.ts';
import { PUBLISHED_SOURCE_SHA256 } from './source.ts';
import { editionDir, readEdition } from './edition/current.ts';
import { glossaryForms, readGlossary } from './glossary-loader.ts';
import { shownPath } from './content-loader.ts';
import type { EditionText } from './edition/manifest.ts';

export interface StatementLoaderOptions {
  /** Folder holding `statement/` and `source/`; `EDITION_CONTENT_DIR` overrides it (used by the bad-content tests). */
  contentDir?: string;
  checkFrontmatter: FrontmatterCheck;
}

/** Reads `statement/<text>/*.mdx` (zh, en, …) into a map keyed `zh/section-2.mdx`. */
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
 * a changed copy must never pass the fidelity check silently. The published
 * digest is also written in the code, so editing the source, its .sha256 and
 * the Chinese together still fails.
 */
export function checkSourceDigest(
  source: string,
  recorded: string | undefined,
  sourcePath: string,
  pinned = true,
): void {
  const actual = createHash('sha256').update(source, 'utf8').digest('hex');
  const name = path.basename(sourcePath);
  const problem = (message: string): LocatedProblem => ({
    file: sourcePath,
    line: 1,
    column: 1,
    message,
    fix: `Restore the authentic source file and its .sha256 (git checkout ${path.dirname(sourcePath)}/); the source is never edited. A source newly added, once checked against the official publication, gets its digest with: sha256sum ${name} > ${name}.sha256 (in its folder).`,
  });
  if (recorded === undefined) {
    throw new Error(formatProblems([problem(`The authentic source has no ${name}.sha256 beside it.`)]));
  }
  const expected = recorded.trim().split(/\s+/)[0];
  if (pinned && expected !== PUBLISHED_SOURCE_SHA256) {
    throw new Error(
      formatProblems([
        problem(
          `${sourcePath}.sha256 records ${expected}, but the published source's SHA-256 is ${PUBLISHED_SOURCE_SHA256} (src/lib/source.ts).`,
        ),
      ]),
    );
  }
  if (actual !== expected) {
    throw new Error(
      formatProblems([problem(`The file's SHA-256 is ${actual}, but ${sourcePath}.sha256 records ${expected}.`)]),
    );
  }
}

/** An authentic text's provenance copy: its text, its path as messages print it, the digest recorded beside it. */
export interface AuthenticSource {
  text: string;
  path: string;
  recordedDigest: string | undefined;
}

/**
 * Reads the source of every authentic text that has one, with the digest in `<source>.sha256` (undefined when
 * there is none). `shown` turns a path inside the edition folder into the one messages print.
 */
export async function readAuthenticSources(
  contentDir: string,
  texts: readonly EditionText[],
  shown: (file: string) => string = (file) => path.join(contentDir, file),
): Promise<Record<string, AuthenticSource>> {
  const sources: Record<string, AuthenticSource> = {};
  for (const text of texts) {
    if (text.role !== 'authentic' || !text.source) continue;
    const file = shown(text.source);
    const read = (name: string) => readFile(path.join(contentDir, name), 'utf8').catch(() => undefined);
    const body = await read(text.source);
    if (body === undefined) {
      throw new Error(
        formatProblems([
          {
            file,
            line: 1,
            column: 1,
            message: `The ${text.label.en} text is registered as authentic with the source ${text.source}, but there is no such file.`,
            fix: `Put the provenance copy of the official ${text.label.en} text at ${file} (one paragraph a line, in the layout of the primary source) with its .sha256 beside it, or correct "source" in edition.manifest.json.`,
          },
        ]),
      );
    }
    sources[text.code] = { text: body, path: file, recordedDigest: await read(`${text.source}.sha256`) };
  }
  return sources;
}

/** Keys of the register: the file names in content/instruments/. */
export async function readInstrumentKeys(contentDir: string): Promise<Set<string>> {
  const names = await readdir(path.join(contentDir, 'instruments')).catch(() => [] as string[]);
  return new Set(names.filter((n) => n.endsWith('.yaml')).map((n) => n.replace(/\.yaml$/, '')));
}

const yamlNames = async (dir: string) =>
  (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();

/**
 * Every check of the content, statement and data alike, with every problem
 * found: what `astro build` and `astro dev` refuse to publish.
 */
export async function auditContent(options: StatementLoaderOptions, base = '/') {
  const contentDir = editionDir(process.env, options.contentDir);
  const rel = (p: string) => shownPath(path.resolve(contentDir, p));
  const current = readEdition(contentDir);
  const sources = await readAuthenticSources(contentDir, current.texts, rel);
  // The published edition's primary source is pinned in the code as well; any other source, or a draft's, is
  // checked against its own digest.
  const published = current.manifest.status === 'published';
  for (const [code, source] of Object.entries(sources)) {
    checkSourceDigest(source.text, source.recordedDigest, source.path, published && code === current.primary.code);
  }
  const files = await readStatementFiles(path.join(contentDir, 'statement'));
  const glossary = await readGlossary(contentDir);
  const { edition, problems, unreadable } = buildEdition({
    files,
    sources,
    statementDir: `${rel('statement')}/`,
    checkFrontmatter: options.checkFrontmatter,
    instrumentKeys: await readInstrumentKeys(contentDir),
    glossary: glossaryForms(glossary.terms.map((t) => t.value)),
    base,
    texts: current.texts,
    status: current.manifest.status,
  });
  // A term its schema refuses is reported here too: its forms are missing from the check above.
  problems.push(...glossary.problems);
  for (const [name, text] of files) problems.push(...markdownAddressProblems(`${rel('statement')}/${name}`, text));
  const quoted = new Map(
    edition.parts
      .flatMap((p) => p.paragraphs)
      .map((pair) => [pair.id, { zh: pair.texts.zh?.text ?? '', en: pair.texts.en?.text ?? '' }]),
  );
  for (const [folder, keyField] of [
    ['instruments', 'key'],
    ['glossary', 'slug'],
  ] as const) {
    for (const name of await yamlNames(path.join(contentDir, folder))) {
      const file = rel(`${folder}/${name}`);
      const text = await readFile(file, 'utf8');
      problems.push(...entryFileProblems(file, text, keyField));
      // A register entry's mentions quote the text; with a part unreadable its paragraphs are
      // missing, and its syntax error is the problem to report.
      if (folder === 'instruments' && unreadable.size === 0) problems.push(...mentionProblems(file, text, quoted));
    }
  }
  const sentenceIds = new Set(
    edition.parts.flatMap((p) =>
      p.paragraphs.flatMap((pair) => pair.texts[current.primary.code]?.sentences.map((s) => s.id) ?? []),
    ),
  );
  // A note on a sentence of a part that could not be read is not reported: the syntax error is the problem.
  const inUnreadablePart = (sentence: string) => {
    const paragraph = parseSentenceId(sentence)?.paragraph;
    return paragraph !== undefined && isParagraphId(paragraph) && unreadable.has(partOfParagraph(paragraph).slug);
  };
  // A draft (an imported statement) may have no notes, edition facts or snapshot yet; a published edition needs each.
  const draft = current.manifest.status === 'draft';
  const readOr = async (file: string, missing: string) =>
    draft && !existsSync(file) ? missing : readFile(file, 'utf8');
  const notesPath = rel('notes/translation-notes.yaml');
  const notes = notesFileProblems(notesPath, await readOr(notesPath, '[]'), sentenceIds, inUnreadablePart);
  problems.push(...notes.problems);
  const editionPath = rel('source/edition.json');
  problems.push(...jsonFileProblems(editionPath, await readOr(editionPath, '{}')));
  for (const name of (await readdir(rel('pages')).catch(() => [] as string[])).filter((n) => n.endsWith('.mdx'))) {
    const file = rel(`pages/${name}`);
    problems.push(...pageFileProblems(file, await readFile(file, 'utf8')));
  }
  const snapshotPath = rel('permalinks.snapshot.json');
  // No snapshot: nothing of this edition has been published yet, so no address can have been lost.
  if (!draft || existsSync(snapshotPath)) {
    const snapshot = JSON.parse(await readFile(snapshotPath, 'utf8')) as PermalinkSnapshot;
    problems.push(...sentenceSnapshotProblems(edition.parts, snapshot, snapshotPath, notes.notes, notesPath));
  }
  return { edition, problems, contentDir, notes: notes.notes };
}

export async function loadEdition(options: StatementLoaderOptions, base = '/') {
  const { edition, problems, contentDir } = await auditContent(options, base);
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
      // Every content file is checked, so any change under content/ checks again.
      watcher?.on('change', (changed) => {
        if (!changed.startsWith(path.resolve(contentDir))) return;
        sync().catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
