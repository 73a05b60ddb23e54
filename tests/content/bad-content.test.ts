import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatProblems } from '../../src/lib/edition.ts';
import { auditContent } from '../../src/lib/statement-loader.ts';
import { checkPartFrontmatter as checkFrontmatter } from '../../src/lib/schemas/part-frontmatter.ts';
import { BAD_CONTENT, applyCase, buildGroups } from '../fixtures/bad-content.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'bad-content-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 60_000);

/** Runs every check the build runs on a copy of the content with the case applied. */
async function audit(name: string, badCase?: (typeof BAD_CONTENT)[number]) {
  const contentDir = path.join(scratch, name.replace(/\W+/g, '-'), 'content');
  cpSync('content', contentDir, { recursive: true });
  const line = badCase ? applyCase(contentDir, badCase) : 0;
  try {
    const { edition, problems } = await auditContent({ contentDir, checkFrontmatter });
    return { edition, problems, text: formatProblems(problems), line, contentDir };
  } catch (error) {
    // The source checks stop at once, with the same formatted message.
    return { edition: undefined, problems: [], text: (error as Error).message, line, contentDir };
  } finally {
    rmSync(path.dirname(contentDir), { recursive: true, force: true });
  }
}

describe('the real content', () => {
  it('passes every check, into 7 parts and 77 paragraph pairs', { timeout: 30_000 }, async () => {
    const { edition, text } = await audit('real');
    expect(text).toContain('0 problems');
    expect(edition?.parts.map((p) => p.slug)).toEqual(['preamble', 'section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'closing']);
    expect(edition?.parts.flatMap((p) => p.paragraphs)).toHaveLength(77);
    expect(edition?.dateline).toBe('（新华社努尔苏丹9月14日电）');
  });
});

describe.each(BAD_CONTENT)('bad content: $name', (badCase) => {
  it('is reported with file, line, problem and fix', { timeout: 30_000 }, async () => {
    const { problems, text, line, contentDir } = await audit(badCase.name, badCase);
    const file = path.relative(process.cwd(), path.join(contentDir, badCase.file));
    expect(text).toContain(`${file}:${line}:`);
    expect(text).toMatch(badCase.message);
    expect(text).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:\\d+\\n  .*\\n  Fix: .*`));
    for (const also of badCase.alsoReports ?? []) expect(text).toMatch(also);
    if (problems.length) {
      const found = problems.find((p) => badCase.message.test(p.message));
      expect(found, text).toBeDefined();
      expect(found?.file).toBe(file);
      expect(found?.line).toBe(line);
      expect(found?.fix).toMatch(badCase.fix);
    } else {
      expect(text).toMatch(badCase.fix);
    }
    if (badCase.onlyProblem) expect(problems, text).toHaveLength(1);
  });
});

describe('the through-build groups', () => {
  it('run every case, each once, in fewer builds than cases', () => {
    const groups = buildGroups(BAD_CONTENT);
    expect(groups.flat().map((c) => c.name).sort()).toEqual(BAD_CONTENT.map((c) => c.name).sort());
    expect(groups.length).toBeLessThan(BAD_CONTENT.length / 3);
  });
});
