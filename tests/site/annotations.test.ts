import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;
const PARTS = ['preamble', 'section-1', 'section-2', 'section-3', 'section-4', 'section-5', 'closing'];
const registerKeys = readdirSync('content/instruments').map((f) => f.replace(/\.yaml$/, ''));

describe('footnotes and the register (built pages)', () => {
  it('has at least 50 register entries, each with its page', () => {
    expect(registerKeys.length).toBeGreaterThanOrEqual(50);
    for (const key of registerKeys) expect(existsSync(`dist/instruments/${key}/index.html`), key).toBe(true);
  });

  it.each(PARTS.filter((p) => p !== 'closing'))(
    '%s: every footnote resolves to its note, its register page, and back',
    (part) => {
      const page = doc(`dist/statement/${part}/index.html`);
      const refs = [...page.querySelectorAll('sup.fn a')];
      expect(refs.length).toBeGreaterThan(0);
      for (const ref of refs) {
        const note = page.getElementById(ref.getAttribute('href')!.slice(1));
        expect(note, ref.getAttribute('href')!).not.toBeNull();
        const key = note!.getAttribute('data-ref');
        expect(ref.getAttribute('data-ref')).toBe(key);
        // The register link says which paragraph it was followed from, for the way back.
        const entryHref = new URL(note!.querySelector('a.fn-name')!.getAttribute('href')!, 'http://site');
        const entryLink = entryHref.pathname;
        expect(entryLink).toBe(`/instruments/${key}/`);
        expect(note!.querySelector(`.fn-back a[href="#${entryHref.searchParams.get('from')}"]`)).not.toBeNull();
        const paragraph = ref.closest('.pair')!.id;
        const entry = doc(`dist${entryLink}index.html`);
        expect(entry.querySelector(`.cited-in a[href="/p/${paragraph}/"]`), `${key} cites ${paragraph}`).not.toBeNull();
        expect(note!.querySelector(`.fn-back a[href="#${paragraph}"]`)).not.toBeNull();
      }
    },
  );

  it('numbers footnotes identically in both columns of a paragraph', () => {
    const page = doc('dist/statement/section-4/index.html');
    for (const row of page.querySelectorAll('.pair')) {
      const numbers = (lang: string) =>
        [...row.querySelectorAll(`.text[lang="${lang}"] sup.fn a`)].map((a) => a.textContent).sort();
      expect(numbers('en'), row.id).toEqual(numbers('zh-Hans'));
    }
  });

  it('cites every register entry somewhere in the text', () => {
    const cited = new Set(
      PARTS.flatMap((part) =>
        [...doc(`dist/statement/${part}/index.html`).querySelectorAll('sup.fn a')].map((a) =>
          a.getAttribute('data-ref'),
        ),
      ),
    );
    expect(registerKeys.filter((key) => !cited.has(key))).toEqual([]);
  });

  it('puts every dated entry on the timeline, earliest first', () => {
    const times = [...doc('dist/instruments/index.html').querySelectorAll('.timeline time')].map(
      (t) => t.getAttribute('datetime') ?? '',
    );
    const dated = registerKeys.filter((key) =>
      /\ndate: /.test(readFileSync(`content/instruments/${key}.yaml`, 'utf8')),
    );
    expect(times).toHaveLength(dated.length);
    expect([...times].sort()).toEqual(times);
  });

  it('marks every external link, gives it rel="noopener", and lists it in one place', () => {
    const listed = new Set(
      [...doc('dist/instruments/links/index.html').querySelectorAll('[data-external-links] a.external')].map((a) =>
        a.getAttribute('href'),
      ),
    );
    const pages = [
      'dist/statement/section-2/index.html',
      'dist/instruments/unga-resolution-2758/index.html',
      'dist/glossary/index.html',
      'dist/index.html',
    ];
    for (const file of pages) {
      for (const a of doc(file).querySelectorAll('a[href^="http"]')) {
        expect(a.getAttribute('rel') ?? '', `${file}: ${a.getAttribute('href')}`).toMatch(/noopener/);
        expect(a.classList.contains('external')).toBe(true);
        if (!file.includes('glossary')) expect(listed.has(a.getAttribute('href')), a.getAttribute('href')!).toBe(true);
      }
    }
  });
});

describe('glossary page', () => {
  const page = doc('dist/glossary/index.html');
  const terms = readdirSync('content/glossary');

  it('lists every term with pinyin, in pinyin order and in English order', () => {
    expect(page.querySelectorAll('.term-entry')).toHaveLength(terms.length);
    expect(page.querySelectorAll('#by-english + ul li')).toHaveLength(terms.length);
    expect(page.querySelector('#permanent-comprehensive-strategic-partnership .pinyin')?.textContent).toBe(
      'yǒngjiǔ quánmiàn zhànlüè huǒbàn guānxì',
    );
  });

  it('writes pinyin by word, names capitalised, and never spells punctuation', () => {
    expect(page.querySelector('#one-china-principle .pinyin')?.textContent).toBe('yī gè Zhōngguó yuánzé');
    expect(page.querySelector('#china-central-asia-mechanism .pinyin')?.textContent).toBe(
      'Zhōngguó Zhōngyà Wǔguó Huìwù Jīzhì',
    );
    for (const p of page.querySelectorAll('.term-entry .pinyin'))
      expect(p.textContent, p.closest('.term-entry')?.id).not.toMatch(/[“”《》、·—+]/);
  });

  it('offers a jump list by the first letter of the pinyin', () => {
    const letters = [...page.querySelectorAll('nav.letters a')].map((a) => a.textContent);
    expect(letters.slice(0, 3)).toEqual(['A', 'B', 'C']);
    expect(letters.at(-1)).toBe('By English');
  });

  it('links each term to where it occurs', () => {
    const occurs = [...page.querySelectorAll('#luban-workshop a[href*="#s"]')].map((a) => a.getAttribute('href'));
    expect(occurs).toContain('/statement/section-5/#s5-6');
  });
});

