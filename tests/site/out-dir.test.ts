import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM } from '../support/browser.ts';
import { buildEnv } from '../support/clean-env.ts';

/**
 * `ASTRO_OUT_DIR=<folder> npm run build`: every step writes there and
 * nothing into dist/; and the same content builds the same service worker.
 */
let out: string;
let distBefore: { sw: string; swTime: number; indexTime: number };

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'out-dir-'));
  distBefore = {
    sw: readFileSync('dist/sw.js', 'utf8'),
    swTime: statSync('dist/sw.js').mtimeMs,
    indexTime: statSync('dist/pagefind/pagefind.js').mtimeMs,
  };
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    env: buildEnv({ ASTRO_OUT_DIR: out }),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm run build into ${out} failed:\n${result.stderr}`);
}, 300_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('ASTRO_OUT_DIR', () => {
  it('is where every build step writes: pages, permalinks, the search index, the PDFs, the versioned service worker', () => {
    for (const file of ['index.html', 'permalinks.json', 'pagefind/pagefind.js', 'search/data.json', 'sw.js']) {
      expect(existsSync(path.join(out, file)), file).toBe(true);
    }
    if (existsSync(CHROMIUM)) expect(existsSync(path.join(out, 'data/statement.pdf'))).toBe(true);
    expect(readFileSync(path.join(out, 'sw.js'), 'utf8')).toMatch(/const VERSION = "[0-9a-f]{16}";/);
  });

  it('leaves dist/ alone', () => {
    expect(statSync('dist/sw.js').mtimeMs).toBe(distBefore.swTime);
    expect(statSync('dist/pagefind/pagefind.js').mtimeMs).toBe(distBefore.indexTime);
  });

  it('builds the same service worker (same version, same stored files) from the same content', () => {
    expect(readFileSync(path.join(out, 'sw.js'), 'utf8')).toBe(distBefore.sw);
  });
});
