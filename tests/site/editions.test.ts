import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { CHROMIUM } from '../support/browser.ts';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { buildEnv } from '../support/clean-env.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { searchResultIds } from '../support/search-page.ts';
import { pdfText } from '../support/pdf-text.ts';
import { FIXTURE, importFixtureEdition } from '../support/fixture-edition.ts';

/**
 * The edition engine end to end, as an editor would use it: `npm run import`
 * on the short fixture statement (tests/fixtures/edition/), the English
 * translation written in (all but the closing, left as the import marked
 * it), a third text registered in the manifest (a Russian rendering of the
 * preamble and section I, written for the tests), and
 * `EDITION_DIR=<folder> npm run build`. One build proves both: an imported
 * draft builds, and texts are a dimension (three aligned columns, the third
 * text's own view, pending translations shown as pending, search, exports).
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'editions-'));
const edition = path.join(scratch, 'edition');
const dist = path.join(scratch, 'dist');
let imported: { status: number | null; stdout: string; stderr: string };
// dist/ as the site project's build left it: a build told to write elsewhere must not touch it.
let distBefore: { swTime: number; indexTime: number };
let build: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  distBefore = { swTime: statSync('dist/sw.js').mtimeMs, indexTime: statSync('dist/pagefind/pagefind.js').mtimeMs };
  imported = importFixtureEdition(edition, 'ru.text.json');
  if (imported.status !== 0) return;
  // One glossary term, with its Russian form: the third column marks it too.
  cpSync(`${FIXTURE}/glossary`, path.join(edition, 'glossary'), { recursive: true });
  build = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    env: buildEnv({ EDITION_DIR: edition, ASTRO_OUT_DIR: dist }),
  });
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (p: string) => parseHTML(readFileSync(path.join(dist, p, 'index.html'), 'utf8')).document;
/** The sentences of a fixture translation as written, markup taken away: what its column must show. */
function written(code: string): Map<string, string> {
  const dir = `${FIXTURE}/translations/${code}`;
  const text = readdirSync(dir)
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
  return new Map([...text.matchAll(/<S id="([^"]+)">(.*?)<\/S>/g)].map(([, id, s]) => [id ?? '', s ?? '']));
}
const russian = written('ru');
const english = written('en');
const source = readFileSync(`${FIXTURE}/statement.zh.txt`, 'utf8');

describe('EDITION_DIR=<imported edition with a third text> npm run build', () => {
  it('imports and builds', () => {
    expect(imported.status, imported.stderr).toBe(0);
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('builds the imported statement, not the published one: its parts, ids and facts', () => {
    // The title is not in the text: the import marks it pending; the parties are the opening line's.
    const home = page('zh');
    expect(home.querySelector('h1')?.textContent).toContain('（待补）');
    expect(home.querySelector('main')?.textContent).toContain('甲国、乙国');
    expect(home.querySelector('main')?.textContent).toContain('2026年3月1日');
    // Nothing of the published statement's own wording (content/strings.json) reaches another edition.
    for (const doc of [page(''), home, page('statement/section-1'), page('about')]) {
      expect(doc.documentElement.textContent).not.toMatch(/Kazakh|哈萨克|Xinhua|新华社|Nur-Sultan|努尔苏丹/);
    }
    expect([...page('statement').querySelectorAll('.pair')].map((row) => row.id)).toEqual([
      'pre-1',
      'pre-2',
      'pre-3',
      's1-1',
      's1-2',
      's2-1',
      's2-2',
      's2-3',
      'closing',
      'signatures',
    ]);
    // The Chinese column is the source, with the edition's full-width punctuation.
    expect(page('statement/section-1').querySelector('#s1-2 .text[lang="zh-Hans"]')?.textContent).toContain(
      '双方认为，“合作没有止境。”',
    );
    expect(source).toContain('双方认为,“合作没有止境。”');
  });

  it('shows three aligned columns side by side, each paragraph with the same sentence ids in every text', () => {
    const doc = page('statement/section-1');
    expect([...doc.querySelectorAll('.columns span')].map((s) => s.textContent)).toEqual([
      'Chinese (authentic text)',
      'English (unofficial translation)',
      'Russian (unofficial translation)',
    ]);
    expect(doc.body.className).toContain('texts-3');
    for (const row of doc.querySelectorAll('.pair')) {
      const columns = [...row.querySelectorAll(':scope > .text')];
      expect(columns.map((c) => c.getAttribute('lang'))).toEqual(['zh-Hans', 'en', 'ru']);
      const ids = columns.map((c) => [...c.querySelectorAll('.s')].map((s) => s.getAttribute('data-s')));
      expect(ids[0]?.length, row.id).toBe(2);
      expect(ids[1], row.id).toEqual(ids[0]);
      expect(ids[2], row.id).toEqual(ids[0]);
      for (const [i, code] of [
        [1, english],
        [2, russian],
      ] as const) {
        for (const s of columns[i]?.querySelectorAll('.s') ?? []) {
          expect(s.textContent).toBe(code.get(s.getAttribute('data-s') ?? ''));
        }
      }
    }
  });

  it('marks a glossary term in every text that gives its form, the third included, each linking to its entry', () => {
    const row = page('statement/section-1').querySelector('#s1-2');
    const marks = ['zh-Hans', 'en', 'ru'].map((lang) =>
      row?.querySelector(`:scope > .text[lang="${lang}"] a.term[data-term="annual-consultation-mechanism"]`),
    );
    expect(marks.map((a) => a?.textContent)).toEqual([
      '年度磋商机制',
      'annual consultation mechanism',
      'механизм ежегодных консультаций',
    ]);
    for (const a of marks) expect(a?.getAttribute('href')).toMatch(/\/glossary\/#annual-consultation-mechanism$/);
    expect(page('glossary').querySelector('#annual-consultation-mechanism')).not.toBeNull();
  });

  it('shows what is not translated yet as “translation pending”, in either interface', () => {
    const rows = [...page('statement/section-2').querySelectorAll('.pair')];
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const [zh, en, ru] = [...row.querySelectorAll(':scope > .text')];
      expect(zh?.textContent?.trim().length).toBeGreaterThan(5);
      expect(en?.querySelector('.s')?.textContent).toBe(english.get(`${row.id}.1`));
      expect(ru?.textContent?.trim()).toBe('Translation pending');
    }
    // The English closing is as the import left it: every sentence and signatory marked pending.
    const closing = page('zh/both/statement/closing');
    expect(closing.querySelector('#closing .text[lang="en"]')?.textContent?.trim()).toBe('译文待补');
    expect(closing.querySelector('#signatures .text[lang="en"]')?.textContent?.trim()).toBe('译文待补');
    expect(closing.querySelector('#signatures .text[lang="zh-Hans"]')?.textContent).toContain('张三');
  });

  it('gives the third text its own view in both interfaces, named in its own language, with its hreflang', () => {
    for (const address of ['en/ru/statement/preamble', 'zh/ru/statement/preamble']) {
      const doc = page(address);
      expect([...doc.querySelectorAll('.pair > .text')].map((c) => c.getAttribute('lang'))).toEqual(
        Array(3).fill('ru'),
      );
      expect(doc.querySelector('#pre-3\\.1')?.textContent).toBe(russian.get('pre-3.1'));
      expect(doc.querySelector('.views [aria-current="page"]')?.textContent).toBe('Русский');
      expect(doc.querySelector('link[rel="alternate"][hreflang="ru"]')?.getAttribute('href')).toMatch(
        /\/en\/ru\/statement\/preamble\/$/,
      );
    }
    const views = [...page('statement/preamble').querySelectorAll('.views a')].map((a) => a.textContent);
    expect(views).toEqual(['中文', '中文 | English | Русский', 'English', 'Русский']);
  });

  it('exports every text: a plain-text file and a PDF each, a TEI division each, and the third text in statement.json and Markdown', () => {
    const tei = readFileSync(path.join(dist, 'data/statement.tei.xml'), 'utf8');
    expect([...tei.matchAll(/<div xml:lang="([^"]+)" type="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual([
      'zh-Hans edition',
      'en translation',
      'ru translation',
    ]);
    expect(tei).toContain(`<s xml:id="ru-s1-2.1" corresp="#zh-s1-2.1">${russian.get('s1-2.1')}</s>`);
    expect(readFileSync(path.join(dist, 'data/statement.md'), 'utf8')).toContain(russian.get('pre-2.1'));
    const listed = [...page('data').querySelectorAll('main a[download]')].map((a) => a.textContent);
    for (const file of ['statement.ru.txt', 'statement.ru.pdf']) expect(listed).toContain(file);
    expect(readFileSync(path.join(dist, 'data/statement.ru.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readFileSync(path.join(dist, 'data/statement.ru.txt'), 'utf8')).toContain(
      `s1-2\t${russian.get('s1-2.1')} ${russian.get('s1-2.2')}`,
    );
    const json = JSON.parse(readFileSync(path.join(dist, 'data/statement.json'), 'utf8')) as {
      parts: { paragraphs: { id: string; en: string; other?: Record<string, string> }[] }[];
    };
    const paragraphs = json.parts.flatMap((p) => p.paragraphs);
    expect(paragraphs.find((p) => p.id === 'pre-3')?.other?.ru).toBe(russian.get('pre-3.1'));
    expect(paragraphs.find((p) => p.id === 's2-1')?.other).toBeUndefined();
    expect(paragraphs.find((p) => p.id === 's2-3')?.en).toBe(english.get('s2-3.1'));
  });

  it('cites the third text on its own where it is written: its section of the cite page, its view’s address, files in its language', () => {
    const section = page('cite/s1-2').querySelector('#text-ru');
    expect(section?.querySelector('h3')?.textContent?.trim()).toBe('The Russian translation');
    expect([...(section?.querySelectorAll('h4') ?? [])].map((h) => h.textContent?.trim())).toEqual([
      'Chicago (notes and bibliography)',
      'OSCOLA',
      'APA',
    ]);
    const chicago = section?.querySelector('#edition-ru-ref-chicago')?.textContent ?? '';
    expect(chicago).toContain('Unofficial Russian translation.');
    // No Russian title in the edition's facts: the original (here still pending) title, the English in brackets.
    expect(chicago).toContain('“（待补）” [');
    expect(chicago).toMatch(/\/en\/ru\/statement\/section-1\/#s1-2\.$/);
    expect(section?.textContent).toContain('language tag ru');
    const files = [...(section?.querySelectorAll('a[download]') ?? [])];
    expect(files.map((a) => `${a.getAttribute('href')} ${a.getAttribute('hreflang')}`)).toEqual([
      '/cite/s1-2.ru.bib ru',
      '/cite/s1-2.ru.ris ru',
      '/cite/s1-2.ru.json ru',
    ]);
    const [item] = JSON.parse(readFileSync(path.join(dist, 'cite/s1-2.ru.json'), 'utf8')) as {
      language: string;
      URL: string;
      note: string;
    }[];
    expect(item?.language).toBe('ru');
    expect(item?.URL).toMatch(/\/en\/ru\/statement\/section-1\/#s1-2$/);
    expect(item?.note).toMatch(/^Unofficial Russian translation;/);
    expect(readFileSync(path.join(dist, 'cite/s1-2.ru.ris'), 'utf8')).toContain('LA  - ru\n');
    // The edition's own styles stay as they are; the Chinese interface names the text by its registry label (Intl.DisplayNames: 俄语).
    expect(page('cite/s1-2').querySelector('#edition-ref-gb-t-7714')?.getAttribute('lang')).toBe('zh-Hans');
    expect(page('zh/cite/s1-2').querySelector('#text-ru h3')?.textContent?.trim()).toBe('俄语译文');
    // A paragraph whose Russian is pending has no Russian citation.
    expect(page('cite/s2-1').querySelector('#text-ru')).toBeNull();
    expect(existsSync(path.join(dist, 'cite/s2-1.ru.json'))).toBe(false);
  });

  it('sends the Russian view’s Cite link to the Russian citations, and gives its pages the Russian text’s metadata', () => {
    const citeLink = (address: string) => page(address).querySelector('#s1-2 .cite-link')?.getAttribute('href');
    expect(citeLink('en/ru/statement/section-1')).toBe('/cite/s1-2/#text-ru');
    expect(citeLink('zh/ru/statement/section-1')).toBe('/zh/cite/s1-2/#text-ru');
    expect(citeLink('statement/section-1')).toBe('/cite/s1-2/');
    const language = (address: string) =>
      page(address).querySelector('meta[name="citation_language"]')?.getAttribute('content');
    expect(language('en/ru/statement/section-1')).toBe('ru');
    expect(language('statement/section-1')).toBe('en');
  });

  it('previews a shared link with every text written so far: the Russian where it is written', () => {
    const meta = (address: string, property: string) =>
      page(address).querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
    expect(meta('p/s1-2', 'og:image')).toMatch(/\/og\/s1-2\.png$/);
    const png = readFileSync(path.join(dist, 'og/s1-2.png'));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(meta('p/s1-2', 'og:description')).toContain(russian.get('s1-2.1'));
    expect(meta('p/s1-2', 'og:description')).toContain(english.get('s1-2.1'));
    expect(meta('p/s2-1', 'og:description')).not.toMatch(/[а-яё]/i);
  });

  it.runIf(existsSync(CHROMIUM))(
    'prints each PDF’s footer naming its texts: the Russian in English (no Russian interface), the Chinese in Chinese',
    () => {
      const text = (file: string) => pdfText(readFileSync(path.join(dist, 'data', file)));
      const russianPdf = text('statement.ru.pdf');
      expect(russianPdf).toContain('Unofficial Russian translation · the Chinese text is authentic · ');
      expect(russianPdf).toContain('консультаций');
      expect(text('statement.pdf')).toContain(
        'Unofficial English and Russian translations · the Chinese text is authentic · ',
      );
      expect(text('statement.zh.pdf').split('\n')).toContain('中文为作准文本');
      expect(text('statement.zh.pdf')).not.toContain('Unofficial');
    },
  );

  it('writes every build step into ASTRO_OUT_DIR and leaves dist/ alone', () => {
    for (const file of ['index.html', 'permalinks.json', 'pagefind/pagefind.js', 'search/data.json', 'sw.js']) {
      expect(existsSync(path.join(dist, file)), file).toBe(true);
    }
    if (existsSync(CHROMIUM)) expect(existsSync(path.join(dist, 'data/statement.pdf'))).toBe(true);
    expect(readFileSync(path.join(dist, 'sw.js'), 'utf8')).toMatch(/const VERSION = "[0-9a-f]{16}";/);
    expect(statSync('dist/sw.js').mtimeMs).toBe(distBefore.swTime);
    expect(statSync('dist/pagefind/pagefind.js').mtimeMs).toBe(distBefore.indexTime);
  });

  describe('search', () => {
    let browser: Browser;
    let tab: Page;
    let site: { url: string; close: () => Promise<void> };
    beforeAll(async () => {
      site = await serveStatic(dist);
      browser = await launchBrowser();
      tab = await browser.newPage();
    });
    afterAll(async () => {
      await browser?.close();
      await site?.close();
    });

    const resultIds = (query: string) => searchResultIds(tab, site.url, query);

    it('finds a word of each text and lands on its paragraph', async () => {
      await expect(resultIds('консультаций')).resolves.toEqual(['s1-2']);
      await expect(resultIds('climate')).resolves.toEqual(['s2-2']);
      // The Chinese also names the fixture's one glossary term, which follows the paragraph.
      await expect(resultIds('磋商机制')).resolves.toEqual(['s1-2', 'term:annual-consultation-mechanism']);
    });

    it('sends a sentence’s Cite, in the Russian view, to the Russian citations as the row’s Cite does', async () => {
      for (const [address, fragment] of [
        ['en/ru/statement/section-1/', '#text-ru'],
        ['statement/section-1/', ''],
      ] as const) {
        await tab.goto(new URL(address, site.url).href);
        await tab.locator('#s1-2 [data-s="s1-2.1"]').first().click();
        const href = await tab.locator('.sentence-chip a').getAttribute('href');
        expect(href, address).toBe(`/cite/s1-2.1/${fragment}`);
      }
    });
  });
});
