/**
 * Last step of `npm run build`: versions the service worker by the built
 * content and lists the built scripts it stores on install. Writes the two
 * marked lines of <out>/sw.js (see src/pages/sw.js.ts).
 */
import '../src/lib/edition/load-layout.ts';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contentVersion, offlineAssets } from '../src/lib/content-version.ts';
import { outDir } from './out-dir.ts';

const dist = outDir();
const swPath = path.join(dist, 'sw.js');
const files = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

const version = contentVersion(files.map((file) => ({ path: file, bytes: readFileSync(path.join(dist, file)) })));
const assets = offlineAssets(files);
const lines: [string, string][] = [
  [`const VERSION = 'unversioned';`, `const VERSION = ${JSON.stringify(version)};`],
  [`const ASSETS = [];`, `const ASSETS = ${JSON.stringify(assets)};`],
];
let code = readFileSync(swPath, 'utf8');
for (const [from, to] of lines) {
  if (!code.includes(from)) {
    console.error(
      `${swPath}: the line “${from}” is missing. src/pages/sw.js.ts must write it for this step to fill in.`,
    );
    process.exit(1);
  }
  code = code.replace(from, () => to);
}
writeFileSync(swPath, code);
console.log(`Offline: ${swPath} version ${version}, ${assets.length} built scripts stored on install`);
