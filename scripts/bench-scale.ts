/**
 * `npm run bench -- --scale`: figures, not pass/fail, for the edition engine
 * on synthetic statements 1×, 10× and 50× the size of this one. Each is the
 * real source with its sections repeated (50× has 250 sections, numbered
 * 一 … 二百五十), the preamble and the end kept once. Times the structure
 * derivation and the import in process (median of 9 after a warm-up), and the import command
 * end to end (files written). Building a synthetic edition is not measured:
 * the site cannot build another edition yet (EDITION_DIR).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importEdition } from '../src/lib/edition/import.ts';
import { readManifest } from '../src/lib/edition/manifest.ts';
import { chineseNumeral, deriveStructure, derivedIds } from '../src/lib/edition/structure.ts';

const SCALES = [1, 10, 50];
const source = readFileSync('content/source/statement.zh.txt', 'utf8');
const manifest = readManifest({});
const real = deriveStructure(source, manifest);
const lines = source.replace(/\n$/, '').split('\n');
const firstHeading = real.parts[1]?.heading?.line ?? 1;
const closingLine = real.parts.at(-1)?.paragraphs[0]?.lines[0]?.line ?? lines.length;
const preamble = lines.slice(0, firstHeading - 1);
const sections = real.parts
  .filter((p) => p.kind === 'section')
  .map((p) => p.paragraphs.map((q) => q.lines[0]?.text ?? ''));
const end = lines.slice(closingLine - 1);

function synthetic(scale: number): string {
  const body = Array.from({ length: scale }, () => sections)
    .flat()
    .flatMap((paragraphs, i) => [chineseNumeral(i + 1), ...paragraphs]);
  // Like the real source: no newline after the last line, so 1× is the real source byte for byte.
  return [...preamble, ...body, ...end].join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
// The machine is shared: one warm-up run, then the median of nine.
const time = (run: () => void) => {
  run();
  return median(
    Array.from({ length: 9 }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );
};

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
const rows = SCALES.map((scale) => {
  const text = synthetic(scale);
  if (scale === 1 && text !== source) throw new Error('The 1× synthetic statement should be the real source.');
  const file = path.join(scratch, `statement-${scale}x.zh.txt`);
  writeFileSync(file, text);
  const sha = createHash('sha256').update(text).digest('hex');
  const ids = derivedIds(deriveStructure(text, manifest)).length;
  const deriveMs = time(() => deriveStructure(text, manifest));
  const importMs = time(() => importEdition(text, sha));
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/import-edition.ts', file, path.join(scratch, `edition-${scale}x`)], {
    stdio: 'ignore',
  });
  const commandMs = performance.now() - started;
  return {
    scale,
    sourceBytes: Buffer.byteLength(text),
    paragraphs: ids,
    sections: sections.length * scale,
    deriveMs: Math.round(deriveMs * 10) / 10,
    importMs: Math.round(importMs * 10) / 10,
    commandMs: Math.round(commandMs),
  };
});
rmSync(scratch, { recursive: true, force: true });

console.table(rows);
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/scale.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`,
);
console.log('Written to bench/scale.json.');
