/**
 * `npm run bench`: figures, not pass/fail. Times a full build; reports each
 * page type's bytes (raw, gzip, brotli) against the bytes of its statement
 * text; measures search in system Chromium (bytes of the first query, warm
 * query time) and compares Pagefind's own Chinese index with the
 * exact-substring pass this edition uses. Writes bench/latest.json.
 */
import '../src/lib/edition/load-layout.ts';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';
import { CHROMIUM, CHROMIUM_FLAGS, launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import type { SearchRecord } from '../src/lib/search.ts';
import lighthouse from 'lighthouse';
import { benchShareImages } from './bench-share-images.ts';
import * as chromeLauncher from 'chrome-launcher';

// `npm run bench -- --scale`: the edition engine on synthetic statements instead (scripts/bench-scale.ts).
if (process.argv.includes('--scale')) {
  await import('./bench-scale.ts');
  process.exit(0);
}

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const dirBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (sum, e) => sum + (e.isDirectory() ? dirBytes(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size),
    0,
  );

// 1. Build.
const started = performance.now();
execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
const buildSeconds = (performance.now() - started) / 1000;

// Share images: every card drawn into an empty cache, then read back from it.
const shareImages = await benchShareImages();

// 2. Page bytes.
const PAGES: Record<string, string> = {
  home: 'dist/index.html',
  'section IV side by side': 'dist/statement/section-4/index.html',
  'section IV Chinese only': 'dist/zh/statement/section-4/index.html',
  'whole statement side by side': 'dist/statement/index.html',
  'short link /p/<id>/': 'dist/p/s2-5/index.html',
  'cite page': 'dist/cite/s2-5/index.html',
  'register entry': 'dist/instruments/unga-resolution-2758/index.html',
  glossary: 'dist/glossary/index.html',
};
const pages = Object.entries(PAGES).map(([page, file]) => {
  const html = readFileSync(file);
  const text = [...parseHTML(html.toString('utf8')).document.querySelectorAll('.text')]
    .map((el) => el.textContent ?? '')
    .join('\n');
  return {
    page,
    raw: html.length,
    gzip: gz(html),
    brotli: brotliCompressSync(html).length,
    text: Buffer.byteLength(text),
    textGzip: text ? gz(text) : 0,
  };
});
const assets = readdirSync('dist/_astro', { withFileTypes: true }).flatMap((e) => (e.isFile() ? [e.name] : []));
const scripts = assets
  .filter((a) => a.endsWith('.js'))
  .map((a) => ({ file: a, gzip: gz(readFileSync(`dist/_astro/${a}`)) }));
// The stylesheet is inlined in every page: measure it there.
const sectionPage = parseHTML(readFileSync('dist/statement/section-4/index.html', 'utf8')).document;
const inlineCss = [...sectionPage.querySelectorAll('style')].map((style) => style.textContent ?? '').join('');
const css = { raw: Buffer.byteLength(inlineCss), gzip: gz(inlineCss) };

// 3. Search in the browser.
interface QuerySet {
  queries: { query: string; expect: string[] }[];
}
const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as QuerySet;
const site = await serveStatic(`${process.cwd()}/dist`);
const browser = await launchBrowser();

async function firstQueryBytes(query: string): Promise<number> {
  // The service worker's precaching would be counted as the query's bytes.
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.goto(new URL('search/', site.url).href);
  await page.waitForLoadState('networkidle');
  const bodies: Promise<number>[] = [];
  page.on('response', (r) => bodies.push(r.body().then(gz, () => 0)));
  await page.fill('site-search input[name="q"]', query);
  await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').match(/\d|No /));
  await page.waitForLoadState('networkidle');
  const total = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  await page.close();
  return total;
}

async function warmLatency(): Promise<number> {
  const page = await browser.newPage({ serviceWorkers: 'block' });
  await page.goto(new URL('search/?q=energy', site.url).href);
  await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 0);
  const times = await page.evaluate(
    async (list: string[]) => {
      const box = document.querySelector('site-search[data-mode="page"]')!;
      const input = box.querySelector<HTMLInputElement>('input[name="q"]')!;
      const out: number[] = [];
      for (const q of list) {
        const done = new Promise<number>((resolve) =>
          box.addEventListener('search-results', (e) => resolve((e as CustomEvent<{ ms: number }>).detail.ms), {
            once: true,
          }),
        );
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        out.push(await done);
      }
      return out;
    },
    queries.map((q) => q.query).concat(queries.map((q) => q.query)),
  );
  await page.close();
  return median(times.slice(queries.length));
}

/**
 * Keystroke → first result in the header's dropdown, as a reader types on a
 * reading page: the last character of each query is typed and the time runs
 * until the dropdown shows its first result (painted). `cold` is the first
 * query on a fresh page (texts and, for English, Pagefind still to load).
 */
