/**
 * `npm run bench`: figures, not pass/fail. Times a full build and reports the
 * bytes a reader downloads for each page type (raw, gzip, brotli) against the
 * bytes of the statement text on it. Writes bench/latest.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const PAGES: Record<string, string> = {
  home: 'dist/index.html',
  'section page (side by side)': 'dist/statement/section-4/index.html',
  'section page (Chinese only)': 'dist/zh/statement/section-4/index.html',
  'whole statement (side by side)': 'dist/statement/index.html',
  'short link /p/<id>/': 'dist/p/s2-5/index.html',
};

const started = performance.now();
execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;

const rows = Object.entries(PAGES).map(([name, file]) => {
  const html = readFileSync(file);
  const doc = parseHTML(html.toString('utf8')).document;
  const text = [...doc.querySelectorAll('.text')].map((el) => el.textContent ?? '').join('\n');
  return {
    page: name,
    raw: html.length,
    gzip: gzipSync(html, { level: 9 }).length,
    brotli: brotliCompressSync(html).length,
    textBytes: Buffer.byteLength(text),
    textGzip: gzipSync(Buffer.from(text), { level: 9 }).length,
  };
});

console.log(`Full build (astro build + pagefind): ${buildSeconds.toFixed(1)} s\n`);
console.log('| page | HTML raw | gzip | brotli | its statement text | text gzip |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.page} | ${r.raw} | ${r.gzip} | ${r.brotli} | ${r.textBytes} | ${r.textGzip} |`);
}
mkdirSync('bench', { recursive: true });
writeFileSync(
  'bench/latest.json',
  `${JSON.stringify({ date: new Date().toISOString(), buildSeconds, pages: rows }, null, 2)}\n`,
);
console.log('\nwrote bench/latest.json');
