import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { buildEnv } from '../support/clean-env.ts';
import { FIXTURE, importFixtureEdition } from '../support/fixture-edition.ts';

/**
 * A second authentic text is checked against its own source, as the primary
 * is. The fixture statement (tests/fixtures/edition/) is imported, given the
 * English, and a Russian text registered as authentic with its own source
 * (statement.ru.txt and its sha256, written for the tests): Russian files for
 * the preamble and section I from the translation fixture, section II and the
 * closing from tests/fixtures/edition/authentic/ru/ (one paragraph left
 * pending, as a draft may). Three real builds: the edition as given, one
 * Russian letter changed, a wrong checksum.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'authentic-'));
const edition = path.join(scratch, 'edition');
const ruSource = readFileSync(`${FIXTURE}/statement.ru.txt`, 'utf8');
const ruLines = ruSource.trimEnd().split('\n');
let imported: { status: number | null; stderr: string };

beforeAll(() => {
  imported = importFixtureEdition(edition, 'ru.authentic.json');
  if (imported.status !== 0) return;
  cpSync(`${FIXTURE}/authentic/ru`, path.join(edition, 'statement/ru'), { recursive: true });
  cpSync(`${FIXTURE}/statement.ru.txt`, path.join(edition, 'source/statement.ru.txt'));
  cpSync(`${FIXTURE}/statement.ru.txt.sha256`, path.join(edition, 'source/statement.ru.txt.sha256'));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Builds a copy of the edition with `edit` applied to it; returns the outcome and where the copy is. */
function build(name: string, edit: (dir: string) => void = () => {}) {
  const dir = path.join(scratch, name);
  cpSync(edition, dir, { recursive: true });
  edit(dir);
  const dist = path.join(scratch, `${name}-dist`);
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: buildEnv({ EDITION_DIR: dir, ASTRO_OUT_DIR: dist }),
  });
  // Paths in messages are relative to the working directory, as the loader prints them.
  const shown = (file: string) => path.relative(process.cwd(), path.join(dir, file));
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist, shown };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('EDITION_DIR=<edition with a second authentic text> astro build', () => {
  it(
    'builds when the Russian equals its source, showing it as an authentic text line for line',
    { timeout: 180_000 },
    () => {
      expect(imported.status, imported.stderr).toBe(0);
      const { status, output, dist } = build('as-given');
      expect(status, output).toBe(0);
      const doc = parseHTML(readFileSync(path.join(dist, 'statement/section-2/index.html'), 'utf8')).document;
      expect([...doc.querySelectorAll('.columns span')].map((s) => s.textContent)).toEqual([
        'Chinese (authentic text)',
        'English (unofficial translation)',
        'Russian (authentic text)',
      ]);
      const russian = (id: string) => doc.querySelector(`#${id} .text[lang="ru"]`)?.textContent;
      // Lines 8 and 9 of the source, after the heading “II” on line 7: s2-1 and s2-2 by position.
      expect(ruLines[6]).toBe('II');
      expect(collapse(russian('s2-1'))).toBe(ruLines[7]);
      expect(collapse(russian('s2-2'))).toBe(ruLines[8]);
      // A draft may still leave a paragraph of an authentic text pending.
      expect(collapse(russian('s2-3'))).toBe('Translation pending');
      // Each authentic source is offered for download with its digest, as the primary's is.
      const digest = (file: string) => readFileSync(`${FIXTURE}/${file}.sha256`, 'utf8').split(' ')[0];
      expect(readFileSync(path.join(dist, 'source/statement.ru.txt'), 'utf8')).toBe(ruSource);
      for (const home of ['index.html', 'zh/index.html', 'data/index.html']) {
        const links = [
          ...parseHTML(readFileSync(path.join(dist, home), 'utf8')).document.querySelectorAll('a[href^="/source/"]'),
        ];
        expect(
          links.map((a) => [a.getAttribute('href'), collapse(a.parentElement?.textContent).split('SHA-256 ')[1]]),
        ).toEqual([
          [
            '/source/statement.zh.txt',
            createHash('sha256')
              .update(readFileSync(`${FIXTURE}/statement.zh.txt`))
              .digest('hex'),
          ],
          ['/source/statement.ru.txt', digest('statement.ru.txt')],
        ]);
      }
    },
  );

  it(
    'fails when one Russian paragraph differs from its source by one letter, naming file, line and text',
    { timeout: 180_000 },
    () => {
      let line = 0;
      const { status, output, shown } = build('one-letter', (dir) => {
        const file = path.join(dir, 'statement/ru/section-2.mdx');
        const text = readFileSync(file, 'utf8');
        line = lineOf(text, '<P id="s2-2">');
        writeFileSync(file, text.replace('Готовы ли Стороны', 'Готова ли Стороны'));
      });
      expect(status, output).not.toBe(0);
      const sourceLine = lineOf(ruSource, 'Готовы ли Стороны');
      expect(sourceLine).toBe(9);
      expect(output).toMatch(
        new RegExp(
          `${escape(shown('statement/ru/section-2.mdx'))}:${line}:1\\n  Russian paragraph s2-2 differs from the authentic text \\(${escape(shown('source/statement.ru.txt'))} line ${sourceLine}\\) at character 6: .*\\(file “отова ли Сто”, source “отовы ли Сто”\\)\\.\\n  Fix: Copy the text of .*statement\\.ru\\.txt line ${sourceLine} exactly\\.`,
        ),
      );
      expect(output).toContain('The statement content has 1 problem;');
    },
  );

  it('fails when the Russian source’s sha256 does not match it', { timeout: 180_000 }, () => {
    const wrong = '0'.repeat(64);
    const { status, output, shown } = build('wrong-digest', (dir) =>
      writeFileSync(path.join(dir, 'source/statement.ru.txt.sha256'), `${wrong}  statement.ru.txt\n`),
    );
    expect(status, output).not.toBe(0);
    const actual = createHash('sha256')
      .update(readFileSync(`${FIXTURE}/statement.ru.txt`))
      .digest('hex');
    const file = shown('source/statement.ru.txt');
    expect(output).toContain(
      `${file}:1:1\n  The file's SHA-256 is ${actual}, but ${file}.sha256 records ${wrong}.\n  Fix: Restore the authentic source file`,
    );
  });
});
