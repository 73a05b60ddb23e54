import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { buildEnv } from '../support/clean-env.ts';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/**
 * Texts are a dimension of the edition: a copy of content/ with a third text
 * (tests/fixtures/three-texts: a Russian preamble written for the tests) in
 * its manifest, as a draft, built with `EDITION_DIR` as an editor would. The
 * preamble shows three aligned columns, every other part shows the third
 * text as pending, the third text has its own view, search finds it, and
 * the exports carry it.
 */
const FIXTURE = 'tests/fixtures/three-texts';
const scratch = mkdtempSync(path.join(tmpdir(), 'three-texts-'));
const content = path.join(scratch, 'content');
const dist = path.join(scratch, 'dist');
let build: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  cpSync('content', content, { recursive: true });
  cpSync(path.join(FIXTURE, 'statement/ru'), path.join(content, 'statement/ru'), { recursive: true });
  const manifestPath = path.join(content, 'edition.manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { status: string; texts: unknown[] };
  manifest.status = 'draft';
  manifest.texts.push(JSON.parse(readFileSync(path.join(FIXTURE, 'texts.json'), 'utf8')));
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  build = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    env: buildEnv({ EDITION_DIR: content, ASTRO_OUT_DIR: dist }),
  });
}, 300_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (p: string) => parseHTML(readFileSync(path.join(dist, p, 'index.html'), 'utf8')).document;
const written = (file: string) => readFileSync(path.join(FIXTURE, 'statement/ru', file), 'utf8');
// The fixture's sentences as written, markup taken away: what the Russian column must show.
const russian = new Map(
  [...written('preamble.mdx').matchAll(/<S id="([^"]+)">(.*?)<\/S>/g)].map(([, id, text]) => [
    id,
    (text ?? '').replace(/<[^>]+>/g, ''),
  ]),
);

describe('an edition with a third text (EDITION_DIR)', () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('shows three aligned columns side by side, each paragraph with the same sentences in every text', () => {
    const doc = page('statement/preamble');
    expect([...doc.querySelectorAll('.columns span')].map((s) => s.textContent)).toEqual([
      'Chinese (authentic text)',
      'English (unofficial translation)',
      'Russian (unofficial translation)',
    ]);
    const rows = [...doc.querySelectorAll('.pair')];
    expect(rows.map((row) => row.id)).toEqual(['pre-1', 'pre-2', 'pre-3', 'pre-4', 'pre-5', 'pre-6', 'pre-7']);
    for (const row of rows) {
      const columns = [...row.querySelectorAll(':scope > .text')];
      expect(columns.map((c) => c.getAttribute('lang'))).toEqual(['zh-Hans', 'en', 'ru']);
      const sentences = columns.map((c) => [...c.querySelectorAll('.s')].map((s) => s.getAttribute('data-s')));
      expect(sentences[1], row.id).toEqual(sentences[0]);
      expect(sentences[2], row.id).toEqual(sentences[0]);
      for (const s of columns[2]?.querySelectorAll('.s') ?? []) {
        // The footnote markers (<sup class="fn">) are the edition's, not the text's.
        for (const marker of s.querySelectorAll('sup.fn')) marker.remove();
        expect(s.textContent).toBe(russian.get(s.getAttribute('data-s') ?? ''));
      }
    }
    expect(doc.body.className).toContain('texts-3');
  });

  it('shows the parts not yet translated as “translation pending”, the authentic and English texts in full', () => {
    const doc = page('statement/section-2');
    const rows = [...doc.querySelectorAll('.pair')];
    expect(rows).toHaveLength(10);
    for (const row of rows) {
      const [zh, en, ru] = [...row.querySelectorAll(':scope > .text')];
      expect(zh?.textContent?.trim().length).toBeGreaterThan(10);
      expect(en?.textContent?.trim().length).toBeGreaterThan(10);
      expect(ru?.textContent?.trim()).toBe('Translation pending');
    }
    expect(page('zh/both/statement/section-2').querySelector('.pair .text[lang="ru"]')?.textContent?.trim()).toBe(
      '译文待补',
    );
  });

  it('gives the third text its own view in both interfaces, named in its own language, with its hreflang', () => {
    for (const [address, current] of [
      ['en/ru/statement/preamble', 'Русский'],
      ['zh/ru/statement/preamble', 'Русский'],
    ] as const) {
      const doc = page(address);
      expect([...doc.querySelectorAll('.pair > .text')].map((c) => c.getAttribute('lang'))).toEqual(
        Array(7).fill('ru'),
      );
      expect(doc.querySelector('#pre-6\\.1')?.textContent).toContain('многополярного');
      expect(doc.querySelector('.views [aria-current="page"]')?.textContent).toBe(current);
      expect(doc.querySelector('link[rel="alternate"][hreflang="ru"]')?.getAttribute('href')).toMatch(
        /\/en\/ru\/statement\/preamble\/$/,
      );
    }
    const views = [...page('statement/preamble').querySelectorAll('.views a')].map((a) => a.textContent);
    expect(views).toEqual(['中文', '中文 | English | Русский', 'English', 'Русский']);
  });

  it('exports the third text: its own plain-text file and the paragraphs of statement.json', () => {
    const txt = readFileSync(path.join(dist, 'data/statement.ru.txt'), 'utf8');
    expect(txt).toContain(`pre-6\t${russian.get('pre-6.1')}`);
    const json = JSON.parse(readFileSync(path.join(dist, 'data/statement.json'), 'utf8')) as {
      parts: { paragraphs: { id: string; other?: Record<string, string> }[] }[];
    };
    const paragraphs = json.parts.flatMap((p) => p.paragraphs);
    expect(paragraphs.find((p) => p.id === 'pre-7')?.other?.ru).toBe(russian.get('pre-7.1'));
    expect(paragraphs.find((p) => p.id === 's2-1')?.other).toBeUndefined();
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

    it('finds a word of the third text and lands on its paragraph', async () => {
      await tab.goto(new URL(`search/?q=${encodeURIComponent('многополярного')}`, site.url).href);
      await tab.waitForFunction(() => {
        const status = document.querySelector('.search-status')?.textContent ?? '';
        return status !== '' && !status.endsWith('…');
      });
      const ids = await tab
        .locator('.search-results li[data-id]')
        .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id ?? ''));
      expect(ids[0]).toBe('pre-6');
    });
  });
});
