import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildEdition, formatProblems } from '../../src/lib/edition.ts';
import { readGlossaryForms, readInstrumentKeys, readStatementFiles } from '../../src/lib/statement-loader.ts';
import { partFrontmatter } from '../../src/content.config.ts';
import { BAD_CONTENT } from '../fixtures/bad-content.ts';

const source = readFileSync('content/source/statement.zh.txt', 'utf8');
const files = await readStatementFiles('content/statement');
const instrumentKeys = await readInstrumentKeys('content');
const glossary = await readGlossaryForms('content');

function build(edited: Map<string, string>) {
  return buildEdition({
    files: edited,
    source,
    statementDir: 'content/statement/',
    sourcePath: 'content/source/statement.zh.txt',
    checkFrontmatter: (data) => {
      const result = partFrontmatter.safeParse(data);
      return result.success
        ? { ok: true, value: result.data }
        : { ok: false, issues: result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
    },
    instrumentKeys,
    glossary,
    base: '/',
  });
}

describe('the real content', () => {
  it('builds with no problems into 7 parts and 77 paragraph pairs', () => {
    const { edition, problems } = build(files);
    expect(formatProblems(problems)).toContain('0 problems');
    expect(edition.parts.map((p) => p.slug)).toEqual(['preamble', 'section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'closing']);
    expect(edition.parts.flatMap((p) => p.paragraphs)).toHaveLength(77);
    expect(edition.dateline).toBe('（新华社努尔苏丹9月14日电）');
  });
});

describe.each(BAD_CONTENT)('bad content: $name', (badCase) => {
  it('is reported with file, line, problem and fix', () => {
    const edited = new Map(files);
    const text = badCase.edit(edited.get(badCase.file));
    expect(text, 'the fixture must change the file').not.toBe(edited.get(badCase.file));
    edited.set(badCase.file, text ?? '');
    const { problems } = build(edited);
    expect(text, `the edited file must contain ${badCase.lineWith}`).toContain(badCase.lineWith);
    const expectedLine = (text ?? '').split(badCase.lineWith)[0]!.split('\n').length;
    const found = problems.find((p) => badCase.message.test(p.message));
    expect(found, formatProblems(problems)).toBeDefined();
    expect(found?.file).toBe(`content/statement/${badCase.file}`);
    expect(found?.line).toBe(expectedLine);
    expect(found?.fix).toMatch(badCase.fix);
    expect(formatProblems(problems)).toContain(`content/statement/${badCase.file}:${expectedLine}:`);
  });
});
