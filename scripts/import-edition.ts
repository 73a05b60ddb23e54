/**
 * npm run import -- <source.txt> <dir> [--manifest <manifest.json>]
 *
 * Creates an edition folder from a plain-text statement (one paragraph a
 * line, sections opened by a line holding a Chinese numeral): the source
 * copy with its sha256, an MDX file per part per text, and the manifest.
 * The translation is marked pending sentence by sentence. Stops, naming the
 * source line, where the structure cannot be read; never overwrites a folder
 * that already holds files.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importEdition } from '../src/lib/edition/import.ts';
import { StructureError } from '../src/lib/edition/structure.ts';

const USAGE = 'Usage: npm run import -- <source.txt> <dir> [--manifest <manifest.json>]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const manifestAt = args.indexOf('--manifest');
const manifestPath = manifestAt === -1 ? undefined : args[manifestAt + 1];
if (manifestAt !== -1 && !manifestPath) fail(`--manifest needs a file.\n${USAGE}`);
const positional = args.filter((_, i) => manifestAt === -1 || (i !== manifestAt && i !== manifestAt + 1));
const [sourcePath, dir, ...extra] = positional;
if (!sourcePath || !dir || extra.length) fail(USAGE);
if (!existsSync(sourcePath)) fail(`${sourcePath}: no such file.\n${USAGE}`);
if (existsSync(dir) && readdirSync(dir).length > 0) {
  fail(`${dir} already holds files; nothing was written.\n  Fix: choose a new or empty folder.`);
}

const bytes = readFileSync(sourcePath);
let source: string;
try {
  source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${sourcePath} is not UTF-8 text.\n  Fix: save it as UTF-8.`);
}
const sha256 = createHash('sha256').update(bytes).digest('hex');
const manifest: unknown = manifestPath ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};

let edition: ReturnType<typeof importEdition>;
try {
  edition = importEdition(source, sha256, manifest as Parameters<typeof importEdition>[2]);
} catch (error) {
  if (error instanceof StructureError) {
    fail(`${sourcePath}:${error.line}: ${error.message.replace(/^Source line \d+: /, '')}\nNothing was written.`);
  }
  fail(`${(error as Error).message}\nNothing was written.`);
}

for (const [path, content] of edition.files) {
  const target = join(dir, path);
  mkdirSync(dirname(target), { recursive: true });
  // The source copy is written byte for byte, so its sha256 is the original's.
  writeFileSync(target, path === edition.manifest.texts.find((t) => t.source)?.source ? bytes : content);
}

const { parts } = edition.structure;
const paragraphs = parts.reduce((n, part) => n + part.paragraphs.length, 0);
console.log(
  [
    `Imported ${sourcePath} into ${dir}: ${paragraphs} paragraphs in ${parts.length} parts (${parts.map((p) => `${p.slug} ${p.paragraphs.length}`).join(', ')}).`,
    `  ${edition.files.size} files: source copy and sha256, ${parts.length} MDX files per text, edition.manifest.json, source/edition.json (the facts the text states; the rest marked pending).`,
    `  Draft: ${edition.pendingSentences} translation sentence(s) marked <S id="…" pending />.`,
  ].join('\n'),
);
