/**
 * `npm run bench -- --scale`: figures, not pass/fail, for the edition engine
 * on synthetic statements 1×, 10× and 50× the size of this one. Each is the
 * real source with its sections repeated (50× has 250 sections, numbered
 * 一 … 二百五十), the preamble and the end kept once. Times the structure
 * derivation and the import in process (median of 9 after a warm-up), and the import command
 * end to end (files written).
 *
 * Search: the synthetic paragraphs (new ids, the real texts) go through the
 * build's own functions (searchRecords, then the shards), and the browser's
 * search engine runs a first Chinese and a first English query against them
 * in Node (scripts/search-first-query-node.ts): files and gzip bytes.
 *
 * Builds: each synthetic edition is imported and laid over a copy of
 * content/ (see editionFolder for why and how), and built with
 * `EDITION_DIR=<dir> ASTRO_OUT_DIR=<out> npm run build`: build time, HTML
 * bytes (total, median and largest page), and the first queries in Chromium
 * (scripts/first-query.ts: whatever the header box loads, Pagefind when it asks for it). `--no-build` skips the builds;
 * a failed build is reported with its error and the larger scales skipped.
 * A build that ignores EDITION_DIR shows at 10× (the records it built are
 * the published edition's); at 1× the synthetic edition is the published
 * text, so there the two cannot be told apart.
 */
import '../src/lib/edition/load-layout.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { importEdition } from '../src/lib/edition/import.ts';
import { readManifest } from '../src/lib/edition/manifest.ts';
import { deriveStructure, derivedIds } from '../src/lib/edition/structure.ts';
import { chineseNumeral } from '../src/lib/edition/numerals.ts';
import { searchRecords } from '../src/lib/search-data.ts';
import type { SearchRecord } from '../src/lib/search.ts';
import { writeSearchShards } from './search-shards-files.ts';
import { writePagefindIndex } from './pagefind-index.ts';
import { firstQueryData } from './search-first-query-node.ts';
import { firstQuery } from './first-query.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const QUERIES = { zh: '河流领域', en: 'transboundary rivers' };
// Queries that find many paragraphs: the most a first query can need.
const BROAD_QUERIES = ['合作', '国', '永久全面战略伙伴关系', 'cooperation'];

const SCALES = [1, 10, 50];
const source = readFileSync('content/source/statement.zh.txt', 'utf8');
const manifest = readManifest({});
const real = deriveStructure(source, manifest);
const lines = source.replace(/\n$/, '').split('\n');
const firstHeading = real.parts[1]?.heading?.line ?? 1;
const closingLine = real.parts.at(-1)?.paragraphs[0]?.lines[0]?.line ?? lines.length;
const preamble = lines.slice(0, firstHeading - 1);
const sections = real.parts
  .filter((p) => p.kind === 'section')
  .map((p) => p.paragraphs.map((q) => q.lines[0]?.text ?? ''));
const end = lines.slice(closingLine - 1);

function synthetic(scale: number): string {
  const body = Array.from({ length: scale }, () => sections)
    .flat()
    .flatMap((paragraphs, i) => [chineseNumeral(i + 1), ...paragraphs]);
  // Like the real source: no newline after the last line, so 1× is the real source byte for byte.
  return [...preamble, ...body, ...end].join('\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
// The machine is shared: one warm-up run, then the median of nine.
const time = (run: () => void) => {
  run();
  return median(
    Array.from({ length: 9 }, () => {
      const started = performance.now();
      run();
      return performance.now() - started;
    }),
  );
};

const scratch = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
const rows = SCALES.map((scale) => {
  const text = synthetic(scale);
  if (scale === 1 && text !== source) throw new Error('The 1× synthetic statement should be the real source.');
  const file = path.join(scratch, `statement-${scale}x.zh.txt`);
  writeFileSync(file, text);
  const sha = createHash('sha256').update(text).digest('hex');
  const ids = derivedIds(deriveStructure(text, manifest)).length;
  const deriveMs = time(() => deriveStructure(text, manifest));
  const importMs = time(() => importEdition(text, sha));
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/import-edition.ts', file, path.join(scratch, `edition-${scale}x`)], {
    stdio: 'ignore',
  });
  const commandMs = performance.now() - started;
  return {
    scale,
    sourceBytes: Buffer.byteLength(text),
    paragraphs: ids,
    sections: sections.length * scale,
    deriveMs: Math.round(deriveMs * 10) / 10,
    importMs: Math.round(importMs * 10) / 10,
    commandMs: Math.round(commandMs),
  };
});
console.table(rows);

