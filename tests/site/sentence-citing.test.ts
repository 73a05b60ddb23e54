import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

/*
 * Every sentence of the statement has a cite page and a short link. The
 * sentence ids come from the published open data; the expected pinpoints are
 * worked out here from the id alone.
 */
const statement = JSON.parse(readFileSync('dist/data/statement.json', 'utf8')) as {
  parts: { paragraphs: { id: string; sentences?: { id: string }[] }[] }[];
};
const SENTENCES = statement.parts.flatMap((p) => p.paragraphs.flatMap((q) => (q.sentences ?? []).map((s) => s.id)));
const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

const ROMAN = ['I', 'II', 'III', 'IV', 'V'];
const HAN = ['一', '二', '三', '四', '五'];
function expected(id: string) {
  const [, para = '', n = ''] = /^(.+)\.(\d+)$/.exec(id) ?? [];
  const section = /^s(\d)-(\d+)$/.exec(para);
  const pre = /^pre-(\d+)$/.exec(para);
  if (section)
    return {
      en: `para. ${ROMAN[Number(section[1]) - 1]}.${section[2]}, sentence ${n}`,
      zh: `第${HAN[Number(section[1]) - 1]}部分第${section[2]}段第${n}句`,
      part: `section-${section[1]}`,
      paragraph: para,
    };
  if (pre)
    return {
      en: `para. Pre.${pre[1]}, sentence ${n}`,
      zh: `序言第${pre[1]}段第${n}句`,
      part: 'preamble',
      paragraph: para,
    };
  return { en: `para. Closing, sentence ${n}`, zh: `结尾第${n}句`, part: 'closing', paragraph: para };
}

describe('sentence-level citing', () => {
  it('covers the 115 sentences of the statement', () => {
    expect(SENTENCES).toHaveLength(115);
    expect(SENTENCES).toContain('s4-5.1');
  });

  it.each(SENTENCES)('/cite/%s/ pinpoints the sentence in every style and cites both printings', (id) => {
    const page = doc(`dist/cite/${id}/index.html`);
    const { en, zh } = expected(id);
    const text = (sel: string) => page.querySelector(sel)?.textContent ?? '';
    expect(text('#edition-note-chicago')).toContain(`, ${en}, unofficial English translation`);
    expect(text('#edition-note-apa')).toContain(`, ${en})`);
    expect(text('#edition-note-oscola')).toContain(en.replace('para.', 'para'));
    expect(text('#edition-note-gb-t-7714')).toBe(`[1]${zh}`);
    expect(text('#peoples-daily-ref-gb-t-7714')).toMatch(/\[N\]\. 人民日报, 2022-09-15\(2\)\.$/);
    expect(text('#peoples-daily-note-chicago')).toContain(en);
    expect(text('#xinhua-note-gb-t-7714')).toBe(`[1]${zh}`);
    expect(page.querySelector('#source-xinhua')?.closest('section')?.textContent).toMatch(/Not verified/);
    for (const ext of ['bib', 'ris', 'json']) expect(existsSync(`dist/cite/${id}.${ext}`)).toBe(true);
  });

  it.each(SENTENCES)('/p/%s/ redirects to the sentence and has a share preview', (id) => {
    const page = doc(`dist/p/${id}/index.html`);
    const { part, paragraph } = expected(id);
    const refresh = page.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content') ?? '';
    expect(refresh).toBe(`0; url=/statement/${part}/#${id}`);
    const meta = (key: string) => page.querySelector(`meta[property="${key}"]`)?.getAttribute('content') ?? '';
    expect(meta('og:description')).toMatch(/\p{Script=Han}/u);
    expect(new URL(meta('og:image')).pathname).toBe(`/og/${paragraph}.png`);
    expect(existsSync(`dist/og/${paragraph}.png`)).toBe(true);
  });

  it('no citation dates this website 2022', () => {
    const page = doc('dist/cite/s2-5/index.html');
    for (const key of ['chicago', 'oscola', 'apa']) {
      const ref = page.querySelector(`#edition-ref-${key}`)?.textContent ?? '';
      expect(ref).not.toMatch(/Last modified [A-Z][a-z]+ \d+, 2022|last updated \d+ [A-Z][a-z]+ 2022|^[^(]*\(2022,/);
    }
    expect(page.querySelector('#edition-ref-gb-t-7714')?.textContent).not.toMatch(/\(2022-09-14\)/);
  });
});

describe('in the browser', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let page: Page;
  beforeAll(async () => {
    site = await serveStatic(`${process.cwd()}/dist`);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('a sentence short link lands on the sentence', async () => {
    await page.goto(new URL('p/s4-5.1/', site.url).href);
    await page.waitForURL(/\/statement\/section-4\/#s4-5\.1$/);
    expect(await page.locator('[id="s4-5.1"]').count()).toBe(1);
  });

  it('a paragraph’s cite page leads to the cite page of each of its sentences', async () => {
    await page.goto(new URL('cite/s4-5/', site.url).href);
    await page.getByRole('link', { name: 'IV.5.1', exact: true }).click();
    await page.waitForURL(/\/cite\/s4-5\.1\/$/);
    await expect(page.locator('h1').innerText()).resolves.toContain('IV.5.1');
  });
});
