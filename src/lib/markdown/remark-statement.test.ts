import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStatementFile } from './statement-file.ts';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('remarkStatement', () => {
  it('turns <P> and <Signatures> into located blocks with text and HTML', () => {
    const parsed = parseStatementFile(fixture('good.mdx'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.frontmatter).toEqual({ part: 'section-2', order: 2, lang: 'en', title: 'II', subject: 'Test' });
    expect(parsed.blocks).toMatchSnapshot();
  });

  it('reports every construct a reader would never see, with its line and a fix', () => {
    const { problems } = parseStatementFile(fixture('bad.mdx'));
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toMatchSnapshot();
    for (const p of problems) expect(p.fix).toMatch(/\w/);
  });

  it('reports an MDX syntax error as a located problem instead of throwing', () => {
    const { problems } = parseStatementFile('---\npart: x\n---\n\n<P id="s2-1">\nunclosed\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/not valid MDX/);
    expect(problems[0]?.line).toBeGreaterThan(1);
  });

  it('keeps Chinese text exactly, with no spaces added at line ends', () => {
    const { blocks } = parseStatementFile('<P id="s2-1">\n双方强调，政治互信是重要基础。\n</P>\n');
    expect(blocks[0]?.text).toBe('双方强调，政治互信是重要基础。');
    expect(blocks[0]?.html).toBe('双方强调，政治互信是重要基础。');
  });
});
