/**
 * Step of `npm run build`: dist/permalinks.json against the committed
 * snapshot content/permalinks.snapshot.json. A dropped, renamed or moved
 * paragraph or sentence id fails the build. (That each sentence id keeps its
 * Chinese text, and each translator's note its sentence, is checked with the
 * content, by the statement loader.)
 */
import '../src/lib/edition/load-layout.ts';
import { existsSync, readFileSync } from 'node:fs';
import { currentEdition } from '../src/lib/edition/current.ts';
import { newPermalinks, permalinkProblems, publishedAddresses, type PublishedIds } from '../src/lib/permalink-guard.ts';
import { withoutBase } from '../src/lib/routes.ts';
import { outDir } from './out-dir.ts';

const dist = outDir();
const edition = currentEdition();
const snapshotPath = `${edition.dir}/permalinks.snapshot.json`;
if (edition.manifest.status === 'draft' && !existsSync(snapshotPath)) {
  console.log(`Permalinks: ${snapshotPath} does not exist: a draft edition that has published nothing yet.`);
  process.exit(0);
}
const snapshot = publishedAddresses(JSON.parse(readFileSync(snapshotPath, 'utf8')) as PublishedIds);
// A sub-path build publishes its places under the base path; the snapshot holds them root-relative.
const base = process.env.BASE_PATH ?? '/';
const built = Object.fromEntries(
  Object.entries(JSON.parse(readFileSync(`${dist}/permalinks.json`, 'utf8')) as Record<string, string>).map(
    ([id, place]) => [id, withoutBase(base, place)],
  ),
);
const problems = permalinkProblems(snapshot, built);
if (problems.length) {
  console.error(`${dist}/permalinks.json breaks ${snapshotPath}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
const added = newPermalinks(snapshot, built);
console.log(
  `Permalinks: all ${Object.keys(snapshot).length} published ids in place${added.length ? `; new ids to add to ${snapshotPath}: ${added.join(', ')}` : ''}`,
);