// Search data at scale, through the build's own functions, from the built site's records (`npm run build` first).
const built = JSON.parse(readFileSync('dist/search/data.json', 'utf8')) as SearchRecord[];
const realParagraphs = built.filter((r) => r.kind === 'paragraph');
const bySection = Map.groupBy(
  realParagraphs.filter((r) => /^section-/.test(r.part)),
  (r) => r.part,
);
const instruments = built
  .filter((r) => r.kind === 'instrument')
  .map((r) => ({
    key: r.id.replace(/^instrument:/, ''),
    name: { zh: r.zh, en: r.en },
    annotation: { zh: '', en: '' },
  }));
const terms = built
  .filter((r) => r.kind === 'term')
  .map((r) => ({ slug: r.anchor ?? '', zh: r.zh, en: r.en, definition: { zh: '', en: '' } }));
const asPart = (slug: string, order: number, list: SearchRecord[], ids: (i: number) => string) => ({
  slug,
  order,
  titles: {
    zh: { title: list[0]!.partTitle.zh, subject: list[0]!.partTitle.zh },
    en: { title: list[0]!.partTitle.en, subject: list[0]!.partTitle.en },
  },
  paragraphs: list.map((p, i) => ({ id: ids(i), texts: { zh: { text: p.zh }, en: { text: p.en } } })),
});
let searchLabelNote = '';
const sectionOf = (zh: string) => realParagraphs.find((r) => r.zh === zh && /^section-/.test(r.part))?.part ?? '';
const searchRows = SCALES.map((scale) => {
  const sectionList = Array.from({ length: scale }, () => [...bySection.values()]).flat();
  const parts = [
    asPart(
      'preamble',
      0,
      realParagraphs.filter((r) => r.part === 'preamble'),
      (i) => `pre-${i + 1}`,
    ),
    ...sectionList.map((list, s) => asPart(`section-${s + 1}`, s + 1, list, (i) => `s${s + 1}-${i + 1}`)),
    asPart(
      'closing',
      sectionList.length + 1,
      realParagraphs.filter((r) => r.part === 'closing'),
      (i) => (i === 0 ? 'closing' : 'signatures'),
    ),
  ];
  let records: SearchRecord[];
  try {
    records = searchRecords(parts, instruments, terms);
  } catch {
    // searchRecords labels ids through src/lib/ids.ts, which knows only the published parts until the
    // engine derives them: the same records, each paragraph labelled like the real one it repeats.
    const real = new Map(realParagraphs.map((r) => [`${r.part}:${r.zh}`, r]));
    const originals = parts.flatMap((part) =>
      part.paragraphs.map((p) =>
        real.get(`${/^section-/.test(part.slug) ? sectionOf(p.texts.zh.text) : part.slug}:${p.texts.zh.text}`)!,
      ),
    );
    records = [
      ...parts.flatMap((part) =>
        part.paragraphs.map((p) => ({
          ...originals.shift()!,
          id: p.id,
          anchor: p.id,
          part: part.slug,
          order: part.order,
          path: `/statement/${part.slug}/`,
        })),
      ),
      ...built.filter((r) => r.kind !== 'paragraph'),
    ];
    searchLabelNote =
      'paragraph labels copied from the real paragraph each repeats (src/lib/ids.ts knows only the published parts)';
  }
  const dir = path.join(scratch, `search-${scale}x`);
  mkdirSync(`${dir}/search`, { recursive: true });
  writeFileSync(`${dir}/search/data.json`, JSON.stringify(records));
  const started = performance.now();
  const layout = writeSearchShards(records, `${dir}/search`);
  const shardMs = Math.round(performance.now() - started);
  return { scale, records, layout, shardMs, dir };
});
// The built site around the synthetic search data, for the browser: every file of dist but the search data
// and Pagefind's index, which are the synthetic edition's.
for (const row of searchRows) {
  for (const entry of readdirSync('dist')) {
    if (entry !== 'search' && entry !== 'pagefind') symlinkSync(path.resolve('dist', entry), path.join(row.dir, entry));
  }
}
const searchFigures = [];
const browser = await launchBrowser();
for (const { scale, records: list, layout, shardMs, dir } of searchRows) {
  const records = list.length;
  const started = performance.now();
  await writePagefindIndex(list, `${dir}/pagefind`);
  const pagefindMs = Math.round(performance.now() - started);
  const site = await serveStatic(dir);
  const inChromium = {
    zh: await firstQuery(browser, site.url, QUERIES.zh),
    en: await firstQuery(browser, site.url, QUERIES.en),
  };
  await site.close();
  const whole = statSync(`${dir}/search/data.json`).size;
  const wholeGzip = gzipSync(readFileSync(`${dir}/search/data.json`), { level: 9 }).length;
  const zh = await firstQueryData(dir, QUERIES.zh);
  const en = await firstQueryData(dir, QUERIES.en);
  const broader = [];
  for (const query of BROAD_QUERIES) broader.push(await firstQueryData(dir, query));
  searchFigures.push({
    scale,
    records,
    layout,
    shardMs,
    pagefindMs,
    manifestGzip: gzipSync(readFileSync(`${dir}/search/index.json`), { level: 9 }).length,
    chromium: Object.fromEntries(
      Object.entries(inChromium).map(([lang, q]) => [
        lang,
        { results: q.count, ms: q.ms, bytesGzip: q.bytesGzip, files: q.files.length },
      ]),
    ),
    broader,
    wholeDataJsonBytes: whole,
    wholeDataJsonGzip: wholeGzip,
    firstChinese: zh,
    firstEnglishWithoutPagefind: en,
  });
}
console.log(
  `\nFirst query, search data only (Node, the browser's engine, Pagefind left out): “${QUERIES.zh}” / “${QUERIES.en}”`,
);
if (searchLabelNote) console.log(`(${searchLabelNote})`);
console.log('Broader first queries (results, gzip bytes):');
console.table(
  searchFigures.map((f) => ({
    scale: f.scale,
    manifestGzip: f.manifestGzip,
    ...Object.fromEntries(f.broader.map((q) => [q.query, `${q.hits}, ${q.bytesGzip}`])),
  })),
);
console.log(
  `\nFirst query in Chromium, the home page's header box, everything it loads (the built site around each scale's search data):`,
);
console.table(
  searchFigures.map((f) => ({
    scale: f.scale,
    'shards ms': f.shardMs,
    'Pagefind index ms': f.pagefindMs,
    'zh results': f.chromium.zh!.results,
    'zh gzip': f.chromium.zh!.bytesGzip,
    'zh files': f.chromium.zh!.files,
    'zh ms': f.chromium.zh!.ms,
    'en results': f.chromium.en!.results,
    'en gzip': f.chromium.en!.bytesGzip,
    'en files': f.chromium.en!.files,
    'en ms': f.chromium.en!.ms,
  })),
);
console.table(
  searchFigures.map((f) => ({
    scale: f.scale,
    records: f.records,
    'one JSON (old), bytes': f.wholeDataJsonBytes,
    'one JSON (old), gzip': f.wholeDataJsonGzip,
    'zh files': f.firstChinese.files,
    'zh bytes gzip': f.firstChinese.bytesGzip,
    'zh ms': f.firstChinese.ms,
    'en files': f.firstEnglishWithoutPagefind.files,
    'en bytes gzip': f.firstEnglishWithoutPagefind.bytesGzip,
    'en ms': f.firstEnglishWithoutPagefind.ms,
  })),
);

