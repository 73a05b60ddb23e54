import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseStatementFile } from './statement-file.ts';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

describe('remarkStatement', () => {
  it('turns <P> and <Signatures> into located blocks with their text', () => {
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
  });
});

describe('sentences and mentions', () => {
  const source = [
    '<P id="s2-5">',
    '<S id="s2-5.1">The Kazakh side supports it.</S> <S id="s2-5.2">This is the principle of <Ref to="unga-resolution-2758">resolution 2758</Ref>.</S>',
    '</P>',
    '',
  ].join('\n');

  it('reads each sentence and the mentions inside it', () => {
    const [block] = parseStatementFile(source).blocks;
    expect(block?.sentences).toEqual([
      { id: 's2-5.1', text: 'The Kazakh side supports it.', line: 2 },
      { id: 's2-5.2', text: 'This is the principle of resolution 2758.', line: 2 },
    ]);
    expect(block?.refs).toEqual([
      { key: 'unga-resolution-2758', text: 'resolution 2758', sentence: 's2-5.2', line: 2 },
    ]);
    expect(block?.text).toBe('The Kazakh side supports it. This is the principle of resolution 2758.');
  });

  it('reports text outside the sentences, a sentence without id and a mention without key', () => {
    const bad = '<P id="s2-5">\nStray. <S>No id.</S> <S id="s2-5.2"><Ref>x</Ref></S>\n</P>\n';
    expect(parseStatementFile(bad).problems.map((p) => p.message)).toEqual([
      'Paragraph s2-5 has text outside its <S> sentences.',
      'A sentence of s2-5 has no id.',
      'A <Ref> in s2-5 names no register entry.',
    ]);
  });
});
