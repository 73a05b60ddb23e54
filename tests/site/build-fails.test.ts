import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BAD_CONTENT, BAD_REGISTER, applyCase, buildGroups, inEditedCopy } from '../fixtures/bad-content.ts';
import { buildEnv } from '../support/clean-env.ts';

/**
 * The real `astro build`, pointed at a broken copy of the content: it must
 * stop, and say where and what to fix. A failing build costs about 25 s, so
 * cases that cannot hide each other share a build (see buildGroups): every
 * case still goes through a real build, in a few builds instead of one each.
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.each(
  buildGroups(BAD_CONTENT).map((cases, i) => ({ n: i + 1, cases, names: cases.map((c) => c.name).join('; ') })),
)('npm run build, group $n: $names', ({ cases }) => {
  it('fails, naming for each case the file, the line, the problem and the fix', { timeout: 180_000 }, () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'bad-content-'));
    try {
      const content = path.join(scratch, 'content');
      cpSync('content', content, { recursive: true });
      const lines = cases.map((badCase) => applyCase(content, badCase));

      const result = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: buildEnv({ EDITION_CONTENT_DIR: content, ASTRO_OUT_DIR: path.join(scratch, 'dist') }),
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      cases.forEach((badCase, i) => {
        const shown = path.relative(process.cwd(), path.join(content, badCase.file));
        // file:line:column, then the problem, then the fix, as the loader prints them.
        const located = new RegExp(`${escape(shown)}:${lines[i]}:\\d+\\n  (.*)\\n  Fix: (.*)`, 'g');
        const entries = [...output.matchAll(located)];
        expect(
          entries.some(
            ([, message, fix]) =>
              (badCase.buildMessage ?? badCase.message).test(message ?? '') &&
              (badCase.buildFix ?? badCase.fix).test(fix ?? ''),
          ),
          `${badCase.name}\n${output}`,
        ).toBe(true);
        for (const also of badCase.alsoReports ?? []) expect(output).toMatch(also);
        if (badCase.onlyProblem) expect(output).toContain('The statement content has 1 problem;');
      });
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

/** The register goes through the same real build: a mislabelled address stops it at its line. */
describe.each(BAD_REGISTER)('npm run build with $name', (badCase) => {
  it('fails, naming the file, the line, the problem and the fix', { timeout: 120_000 }, async () => {
    await inEditedCopy(badCase, ({ content, file, line }) => {
      const result = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: buildEnv({ EDITION_CONTENT_DIR: content, ASTRO_OUT_DIR: path.join(path.dirname(content), 'dist') }),
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).not.toBe(0);
      expect(output).toContain(`${path.relative(process.cwd(), file)}:${line}:`);
      expect(output).toMatch(badCase.message);
      expect(output).toMatch(/Fix: /);
    });
  });
});
