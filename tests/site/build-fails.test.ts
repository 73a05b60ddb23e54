import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BAD_CONTENT, BAD_REGISTER } from '../fixtures/bad-content.ts';
import { buildEnv } from '../support/clean-env.ts';

/**
 * The real `astro build`, pointed at a broken copy of the content: it must
 * stop, and say where and what to fix.
 */
describe.each(BAD_CONTENT)('npm run build with $name', (badCase) => {
  it('fails, naming the file, the line, the problem and the fix', { timeout: 120_000 }, () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'bad-content-'));
    try {
      const content = path.join(scratch, 'content');
      cpSync('content', content, { recursive: true });
      const file = path.join(content, 'statement', badCase.file);
      let original: string | undefined;
      try {
        original = readFileSync(file, 'utf8');
      } catch {
        original = undefined;
      }
      const edited = badCase.edit(original) ?? '';
      writeFileSync(file, edited);
      const line = edited.split(badCase.lineWith)[0]!.split('\n').length;

      const result = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: buildEnv({ EDITION_CONTENT_DIR: content, ASTRO_OUT_DIR: path.join(scratch, 'dist') }),
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      const shown = path.relative(process.cwd(), file);
      expect(output).toContain(`${shown}:${line}:`);
      expect(output).toMatch(badCase.message);
      expect(output).toMatch(/Fix: /);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

/** The register goes through the same real build: a mislabelled address stops it at its line. */
describe.each(BAD_REGISTER)('npm run build with $name', (badCase) => {
  it('fails, naming the file, the line, the problem and the fix', { timeout: 120_000 }, () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'bad-register-'));
    try {
      const content = path.join(scratch, 'content');
      cpSync('content', content, { recursive: true });
      const file = path.join(content, badCase.file);
      const edited = badCase.edit(readFileSync(file, 'utf8'));
      writeFileSync(file, edited);
      const line = edited.split(badCase.lineWith)[0]!.split('\n').length;

      const result = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: buildEnv({ EDITION_CONTENT_DIR: content, ASTRO_OUT_DIR: path.join(scratch, 'dist') }),
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toContain(`${path.relative(process.cwd(), file)}:${line}:`);
      expect(output).toMatch(badCase.message);
      expect(output).toMatch(/Fix: /);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