async function headerKeystrokeLatency(list: string[]): Promise<{ medianMs: number; coldMs: number; runs: number }> {
  const page = await browser.newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  await page.goto(new URL('statement/section-1/', site.url).href);
  await page.waitForLoadState('networkidle');
  const times = await page.evaluate(async (queries: string[]) => {
    const box = document.querySelector('site-search[data-mode="header"]')!;
    const input = box.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.focus();
    const type = async (value: string) => {
      const shown = new Promise<number>((resolve) => {
        const started = performance.now();
        const listener = (e: Event) => {
          if ((e as CustomEvent<{ count: number }>).detail.count === 0) return;
          box.removeEventListener('search-results', listener);
          requestAnimationFrame(() => resolve(performance.now() - started));
        };
        box.addEventListener('search-results', listener);
        window.setTimeout(() => resolve(Number.NaN), 5000);
      });
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: value.slice(-1) }));
      return shown;
    };
    const out: number[] = [];
    for (const q of queries) {
      input.value = [...q].slice(0, -1).join('');
      await new Promise((r) => setTimeout(r, 250));
      out.push(await type(q));
      await new Promise((r) => setTimeout(r, 250));
    }
    return out;
  }, list);
  await page.close();
  const found = times.filter((t) => Number.isFinite(t));
  return { medianMs: median(found.slice(1)), coldMs: found[0] ?? Number.NaN, runs: found.length };
}

/** Lighthouse on a section page with mobile emulation: simulated slow 4G, and the local server as it is. */
async function lighthouseRun(throttlingMethod: 'simulate' | 'provided') {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const result = await lighthouse(new URL('statement/section-4/', site.url).href, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      throttlingMethod,
    });
    const lhr = result!.lhr;
    return {
      scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)])),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
      fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? 0,
    };
  } finally {
    chrome.kill();
  }
}

/** Time to the first paragraph painted, in Chromium on the local server: the first contentful paint. */
async function firstParagraphPainted(): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(new URL('statement/section-4/', site.url).href);
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const paint = list.getEntriesByName('first-contentful-paint')[0];
              if (paint) resolve(paint.startTime);
            }).observe({ type: 'paint', buffered: true });
          }),
      ),
    );
    await page.close();
  }
  return median(times);
}

const lighthouseSimulated = await lighthouseRun('simulate');
const lighthouseLocal = await lighthouseRun('provided');
const paintMs = await firstParagraphPainted();
const firstEnglish = await firstQueryBytes('transboundary rivers');
const firstChinese = await firstQueryBytes('河流领域');
const warm = await warmLatency();
const withResults = queries.filter((q) => q.expect.length > 0).map((q) => q.query);
const keystroke = {
  chinese: await headerKeystrokeLatency(withResults.filter((q) => /\p{Script=Han}/u.test(q))),
  english: await headerKeystrokeLatency(withResults.filter((q) => !/\p{Script=Han}/u.test(q))),
};

// 4. What Pagefind's own Chinese index would find, measured on the committed Chinese queries.
const records = JSON.parse(readFileSync('dist/search/data.json', 'utf8')) as SearchRecord[];
// Built in a scratch folder and thrown away: the edition does not ship it.
const scratch = mkdtempSync(path.join(tmpdir(), 'pagefind-zh-'));
const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
for (const r of records.filter((x) => x.kind === 'paragraph')) {
  await index!.addCustomRecord({ url: `/${r.id}`, content: r.zh, language: 'zh-cn', meta: { id: r.id } });
}
await index!.writeFiles({ outputPath: `${scratch}/pagefind` });
await pagefind.close();
writeFileSync(`${scratch}/index.html`, '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>zh</title>');
const zhSite = await serveStatic(path.resolve(scratch));
const zhPage = await browser.newPage();
await zhPage.goto(zhSite.url);
const chineseQueries = queries.filter(
  (q) => /\p{Script=Han}/u.test(q.query) && q.expect.every((id) => !id.includes(':')),
);
const pagefindZh = await zhPage.evaluate(async (list: { query: string; expect: string[] }[]) => {
  const bundle = '/pagefind/pagefind.js';
  const pf = (await import(bundle)) as {
    search: (q: string) => Promise<{ results: { data: () => Promise<{ meta: { id: string }; content: string }> }[] }>;
  };
  let sum = 0;
  let wrong = 0;
  const missed: string[] = [];
  for (const { query, expect } of list) {
    const found = await pf.search(query);
    const data = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    // A result in the top five whose text does not contain the query at all.
    wrong += data.filter((d) => !query.split(' ').every((term) => d.content.includes(term))).length;
    const ids = new Set(data.map((d) => d.meta.id));
    const recall =
      expect.length === 0
        ? ids.size === 0
          ? 1
          : 0
        : expect.filter((id) => ids.has(id)).length / Math.min(5, expect.length);
    if (recall < 1) missed.push(query);
    sum += recall;
  }
  return { recall: sum / list.length, missed, resultsWithoutTheQuery: wrong };
}, chineseQueries);
await zhPage.close();
await zhSite.close();
const zhIndexBytes = dirBytes(`${scratch}/pagefind`);
rmSync(scratch, { recursive: true, force: true });
await browser.close();
await site.close();

