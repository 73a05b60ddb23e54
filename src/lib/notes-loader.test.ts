import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { notesLoader, readNotesText } from './notes-loader.ts';
import { auditContent } from './statement-loader.ts';
import { checkPartFrontmatter } from './schemas/part-frontmatter.ts';
import { loaderContext } from '../../tests/support/loader-context.ts';

/**
 * The translator's notes through their one schema: the collection's loader
 * and the statement loader's checks read the same notes, and refuse a broken
 * one at its line.
 */

const FILE = 'content/notes/translation-notes.yaml';
const WITHOUT_CHINESE = (text: string) =>
  text.replace(/(- id: resolution-2758\n {2}sentence: s2-5\.2\n {2}en: .*\n) {2}zh: .*\n/, '$1');
const MISSING_ZH = '7.zh is missing; Invalid input: expected string, received undefined.';

const scratch = mkdtempSync(path.join(tmpdir(), 'notes-reader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the real notes', () => {
  it('are read whole, all 20, and the collection stores exactly them, keyed by id', async () => {
    const text = readFileSync(FILE, 'utf8');
    const { notes, problems } = readNotesText(FILE, text);
    expect(problems).toEqual([]);
    expect(notes).toEqual(parse(text));
    expect(notes).toHaveLength(20);
    const { stored, context } = loaderContext();
    await notesLoader({ contentDir: 'content' }).load(context);
    expect([...stored].map(([id, entry]) => [id, entry.data])).toEqual(notes.map((n) => [n.id, n]));
  });
});

describe('a note without its Chinese', () => {
  const dir = path.join(scratch, 'no-chinese', 'content');
  cpSync('content', dir, { recursive: true });
  const target = path.join(dir, 'notes/translation-notes.yaml');
  const original = readFileSync(target, 'utf8');
  const edited = WITHOUT_CHINESE(original);
  if (edited === original) throw new Error('fixture: the note resolution-2758 was not found');
  writeFileSync(target, edited);
  const shown = path.relative(process.cwd(), target);
  const line = edited.split('- id: resolution-2758')[0]!.split('\n').length;

  it('is refused at the note, with the fix the schema describes, and the other notes kept', () => {
    const { notes, problems } = readNotesText(shown, edited);
    expect(problems).toEqual([
      {
        file: shown,
        line,
        column: 1,
        message: MISSING_ZH,
        fix: 'Add 7.zh: The note in Chinese. (src/lib/schemas/notes.ts).',
      },
    ]);
    expect(notes.map((n) => n.id)).not.toContain('resolution-2758');
    expect(notes).toHaveLength(19);
  });

  it('stops the collection’s loader and the statement loader’s checks at the same line', async () => {
    await expect(notesLoader({ contentDir: dir }).load(loaderContext().context)).rejects.toThrow(
      `${shown}:${line}:1\n  ${MISSING_ZH}`,
    );
    const { problems } = await auditContent({ contentDir: dir, checkFrontmatter: checkPartFrontmatter });
    expect(problems.filter((p) => p.message === MISSING_ZH).map((p) => `${p.file}:${p.line}`)).toEqual([
      `${shown}:${line}`,
    ]);
  }, 30_000);
});
