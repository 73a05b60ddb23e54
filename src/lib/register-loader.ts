import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { editionDir } from './edition/current.ts';
import path from 'node:path';
import { shownPath, watchedFilesLoader } from './content-loader.ts';
import type { LocatedProblem } from './edition.ts';
import { checkOfficialHosts, checkRegisterFile, type OfficialHost } from './register.ts';
import { officialHosts, registerEntry, type RegisterEntry } from './schemas/register.ts';
import { formatFileProblems, schemaCheck } from './schemas/read.ts';

/**
 * The one reader of the register (content/instruments/*.yaml and
 * content/official-hosts.yaml): each file through its schema in
 * src/lib/schemas/register.ts, then the official labels checked against the
 * hosts. The instruments collection and the scripts (the search index) both
 * read it here.
 */

export interface RegisterLoaderOptions {
  /** Folder holding `instruments/` and `official-hosts.yaml`; `EDITION_CONTENT_DIR` overrides it (bad-content tests). */
  contentDir?: string;
}

const DECLARED_IN = 'src/lib/schemas/register.ts';
const checkEntry = schemaCheck(registerEntry, DECLARED_IN);
const checkHosts = schemaCheck(officialHosts, DECLARED_IN);

/** content/official-hosts.yaml, through its schema: the one list the build and the tests read. */
export async function readOfficialHosts(
  contentDir = 'content',
): Promise<{ hosts: OfficialHost[]; problems: LocatedProblem[] }> {
  const file = path.resolve(contentDir, 'official-hosts.yaml');
  // An imported draft has no register yet, and so no list of official hosts: nothing may be labelled official.
  if (!existsSync(file) && !existsSync(path.resolve(contentDir, 'instruments'))) return { hosts: [], problems: [] };
  const { value, problems } = checkOfficialHosts({
    file: shownPath(file),
    text: await readFile(file, 'utf8'),
    check: checkHosts,
  });
  return { hosts: value ?? [], problems };
}

/** Every register file checked; throws with every problem (file:line, what, fix) if any. */
export async function loadRegister(
  options: RegisterLoaderOptions = {},
): Promise<{ entries: { file: string; value: RegisterEntry }[] }> {
  const contentDir = editionDir(process.env, options.contentDir);
  const dir = path.resolve(contentDir, 'instruments');
  const { hosts, problems } = await readOfficialHosts(contentDir);
  const entries: { file: string; value: RegisterEntry }[] = [];
  const names = existsSync(dir) ? await readdir(dir) : [];
  for (const name of names.filter((n) => n.endsWith('.yaml')).sort()) {
    const file = shownPath(path.join(dir, name));
    const result = checkRegisterFile({
      file,
      text: await readFile(path.join(dir, name), 'utf8'),
      check: checkEntry,
      hosts,
    });
    problems.push(...result.problems);
    if (result.value) entries.push({ file, value: result.value });
  }
  if (problems.length > 0) throw new Error(formatFileProblems('The register', problems));
  return { entries };
}

/** Astro content loader for the register: one entry per YAML file, checked before anything is built. */
export function registerLoader(options: RegisterLoaderOptions = {}) {
  const dir = path.resolve(editionDir(process.env, options.contentDir), 'instruments');
  return watchedFilesLoader({
    name: 'register-loader',
    watch: dir,
    concerns: (changed) => changed.startsWith(dir) || changed.endsWith('official-hosts.yaml'),
    read: async () =>
      (await loadRegister(options)).entries.map(({ file, value }) => ({ id: value.key, data: value, file })),
  });
}