describe('in the browser', () => {
  const { open, url } = useSite();
  const lit = (page: Page) =>
    page
      .locator('.s.lit')
      .evaluateAll((els) =>
        els.map((el) => `${el.closest('.text')?.getAttribute('lang')}:${(el as HTMLElement).dataset.s}`),
      );

  it('lights a sentence and its counterpart on hover, without moving anything', async () => {
    const page = await open('statement/section-2/');
    await page.locator('#s2-5').scrollIntoViewIfNeeded();
    const before = await page.locator('#s2-5').boundingBox();
    await page.locator('#s2-5 [lang="zh-Hans"] [data-s="s2-5.2"]').hover();
    expect(await lit(page)).toEqual(['zh-Hans:s2-5.2', 'en:s2-5.2']);
    expect(await page.locator('#s2-5').boundingBox()).toEqual(before);
    await page.context().close();
  });

  it('lights the pair when a link points at a sentence', async () => {
    const page = await open('statement/section-2/#s2-5.3');
    await page.waitForSelector('.s.lit');
    expect(await lit(page)).toEqual(['zh-Hans:s2-5.3', 'en:s2-5.3']);
    await page.context().close();
  });

  it('moves between the sentences of a paragraph with the arrow keys', async () => {
    const page = await open('statement/section-2/');
    await page.locator('#s2-5\\.1').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('s2-5.2');
    expect(await lit(page)).toEqual(['zh-Hans:s2-5.2', 'en:s2-5.2']);
    await page.context().close();
  });

  it('opens a glossary card with pinyin on a phone tap, and a second tap opens the entry', async () => {
    const page = await open('statement/section-1/', { width: 390, touch: true });
    const term = page.locator(
      '#s1-2 [lang="zh-Hans"] a.term[data-term="permanent-comprehensive-strategic-partnership"]',
    );
    await term.tap();
    const card = page.locator('#term-card');
    await card.waitFor({ state: 'visible' });
    await expect(card.locator('.pinyin').innerText()).resolves.toBe('yǒngjiǔ quánmiàn zhànlüè huǒbàn guānxì');
    await expect(card.locator('.term-en').innerText()).resolves.toBe('permanent comprehensive strategic partnership');
    const box = await card.boundingBox();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390).toBe(true);
    await term.tap();
    await page.waitForURL(/\/glossary\/#permanent-comprehensive-strategic-partnership$/);
    await page.context().close();
  });

  it('opens and closes a footnote card from the keyboard', async () => {
    const page = await open('statement/section-2/');
    await page.locator('#s2-5 [lang="en"] sup.fn a').focus();
    const card = page.locator('#fn-popover');
    await card.waitFor({ state: 'visible' });
    await expect(card.innerText()).resolves.toMatch(/United Nations General Assembly resolution 2758[\s\S]*1971/);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  it('opens a footnote card on tap; a second tap goes to the note', async () => {
    const page = await open('statement/section-2/', { width: 390, touch: true });
    const ref = page.locator('#s2-5 [lang="zh-Hans"] sup.fn a');
    await ref.tap();
    await page.locator('#fn-popover').waitFor({ state: 'visible' });
    await expect(page.locator('#fn-popover').innerText()).resolves.toMatch(/联合国大会第2758号决议/);
    await ref.tap();
    await page.waitForURL(/#fn-section-2-\d+$/);
    await page.context().close();
  });

  it('shows translator’s notes and hides them all, in the URL', async () => {
    const page = await open('statement/section-2/');
    const note = page.locator('#note-resolution-2758');
    await expect(note.isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Hide translator’s notes' }).click();
    await expect(note.isVisible()).resolves.toBe(false);
    // page.url() lags behind history.replaceState; ask the page.
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('notes'))).toBe('off');
    await page.goto(url('statement/section-2/?notes=off'));
    await expect(page.locator('#note-resolution-2758').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it('folds translator’s notes into a note to open on a phone', async () => {
    const page = await open('statement/section-2/', { width: 390 });
    await expect(page.locator('#note-resolution-2758').isVisible()).resolves.toBe(false);
    const details = page.locator('#s2-5 details.tnote');
    await details.locator('summary').click();
    await expect(details.innerText()).resolves.toMatch(/Rendered literally/);
    await page.context().close();
  });
});
