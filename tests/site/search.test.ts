import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { searchResultIds } from '../support/search-page.ts';
import { firstQuery } from '../../scripts/first-query.ts';

interface QuerySet {
  queries: { query: string; expect: string[] }[];
}
const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as QuerySet;

let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;

beforeAll(async () => {
  site = await serveStatic(`${process.cwd()}/dist`);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const resultIds = (query: string) => searchResultIds(page, site.url, query);

describe('the committed query set', () => {
  it('has at least 40 queries in both languages, some that must find nothing', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    expect(queries.filter((q) => /\p{Script=Han}/u.test(q.query)).length).toBeGreaterThanOrEqual(20);
    expect(queries.filter((q) => /^[\p{Script=Latin}\s\d-]+$/u.test(q.query)).length).toBeGreaterThanOrEqual(20);
    expect(queries.filter((q) => q.expect.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  it('reaches recall@5 of at least 95% in a real browser, and finds nothing where nothing is there', async () => {
    const report: string[] = [];
    let sum = 0;
    for (const { query, expect: expected } of queries) {
      const ids = await resultIds(query);
      let recall: number;
      if (expected.length === 0) recall = ids.length === 0 ? 1 : 0;
      else {
        const top = new Set(ids.slice(0, 5));
        recall = expected.filter((id) => top.has(id)).length / Math.min(5, expected.length);
      }
      sum += recall;
      if (recall < 1)
        report.push(
          `${query}: recall@5 ${recall.toFixed(2)}; got ${ids.slice(0, 5).join(', ') || 'nothing'}; expected ${expected.join(', ') || 'nothing'}`,
        );
    }
    const recallAt5 = sum / queries.length;
    console.log(
      `search recall@5 = ${(recallAt5 * 100).toFixed(1)}% over ${queries.length} queries${report.length ? `\n${report.join('\n')}` : ''}`,
    );
    expect(recallAt5, report.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

describe('a search result', () => {
  it('shows the label, the part, the match marked and the other language beside it', async () => {
    await resultIds('鲁班工坊');
    const hit = page.locator('.search-results li[data-id="s5-6"]');
    await expect(hit.locator('.search-hit-label').innerText()).resolves.toBe(
      'V.6 · People-to-people exchanges and public health',
    );
    await expect(hit.locator('[lang="zh-Hans"] mark').innerText()).resolves.toBe('鲁班工坊');
    // The counterpart is a stretch of the same paragraph's English.
    const english = (
      /<P id="s5-6">\n(.*)\n/.exec(readFileSync('content/statement/en/section-5.mdx', 'utf8'))?.[1] ?? ''
    ).replace(/<[^>]+>/g, '');
    const counterpart = (await hit.locator('.counterpart[lang="en"]').innerText()).replace(/^…|…$/g, '');
    expect(counterpart.length).toBeGreaterThan(40);
    expect(english).toContain(counterpart);
  });

  it('merges a paragraph found in both languages into one result', async () => {
    const ids = await resultIds('2758');
    expect(ids.filter((id) => id === 's2-5')).toHaveLength(1);
  });

  it('can be narrowed to one language and one part', async () => {
    await page.goto(new URL('search/?q=Belt%20and%20Road&part=section-1', site.url).href);
    await page.waitForFunction(() => document.querySelectorAll('.search-results li[data-id]').length > 0);
    const ids = await page
      .locator('.search-results li[data-id]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
    expect(ids).toEqual(['s1-4']);
    const zhOnly = await resultIds('2015');
    expect(zhOnly.length).toBeGreaterThan(0);
    await page.selectOption('select[name="lang"]', 'en');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('lang') === 'en');
  });

  it('narrows to the documents the statement cites, each linking to its register entry', async () => {
    await page.goto(new URL('search/?q=%E5%85%AC%E7%BA%A6&kind=instruments', site.url).href);
    await page.waitForFunction(() => document.querySelectorAll('.search-results li[data-id]').length > 0);
    const ids = await page
      .locator('.search-results li[data-id]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id.startsWith('instrument:'))).toBe(true);
    expect(
      await page
        .locator('.search-results li[data-id="instrument:biological-weapons-convention"] a')
        .getAttribute('href'),
    ).toBe('/instruments/biological-weapons-convention/');
    await expect(page.locator('input[name="kind"]').isChecked()).resolves.toBe(true);
  });

  it('lands on the paragraph with the query marked in it, and Escape clears the marks', async () => {
    await resultIds('河流领域');
    await page.locator('.search-results li[data-id="s4-9"] a').click();
    await page.waitForURL(/\/statement\/section-4\/\?q=.*#s4-9$/);
    await page.waitForSelector('#s4-9 mark.search-term');
    await expect(page.locator('#s4-9 [lang="zh-Hans"] mark.search-term').first().innerText()).resolves.toBe('河流领域');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('s4-9');
    const top = await page.locator('#s4-9').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    await page.keyboard.press('Escape');
    expect(await page.locator('mark.search-term').count()).toBe(0);
    // page.url() lags behind history.replaceState; ask the page.
    expect(await page.evaluate(() => new URL(location.href).searchParams.has('q'))).toBe(false);
  });
});

describe('the header search box', () => {
  it('opens with / and shows results as you type; ↓ and Enter open a result', async () => {
    await page.goto(new URL('statement/section-1/', site.url).href);
    await page.keyboard.press('/');
    const box = page.locator('site-search[data-mode="header"] input');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await box.pressSequentially('transbound');
    await page.waitForSelector('site-search[data-mode="header"] .search-results li[data-id="s4-9"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#s4-(9|10)$/);
    await page.waitForSelector(':target mark.search-term');
    await expect(page.locator(':target [lang="en"] mark.search-term').first().innerText()).resolves.toMatch(
      /^transboundary$/i,
    );
  });

  it('opens with Ctrl+K, but / typed into a box stays a character', async () => {
    await page.goto(new URL('statement/', site.url).href);
    await page.keyboard.press('Control+k');
    const box = page.locator('site-search[data-mode="header"] input');
    await expect(box.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await box.pressSequentially('a/b');
    await expect(box.inputValue()).resolves.toBe('a/b');
  });

  it('loads no search code on a reading page until the reader asks', async () => {
    const requests: string[] = [];
    const fresh = await browser.newPage();
    fresh.on('request', (r) => requests.push(r.url()));
    await fresh.goto(new URL('statement/section-2/', site.url).href);
    await fresh.waitForLoadState('networkidle');
    expect(requests.filter((u) => /pagefind|\/search\/|site-search/.test(u))).toEqual([]);
    await fresh.close();
  });

  // The scale goal: a first query stays within 100 KB (gzip) — search code, index, shards and records.
  it.each(['transboundary rivers', '河流领域', 'cooperation', '合作'])(
    'answers a first query “%s” from a reading page within 100 KB, without loading Pagefind',
    async (query) => {
      const first = await firstQuery(browser, site.url, query, 'statement/section-2/');
      expect(first.count).toBeGreaterThan(0);
      expect(first.files.filter((f) => /pagefind/.test(f.path))).toEqual([]);
      expect(first.bytesGzip, first.files.map((f) => `${f.path} ${f.bytesGzip}`).join('\n')).toBeLessThanOrEqual(
        100 * 1024,
      );
    },
  );

  it('explains itself when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(new URL('search/?q=energy', site.url).href);
    await expect(noJs.locator('main').innerText()).resolves.toMatch(/Search needs JavaScript/);
    await context.close();
  });
});
