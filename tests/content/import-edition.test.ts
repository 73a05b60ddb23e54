import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseStatementFile } from '../../src/lib/markdown/statement-file.ts';

const FIXTURE = 'tests/fixtures/edition/statement.zh.txt';
const scratch = mkdtempSync(path.join(tmpdir(), 'import-edition-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `npm run import` as an editor would (the npm script is `node scripts/import-edition.ts`). */
const runImport = (...args: string[]) => spawnSync('npm', ['run', 'import', '--silent', '--', ...args], { encoding: 'utf8' });

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const parse = (dir: string, file: string) => parseStatementFile(read(dir, file));
// The edition's rule, written out independently of src/lib/source.ts.
const fullWidth = (text: string) =>
  text.replace(/,/g, '，').replace(/;/g, '；').replace(/\(/g, '（').replace(/\)/g, '）').replace(/:/g, '：');

describe('npm run import on the fixture statement', () => {
  const dir = path.join(scratch, 'fixture');
  const result = runImport(FIXTURE, dir);
  const lines = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n');

  it('succeeds and says what it made', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('10 paragraphs in 4 parts (preamble 3, section-1 2, section-2 3, closing 2)');
  });

  it('creates the layout of content/: source with sha256, MDX per part per text, manifest', () => {
    const parts = ['closing.mdx', 'preamble.mdx', 'section-1.mdx', 'section-2.mdx'];
    expect(readdirSync(dir).sort()).toEqual(['edition.manifest.json', 'source', 'statement']);
    expect(readdirSync(path.join(dir, 'source')).sort()).toEqual([
      'edition.json',
      'statement.zh.txt',
      'statement.zh.txt.sha256',
    ]);
    expect(readdirSync(path.join(dir, 'statement/zh')).sort()).toEqual(parts);
    expect(readdirSync(path.join(dir, 'statement/en')).sort()).toEqual(parts);
  });

  it('copies the source byte for byte, with its digest in the format of content/source', () => {
    const bytes = readFileSync(FIXTURE);
    expect(readFileSync(path.join(dir, 'source/statement.zh.txt'))).toEqual(bytes);
    const digest = createHash('sha256').update(bytes).digest('hex');
    expect(read(dir, 'source/statement.zh.txt.sha256')).toBe(`${digest}  statement.zh.txt\n`);
  });

  it('writes Chinese MDX that the edition’s own parser reads with the derived ids and the source text', () => {
    const expected: [string, string[]][] = [
      ['preamble.mdx', ['pre-1', 'pre-2', 'pre-3']],
      ['section-1.mdx', ['s1-1', 's1-2']],
      ['section-2.mdx', ['s2-1', 's2-2', 's2-3']],
      ['closing.mdx', ['closing', 'signatures']],
    ];
    const paragraphLines = lines.filter((l) => l !== '一' && l !== '二').slice(0, 9);
    const texts: string[] = [];
    for (const [file, ids] of expected) {
      const zh = parse(dir, `statement/zh/${file}`);
      expect(zh.problems, file).toEqual([]);
      expect(zh.blocks.map((b) => b.id)).toEqual(ids);
      texts.push(...zh.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
    }
    expect(texts).toEqual(paragraphLines.map(fullWidth));
    expect(parse(dir, 'statement/zh/closing.mdx').blocks[1]?.signatories).toEqual([
      { title: '甲国总统', name: '张三' },
      { title: '乙国总理', name: '李四' },
    ]);
  });

  it('divides the Chinese into numbered sentences at 。！？', () => {
    const s11 = parse(dir, 'statement/zh/section-1.mdx').blocks[0];
    expect(s11?.sentences.map((s) => [s.id, s.text])).toEqual([
      ['s1-1.1', '双方指出，两国关系保持良好发展势头。'],
      ['s1-1.2', '双方愿进一步加强各领域交流！'],
    ]);
    const s12 = parse(dir, 'statement/zh/section-1.mdx').blocks[1];
    expect(s12?.sentences.at(-1)?.text).toBe('双方认为，“合作没有止境。”');
  });

  it('writes the translation with the same paragraph and sentence ids, every sentence pending', () => {
    for (const file of readdirSync(path.join(dir, 'statement/zh'))) {
      const zhText = read(dir, `statement/zh/${file}`);
      const enText = read(dir, `statement/en/${file}`);
      const ids = (text: string) => [...text.matchAll(/<(?:P|S|Signatures) id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids(enText), file).toEqual(ids(zhText));
      expect(enText).toMatch(/^---\n(?:.*\n)*status: draft\n(?:.*\n)*---\n/);
      expect(enText).toMatch(/lang: en\n/);
      expect([...enText.matchAll(/<S id="[^"]+" pending \/>/g)]).toHaveLength([...zhText.matchAll(/<S id=/g)].length);
      expect(enText).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(read(dir, 'statement/en/section-2.mdx')).toMatch(/^title: II$/m);
    expect(read(dir, 'statement/en/closing.mdx')).toContain('<Signatory pending />\n  <Signatory pending />');
  });

  it('leaves a draft the published edition refuses, naming each pending paragraph and signatory', () => {
    const en = parse(dir, 'statement/en/section-1.mdx');
    expect(en.problems.map((p) => [p.line, p.message])).toEqual([
      [9, 'Paragraph s1-1 is still pending translation (2 sentences marked pending by npm run import).'],
      [13, 'Paragraph s1-2 is still pending translation (2 sentences marked pending by npm run import).'],
    ]);
    expect(en.problems[0]?.fix).toBe('Translate each sentence: replace <S id="s1-1.1" pending /> with <S id="s1-1.1">…</S>.');
    const closing = parse(dir, 'statement/en/closing.mdx');
    expect(closing.problems.map((p) => p.message)).toEqual([
      'Paragraph closing is still pending translation (1 sentence marked pending by npm run import).',
      'A signatory’s title and name are still pending translation (marked by npm run import).',
      'A signatory’s title and name are still pending translation (marked by npm run import).',
    ]);
    // Each is marked as pending: a draft edition shows it as “translation pending”, a published one refuses it.
    expect(closing.problems.every((p) => p.pending)).toBe(true);
    expect(closing.blocks.map((b) => [b.id, b.pending])).toEqual([
      ['closing', true],
      ['signatures', true],
    ]);
  });

  it('writes a manifest that states the layout it read and that the edition is a draft', () => {
    const manifest = JSON.parse(read(dir, 'edition.manifest.json')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      status: 'draft',
      closing: { lines: 1, signatureLines: 2, dateline: true, ids: ['closing'], signaturesId: 'signatures' },
      texts: [
        { code: 'zh', lang: 'zh-Hans', role: 'authentic', source: 'source/statement.zh.txt' },
        { code: 'en', lang: 'en', role: 'translation' },
      ],
    });
  });

  it('refuses to write into a folder that already holds files', () => {
    const again = runImport(FIXTURE, dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already holds files; nothing was written');
  });
});

describe('npm run import on a source whose structure cannot be read', () => {
  it('stops naming the file and line, and writes nothing', () => {
    const bad = path.join(scratch, 'bad.zh.txt');
    const lines = readFileSync(FIXTURE, 'utf8').split('\n');
    // Section 二 printed as 三.
    writeFileSync(bad, lines.map((l) => (l === '二' ? '三' : l)).join('\n'));
    const dir = path.join(scratch, 'bad');
    const result = runImport(bad, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}:7: expected the heading of section 二 (or a paragraph), found the heading “三”.`);
    expect(result.stderr).toContain('Fix: ');
    expect(existsSync(dir)).toBe(false);
  });

  it('explains how it is called', () => {
    const result = runImport(FIXTURE);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: npm run import -- <source.txt> <dir>');
  });
});

describe('npm run import on the real source', () => {
  const dir = path.join(scratch, 'real');
  const result = runImport('content/source/statement.zh.txt', dir);
  const files = readdirSync('content/statement/zh');

  it('succeeds with the 77 paragraphs of the published edition', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('77 paragraphs in 7 parts');
  });

  it('gives every paragraph the text, id and part the edition publishes (ignoring <Ref> markup)', () => {
    for (const file of files) {
      const imported = parse(dir, `statement/zh/${file}`);
      const published = parse('content/statement/zh', file);
      expect(imported.problems, file).toEqual([]);
      expect(imported.blocks.map((b) => [b.id, b.text, b.signatories])).toEqual(
        published.blocks.map((b) => [b.id, b.text, b.signatories]),
      );
      // The subject is the editors' description of a part; an import cannot know it.
      expect({ ...imported.frontmatter, subject: published.frontmatter?.subject }, file).toEqual(published.frontmatter);
    }
  });

  it('divides sentences where the edition does, except where editors also divided at ；or ：', () => {
    const adjusted: string[] = [];
    for (const file of files) {
      const published = parse('content/statement/zh', file).blocks;
      parse(dir, `statement/zh/${file}`).blocks.forEach((block, i) => {
        const edition = published[i]?.sentences.map((s) => s.text) ?? [];
        const imported = block.sentences.map((s) => s.text);
        if (JSON.stringify(edition) === JSON.stringify(imported)) return;
        adjusted.push(block.id);
        // Every boundary the importer found is also one of the edition's, and the edition's extra ones follow ；or ：.
        const ends = (sentences: string[]) => sentences.map((_, k) => sentences.slice(0, k + 1).join('').length);
        const editionEnds = ends(edition);
        for (const end of ends(imported)) expect(editionEnds, block.id).toContain(end);
        for (const [k, end] of editionEnds.entries()) {
          if (!ends(imported).includes(end)) expect(edition[k]?.at(-1), block.id).toMatch(/[；：]/);
        }
      });
    }
    // Reported, not hidden: the paragraphs whose sentences editors adjusted.
    console.info(`Sentence boundaries adjusted by the editors: ${adjusted.join(', ') || 'none'}`);
    expect(adjusted.length).toBeLessThan(10);
  });
});