const search = {
  pagefindIndexBytes: {
    en: dirBytes('dist/pagefind/index') + dirBytes('dist/pagefind/fragment'),
    zhCnMeasuredOnly: zhIndexBytes,
  },
  searchDataBytes: { raw: statSync('dist/search/data.json').size, gzip: gz(readFileSync('dist/search/data.json')) },
  firstQueryBytesGzip: { english: firstEnglish, chinese: firstChinese },
  warmQueryMedianMs: warm,
  headerKeystrokeToFirstResultMs: keystroke,
  pagefindChineseRecallAt5: pagefindZh,
};

console.log(`Full build (astro build, permalink check, Pagefind, PDFs): ${buildSeconds.toFixed(1)} s`);
console.log(
  `Share images (/og/*.png): ${shareImages.images} drawn with an empty cache in ${shareImages.coldSeconds.toFixed(1)} s; from the content-hash cache in ${shareImages.warmSeconds.toFixed(2)} s\n`,
);
console.log('| page | HTML raw | gzip | brotli | its statement text | text gzip |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of pages) console.log(`| ${r.page} | ${r.raw} | ${r.gzip} | ${r.brotli} | ${r.text} | ${r.textGzip} |`);
console.log(`\nCSS (inlined in each page): ${css.raw} bytes, ${css.gzip} gzip`);
console.log(`JavaScript bundles (gzip): ${scripts.map((s) => `${s.file} ${s.gzip}`).join(', ') || 'none (inlined)'}`);
console.log('\n| search | value |\n| --- | ---: |');
console.log(`| Pagefind index, English (index + fragments, bytes on disk) | ${search.pagefindIndexBytes.en} |`);
console.log(
  `| search data (paragraph texts, both languages): raw / gzip | ${search.searchDataBytes.raw} / ${search.searchDataBytes.gzip} |`,
);
console.log(`| first English query, bytes downloaded (gzip) | ${firstEnglish} |`);
console.log(`| first Chinese query, bytes downloaded (gzip) | ${firstChinese} |`);
console.log(`| warm query, median in Chromium | ${warm.toFixed(1)} ms |`);
for (const [name, k] of Object.entries(keystroke))
  console.log(
    `| header, keystroke → first result, ${name} (${k.runs} queries): median / first query on a fresh page | ${k.medianMs.toFixed(1)} ms / ${k.coldMs.toFixed(0)} ms |`,
  );
console.log(
  `| Pagefind's own zh-cn index: recall@5 on ${chineseQueries.length} Chinese queries | ${(pagefindZh.recall * 100).toFixed(1)}% (missed: ${pagefindZh.missed.join(' ') || 'none'}) |`,
);
console.log(`| … of its top-5 results, how many do not contain the query | ${pagefindZh.resultsWithoutTheQuery} |`);
console.log(
  `| … its index on disk (not shipped; for comparison) | ${search.pagefindIndexBytes.zhCnMeasuredOnly} bytes |`,
);
console.log(
  '\n| section IV on a phone (Lighthouse, mobile emulation) | performance | accessibility | best practices | SEO | LCP | FCP |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [name, run] of [
  ['simulated slow 4G', lighthouseSimulated],
  ['local server, no throttling', lighthouseLocal],
] as const) {
  const sc = run.scores;
  console.log(
    `| ${name} | ${sc.performance} | ${sc.accessibility} | ${sc['best-practices']} | ${sc.seo} | ${Math.round(run.lcpMs)} ms | ${Math.round(run.fcpMs)} ms |`,
  );
}
console.log(
  `\nFirst paragraph painted (first contentful paint, Chromium, local server, median of 5): ${paintMs.toFixed(0)} ms`,
);
mkdirSync('bench', { recursive: true });
const report = {
  date: new Date().toISOString(),
  buildSeconds,
  shareImages,
  pages,
  scripts,
  css,
  search,
  lighthouse: { simulated: lighthouseSimulated, local: lighthouseLocal },
  firstParagraphPaintedMs: paintMs,
};
writeFileSync('bench/latest.json', `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwrote bench/latest.json');