// Whole builds of the synthetic editions.

/**
 * The folder a synthetic edition is built from. An imported folder alone does not build yet (it has no
 * register, glossary, notes or analysis, which name this statement's ids), so: a copy of content/ with the
 * imported synthetic source, as a draft; the published preamble, sections I–V and closing (the synthetic
 * source repeats them: every published id is there), the closing renumbered; and from section VI on, the
 * published section each repeats, in both texts, with its ids, number and title those the import gave.
 */
function editionFolder(imported: string, scale: number): string {
  const dir = path.join(scratch, `content-${scale}x`);
  cpSync('content', dir, { recursive: true });
  for (const file of ['statement.zh.txt', 'statement.zh.txt.sha256'])
    cpSync(path.join(imported, 'source', file), path.join(dir, 'source', file));
  // A draft: its source is checked against its own digest, not the published statement's.
  const manifest = JSON.parse(readFileSync(path.join(dir, 'edition.manifest.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(path.join(dir, 'edition.manifest.json'), JSON.stringify({ ...manifest, status: 'draft' }, null, 2));
  const frontmatter = (text: string, field: string) => new RegExp(`^${field}: .*$`, 'm').exec(text)?.[0] ?? '';
  for (const code of ['zh', 'en']) {
    const target = path.join(dir, 'statement', code);
    for (const file of readdirSync(path.join(imported, 'statement', code))) {
      const importedText = readFileSync(path.join(imported, 'statement', code, file), 'utf8');
      const n = Number(/^section-(\d+)\.mdx$/.exec(file)?.[1] ?? 0);
      if (file === 'closing.mdx') {
        const published = readFileSync(path.join(target, file), 'utf8');
        writeFileSync(path.join(target, file), published.replace(/^order: .*$/m, frontmatter(importedText, 'order')));
      }
      if (n <= sections.length) continue;
      const original = ((n - 1) % sections.length) + 1;
      const published = readFileSync(`content/statement/${code}/section-${original}.mdx`, 'utf8');
      writeFileSync(
        path.join(target, file),
        published
          .replace(/^part: .*$/m, `part: section-${n}`)
          .replace(/^order: .*$/m, frontmatter(importedText, 'order'))
          .replace(/^title: .*$/m, frontmatter(importedText, 'title'))
          .replaceAll(`id="s${original}-`, `id="s${n}-`),
      );
    }
  }
  return dir;
}

const htmlSizes = (dir: string): number[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlSizes(path.join(dir, e.name))
      : e.name.endsWith('.html')
        ? [statSync(path.join(dir, e.name)).size]
        : [],
  );

const buildRows: Record<string, unknown>[] = [];
if (!process.argv.includes('--no-build')) {
  // `--scales=1,10` builds only those.
  const only = /^--scales=(.*)$/.exec(process.argv.find((a) => a.startsWith('--scales=')) ?? '')?.[1];
  for (const scale of only ? only.split(',').map(Number) : SCALES) {
    const edition = editionFolder(path.join(scratch, `edition-${scale}x`), scale);
    const out = path.join(scratch, `site-${scale}x`);
    const started = performance.now();
    // `--build-timeout=<seconds>`: give up on a build that takes longer (the machine is shared); coreutils'
    // timeout stops the whole build (npm, Astro, the steps after it), not npm alone.
    const limit = /^--build-timeout=(\d+)$/.exec(process.argv.find((a) => a.startsWith('--build-timeout=')) ?? '')?.[1];
    const command = limit ? ['timeout', limit, 'npm', 'run', 'build'] : ['npm', 'run', 'build'];
    const run = spawnSync(command[0]!, command.slice(1), {
      env: { ...process.env, EDITION_DIR: edition, ASTRO_OUT_DIR: out },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const buildSeconds = Math.round((performance.now() - started) / 100) / 10;
    const expected = searchRows.find((r) => r.scale === scale)!.records.length;
    const data = path.join(out, 'search/data.json');
    const found = existsSync(data) ? (JSON.parse(readFileSync(data, 'utf8')) as unknown[]).length : 0;
    if (run.status !== 0 || found !== expected) {
      const why =
        limit && run.status === 124
          ? `npm run build did not finish within ${limit} s: ${run.stdout.split('\n').filter(Boolean).slice(-3).join(' | ')}`
          : run.status !== 0
            ? `npm run build exited ${run.status}: ${`${run.stdout}\n${run.stderr}`
                .split('\n')
                .map((l) => l.trim())
                .filter(Boolean)
                .slice(-8)
                .join(' | ')}`
            : `the build ignored EDITION_DIR: ${found} search records built, ${expected} expected`;
      buildRows.push({ scale, buildSeconds, failed: why });
      console.log(`\n${scale}× build failed after ${buildSeconds} s — ${why}\nLarger scales skipped.`);
      break;
    }
    const sizes = htmlSizes(out).sort((a, b) => a - b);
    const site = await serveStatic(out);
    const zh = await firstQuery(browser, site.url, QUERIES.zh);
    const en = await firstQuery(browser, site.url, QUERIES.en);
    await site.close();
    buildRows.push({
      scale,
      buildSeconds,
      pages: sizes.length,
      htmlBytes: sizes.reduce((a, b) => a + b, 0),
      medianPageBytes: median(sizes),
      largestPageBytes: sizes.at(-1) ?? 0,
      firstChinese: { results: zh.count, ms: zh.ms, bytesGzip: zh.bytesGzip, files: zh.files.length },
      firstEnglish: { results: en.count, ms: en.ms, bytesGzip: en.bytesGzip, files: en.files.length },
    });
  }
  console.log('\nBuilds (first queries in Chromium, everything a reading page’s header box loads):');
  console.table(
    buildRows.map(({ firstChinese, firstEnglish, ...row }) => {
      const q = (label: string, f: unknown) => {
        const { results, ms, bytesGzip, files } = (f ?? {}) as Record<string, number>;
        return f
          ? {
              [`${label} results`]: results,
              [`${label} ms`]: ms,
              [`${label} gzip`]: bytesGzip,
              [`${label} files`]: files,
            }
          : {};
      };
      return { ...row, ...q('zh', firstChinese), ...q('en', firstEnglish) };
    }),
  );
}
await browser.close();
// `--keep` leaves the synthetic editions and builds in place, to look into a failed build.
if (process.argv.includes('--keep')) console.log(`Kept ${scratch}`);
else rmSync(scratch, { recursive: true, force: true });

mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/scale.json',
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      node: process.version,
      rows,
      searchLabelNote,
      search: searchFigures.map(({ firstChinese, firstEnglishWithoutPagefind, ...f }) => ({
        ...f,
        firstChinese,
        firstEnglishWithoutPagefind,
      })),
      builds: buildRows,
    },
    null,
    2,
  )}\n`,
);
console.log('Written to bench/scale.json.');
