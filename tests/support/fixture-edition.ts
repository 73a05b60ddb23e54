import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The short imaginary statement written for the tests, with its translations (see its README). */
export const FIXTURE = 'tests/fixtures/edition';

/**
 * What an editor does with the fixture statement: `npm run import` into `edition`, the English and the Russian
 * written in (`translations/`), and the Russian registered in the manifest by `ruEntry` (a file of the fixture:
 * `ru.text.json` as a translation, `ru.authentic.json` as an authentic text). The import's outcome is returned;
 * nothing else is done when it failed.
 */
export function importFixtureEdition(
  edition: string,
  ruEntry: 'ru.text.json' | 'ru.authentic.json',
): SpawnSyncReturns<string> {
  const imported = spawnSync('npm', ['run', 'import', '--silent', '--', `${FIXTURE}/statement.zh.txt`, edition], {
    encoding: 'utf8',
  });
  if (imported.status !== 0) return imported;
  cpSync(`${FIXTURE}/translations/en`, path.join(edition, 'statement/en'), { recursive: true });
  mkdirSync(path.join(edition, 'statement/ru'));
  cpSync(`${FIXTURE}/translations/ru`, path.join(edition, 'statement/ru'), { recursive: true });
  const manifestPath = path.join(edition, 'edition.manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { texts: unknown[] };
  manifest.texts.push(JSON.parse(readFileSync(`${FIXTURE}/${ruEntry}`, 'utf8')));
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return imported;
}
