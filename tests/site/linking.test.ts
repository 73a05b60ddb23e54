import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { isParagraphId } from '../../src/lib/ids.ts';
import { publishedAddresses, type PublishedIds } from '../../src/lib/permalink-guard.ts';

const permalinks = JSON.parse(readFileSync('dist/permalinks.json', 'utf8')) as Record<string, string>;
const IDS = Object.keys(permalinks).filter(isParagraphId);
const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

describe('share previews', () => {
  it.each(IDS)('/p/%s/ has Open Graph and Twitter card tags with its own 1200×630 image', (id) => {
    const page = doc(`dist/p/${id}/index.html`);
    const meta = (key: string) =>
      page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
    expect(meta('og:title')).toMatch(/^(Pre\.\d+|[IV]+\.\d+|Closing|Signatures) · /);
    expect(meta('og:description').length).toBeGreaterThan(40);
    expect(meta('og:description')).toMatch(/\p{Script=Han}/u);
    expect(meta('twitter:card')).toBe('summary_large_image');
    const image = new URL(meta('og:image')).pathname;
    expect(image).toBe(`/og/${id}.png`);
    const png = readFileSync(`dist${image}`);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});

describe('citation metadata for reference managers', () => {
  it.each(['dist/cite/s2-5/index.html', 'dist/statement/section-2/index.html'])(
    '%s has Highwire and Dublin Core tags and embedded CSL-JSON',
    (file) => {
      const page = doc(file);
      const all = (name: string) =>
        [...page.querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));
      expect(all('citation_title')[0]).toMatch(
        /^Joint Statement on the 30th Anniversary of the Establishment of Diplomatic Relations/,
      );
      expect(all('citation_author')).toEqual(["People's Republic of China", 'Republic of Kazakhstan']);
      // The date of this publication (the edition), never the statement's 2022; that is DC.date.created.
      expect(all('citation_publication_date')[0]).toMatch(/^20(2[3-9]|[3-9]\d)\/\d\d\/\d\d$/);
      expect(all('DC.date.created')).toEqual(['2022-09-14']);
      expect(all('citation_public_url')[0]).toMatch(/^http/);
      expect(all('DC.title.alternative')[0]).toMatch(/^中华人民共和国和哈萨克斯坦共和国建交30周年联合声明/);
      const csl = JSON.parse(
        page.querySelector('script[type="application/vnd.citationstyles.csl+json"]')?.textContent ?? '{}',
      ) as { type?: string; URL?: string };
      expect(csl.type).toBe('webpage');
    },
  );

  it.each(['statement', ...IDS])('/cite/%s has its page and BibTeX, RIS and CSL-JSON files', (stem) => {
    expect(existsSync(`dist/cite/${stem === 'statement' ? '' : `${stem}/`}index.html`)).toBe(true);
    const bib = readFileSync(`dist/cite/${stem}.bib`, 'utf8');
    expect(bib).toMatch(/^@\w+\{cnkz2022/);
    const ris = readFileSync(`dist/cite/${stem}.ris`, 'utf8');
    expect(ris).toMatch(/^TY {2}- /);
    expect(ris).toContain(`ID  - cnkz2022${stem === 'statement' ? '' : `-${stem}`}\n`);
    const csl = JSON.parse(readFileSync(`dist/cite/${stem}.json`, 'utf8')) as { URL: string }[];
    expect(csl[0]?.URL).toMatch(stem === 'statement' ? /\/statement\/$/ : new RegExp(`/p/${stem}/$`));
  });
});

describe('the permalink snapshot', () => {
  it('is the set of ids the build publishes: 77 paragraphs and 115 sentences', () => {
    const snapshot = JSON.parse(readFileSync('content/permalinks.snapshot.json', 'utf8')) as PublishedIds;
    expect(Object.keys(snapshot.paragraphs)).toHaveLength(77);
    expect(Object.keys(snapshot.sentences)).toHaveLength(115);
    const published = publishedAddresses(snapshot);
    expect(Object.keys(permalinks).sort()).toEqual(Object.keys(published).sort());
    for (const [id, target] of Object.entries(published)) expect(permalinks[id]).toBe(target);
    expect(permalinks['s2-5.2']).toBe('/statement/section-2/#s2-5.2');
  });

  it('fails the build step when a published id is dropped', () => {
    const scratch = mkdtempSync(path.join(tmpdir(), 'permalinks-'));
    try {
      const dropped = { ...permalinks };
      delete dropped['s3-4'];
      writeFileSync(path.join(scratch, 'permalinks.json'), JSON.stringify(dropped));
      const result = spawnSync('node', ['scripts/check-permalinks.ts', scratch], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/“s3-4” was published .* missing from this build/);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});

describe('in the browser', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    site = await serveStatic(`${process.cwd()}/dist`);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  // Copied links name the site the reader is on (here the test server), not the canonical address.
  it('copies the short link of a paragraph from the keyboard and says so', async () => {
    await page.goto(new URL('statement/section-3/', site.url).href);
    // Tab from the label to its "⋯", open it, and the copy button is the next stop.
    await page.locator('#s3-4 .label').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const button = page.locator('#s3-4 copy-button button');
    await page.keyboard.press('Tab');
    await expect(button.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(new URL('p/s3-4/', site.url).href);
    await expect(page.locator('p[role="status"]').textContent()).resolves.toBe('Copied');
  });

  it('highlights a range of paragraphs on arrival, in both columns', async () => {
    await page.goto(new URL('statement/section-2/#s2-5..s2-7', site.url).href);
    await page.waitForSelector('#s2-5.in-range');
    const inRange = await page.locator('.pair.in-range').evaluateAll((rows) => rows.map((r) => r.id));
    expect(inRange).toEqual(['s2-5', 's2-6', 's2-7']);
    // A bar in the margin marks the linked rows.
    const bar = (id: string) =>
      page.locator(`#${id}`).evaluate((el) => getComputedStyle(el, '::before').backgroundColor);
    expect(await bar('s2-6')).not.toBe(await bar('s2-8'));
    const top = await page.locator('#s2-5').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
  });

  it('says when a range link is wrong, or continues beyond the part', async () => {
    await page.goto(new URL('statement/section-2/#s2-7..s2-5', site.url).href);
    await expect(page.locator('.range-note').innerText()).resolves.toMatch(
      /names no range of paragraphs: s2-5 comes before s2-7/,
    );
    await page.goto(new URL('statement/section-2/#s2-9..s3-2', site.url).href);
    await page.waitForSelector('.range-note a');
    expect(await page.locator('.pair.in-range').count()).toBe(2);
    await page.locator('.range-note a').click();
    await page.waitForURL(/\/statement\/#s2-9\.\.s3-2$/);
    await page.waitForSelector('#s3-2.in-range');
    expect(await page.locator('.pair.in-range').count()).toBe(4);
  });

  it('cites a paragraph in two clicks: Cite, then Copy', async () => {
    await page.goto(new URL('statement/section-2/', site.url).href);
    await page.locator('#s2-5 .row-menu summary').click();
    await page.locator('#s2-5 a.cite-link').click();
    await page.waitForURL(/\/cite\/s2-5\/$/);
    for (const style of ['GB/T 7714-2015', 'Chicago (notes and bibliography)', 'OSCOLA', 'APA']) {
      // Once for this edition, then once for each printing of the authentic text.
      expect(await page.getByRole('heading', { name: style, exact: true }).count()).toBe(3);
      await expect(page.getByRole('heading', { name: style, exact: true }).first().isVisible()).resolves.toBe(true);
    }
    await page.getByRole('button', { name: 'Copy: Chicago (notes and bibliography)' }).first().click();
    const copied = await clipboard();
    expect(copied).toMatch(
      /^People’s Republic of China and Republic of Kazakhstan\. “Joint Statement on the 30th Anniversary/,
    );
    expect(copied).toContain('/p/s2-5/');
    await expect(page.locator('#edition-note-chicago').innerText()).resolves.toMatch(/para\. II\.5/);
    await expect(page.locator('#edition-note-gb-t-7714').innerText()).resolves.toBe('[1]第二部分第5段');
  });

  it('shows BibTeX, RIS and CSL-JSON highlighted, each downloadable', async () => {
    await page.goto(new URL('cite/s2-5/', site.url).href);
    expect(await page.locator('.citation-file pre.shiki').count()).toBe(3);
    expect(await page.locator('.citation-file pre.shiki span[class]').count()).toBeGreaterThan(10);
    // Coloured by the stylesheet, not inline styles (which the Content-Security-Policy forbids).
    const colour = await page
      .locator('.citation-file pre.shiki span[class^="sk-"]')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
    expect(colour).not.toBe(
      await page
        .locator('.citation-file pre.shiki')
        .first()
        .evaluate((el) => getComputedStyle(el).color),
    );
    for (const ext of ['bib', 'ris', 'json']) {
      const response = await page.request.get(new URL(`cite/s2-5.${ext}`, site.url).href);
      expect(response.ok()).toBe(true);
    }
  });

  it('cites the address the reader is on, and today’s date as the access date', async () => {
    await page.goto(new URL('cite/s2-5/', site.url).href);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect(page.locator('#edition-ref-gb-t-7714').innerText()).resolves.toContain(`[${today}]`);
    await expect(page.locator('#edition-ref-oscola').innerText()).resolves.toContain('accessed ');
    await expect(page.locator('#edition-ref-chicago').innerText()).resolves.toContain(
      new URL('p/s2-5/', site.url).href,
    );
  });

  it('adds where a copied passage comes from', async () => {
    await page.goto(new URL('statement/section-2/', site.url).href);
    await page.evaluate(() => {
      const text = document.querySelector('#s2-6 [lang="en"] p')!;
      const range = document.createRange();
      range.selectNodeContents(text);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Control+c');
    const copied = await clipboard();
    expect(copied).toMatch(/^The two sides reaffirm/);
    expect(copied).toMatch(/— Joint Statement of China and Kazakhstan .*, II\.6, /);
    expect(copied.endsWith(`, ${new URL('p/s2-6/', site.url).href}`)).toBe(true);
  });

  it('turns the row’s copy link into a link to the chosen sentence', async () => {
    await page.goto(new URL('statement/section-2/', site.url).href);
    await page.locator('#s2-5 .text[lang="en"] .s[data-s="s2-5.2"]').click();
    const button = page.locator('#s2-5 .tools copy-button button');
    await page.locator('#s2-5 .row-menu summary').click();
    await expect(button.innerText()).resolves.toBe('Copy link · II.5.2');
    await button.click();
    await expect.poll(clipboard).toBe(new URL('statement/section-2/#s2-5.2', site.url).href);
  });
});
