import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { glossaryForms, glossaryLoader, loadGlossary, readGlossary } from './glossary-loader.ts';
import { buildEnv } from '../../tests/support/clean-env.ts';
import { loaderContext } from '../../tests/support/loader-context.ts';

/**
 * The glossary's one reader, as the collection (glossaryLoader), the
 * statement check and check:translation (readGlossary) and the search index
 * (loadGlossary) use it: the real files pass whole, and a broken term is
 * refused by each of them with its file, line, problem and fix.
 */

const scratch = mkdtempSync(path.join(tmpdir(), 'glossary-reader-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the content with one glossary file edited; returns the folder and the edited file as messages show it. */
function contentWith(name: string, file: string, edit: (text: string) => string) {
  const dir = path.join(scratch, name, 'content');
  cpSync('content', dir, { recursive: true });
  const target = path.join(dir, 'glossary', file);
  const original = readFileSync(target, 'utf8');
  const edited = edit(original);
  // A fixture that edits nothing would prove nothing.
  if (edited === original) throw new Error(`fixture ${name}: ${file} unchanged`);
  writeFileSync(target, edited);
  return { dir, shown: path.relative(process.cwd(), target) };
}

const WITHOUT_ENGLISH = (text: string) => text.replace('en: one-China principle\n', '');
const MISSING_EN = 'en is missing; Invalid input: expected string, received undefined.';
const FIX_EN = 'Add en: The English rendering this edition uses, everywhere. (src/lib/schemas/glossary.ts).';

describe('the real glossary', () => {
  it('reads all 124 terms without a problem, each exactly as its file writes it: no field dropped', async () => {
    const { terms, problems } = await readGlossary('content');
    expect(problems).toEqual([]);
    expect(terms).toHaveLength(readdirSync('content/glossary').filter((n) => n.endsWith('.yaml')).length);
    expect(terms).toHaveLength(124);
    for (const { file, value } of terms) expect(value, file).toEqual(parse(readFileSync(file, 'utf8')));
  });

  it('gives the statement check each term’s forms: 一个中国原则 is rendered one-China principle', async () => {
    const forms = glossaryForms(await loadGlossary('content'));
    expect(forms.find((f) => f.slug === 'one-china-principle')).toEqual({
      slug: 'one-china-principle',
      category: 'formula',
      zh: ['一个中国原则'],
      en: ['one-China principle'],
      other: {},
    });
  });

  it('gives a term’s forms in a further text, by text code, where its file names them (the schema keeps them)', async () => {
    const [term] = glossaryForms(await loadGlossary('tests/fixtures/edition'));
    expect(term?.other).toEqual({ ru: ['механизм ежегодных консультаций'] });
  });

  it('is what the collection stores: the same terms, keyed by file name', async () => {
    const { stored, context } = loaderContext();
    await glossaryLoader({ contentDir: 'content' }).load(context);
    const { terms } = await readGlossary('content');
    expect([...stored.keys()]).toEqual(terms.map((t) => path.basename(t.file, '.yaml')));
    for (const { file, value } of terms)
      expect(stored.get(path.basename(file, '.yaml'))).toEqual({ data: value, filePath: file });
  });
});

describe('a glossary term without its English', () => {
  const { dir, shown } = contentWith('no-english', 'one-china-principle.yaml', WITHOUT_ENGLISH);

  it('is refused by the reader, at the term’s first line, with the fix the schema describes', async () => {
    const { terms, problems } = await readGlossary(dir);
    expect(problems).toEqual([{ file: shown, line: 1, column: 1, message: MISSING_EN, fix: FIX_EN }]);
    expect(terms.map((t) => t.value.slug)).not.toContain('one-china-principle');
    expect(terms).toHaveLength(123);
  });

  it('stops the search index (loadGlossary) and the collection’s loader with the same message', async () => {
    const expected = `${shown}:1:1\n  ${MISSING_EN}\n  Fix: ${FIX_EN}`;
    await expect(loadGlossary(dir)).rejects.toThrow(expected);
    const { stored, context } = loaderContext();
    await expect(glossaryLoader({ contentDir: dir }).load(context)).rejects.toThrow(expected);
    expect(stored.size).toBe(0);
  });

  it('fails npm run check:translation, naming the file and line', { timeout: 60_000 }, () => {
    const result = spawnSync('./node_modules/.bin/node', ['scripts/check-translation.ts'], {
      encoding: 'utf8',
      env: buildEnv({ EDITION_CONTENT_DIR: dir }),
    });
    expect(result.status, result.stdout + result.stderr).toBe(1);
    expect(result.stderr).toContain(`${shown}:1:1\n  ${MISSING_EN}\n  Fix: ${FIX_EN}`);
  });
});

describe('a glossary field no schema declares', () => {
  // The complaint that started this: a field one reader knew and another silently dropped.
  const { dir, shown } = contentWith('unknown-field', 'xi-jinping.yaml', (text) =>
    text.replace('enVariants: []\n', 'enVariants: []\nenVarients: [President Xi]\n'),
  );

  it('is refused at its line, not dropped, by every reader', async () => {
    const { problems } = await readGlossary(dir);
    expect(problems).toEqual([
      {
        file: shown,
        line: 6,
        column: 1,
        message:
          "enVarients: is not a field of this file's schema (src/lib/schemas/glossary.ts), so no reader would keep it.",
        fix: 'Remove enVarients, or declare it with a .describe() in src/lib/schemas/glossary.ts so every reader keeps it.',
      },
    ]);
    await expect(loadGlossary(dir)).rejects.toThrow(`${shown}:6:1`);
    await expect(glossaryLoader({ contentDir: dir }).load(loaderContext().context)).rejects.toThrow(`${shown}:6:1`);
  });
});
