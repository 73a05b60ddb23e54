import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

/**
 * What a new reader meets (issue 14): the text on the first screen, a page
 * that knows where the reader is, calm marks and tools, footnote numbers that
 * behave, and a search that answers with paragraphs. Phone is 390 × 844,
 * desktop 1280 × 900; "both interfaces" are today's English pages and the
 * Chinese /zh/ pages.
 */
const { browser, url } = useSite();

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

async function visit(
  path: string,
  { size = PHONE, javaScript = true }: { size?: { width: number; height: number }; javaScript?: boolean } = {},
): Promise<Page> {
  const phone = size.width < 500;
  const context = await browser().newContext({
    viewport: size,
    isMobile: phone,
    hasTouch: phone,
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  await page.goto(url(path));
  return page;
}

const top = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top);

describe('§2 the first screen is the text', () => {
  it.each([
    ['statement/section-4/', 'English interface, side by side'],
    ['en/statement/section-4/', 'English interface, English only'],
    ['zh/statement/section-4/', 'Chinese interface'],
    ['statement/section-2/', 'English interface, a short part'],
    ['zh/statement/section-2/', 'Chinese interface, a short part'],
  ])('/%s (%s): the first paragraph starts in the top 40 per cent of a phone screen', async (path) => {
    const page = await visit(path);
    const y = await top(page, '.pair .text');
    console.log(
      `first paragraph on a 390×844 phone, /${path}: ${Math.round(y)} px (${((y / 844) * 100).toFixed(1)} %)`,
    );
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(0.4 * 844);
    await page.context().close();
  });

  it.each(['', 'zh/'])(
    '/%s shows every part of the statement on the first phone screen, each row a 44 px link',
    async (path) => {
      const page = await visit(path);
      const rows = page.locator('.parts-list li');
      expect(await rows.count()).toBe(7);
      for (let i = 0; i < 7; i += 1) {
        const row = await rows.nth(i).boundingBox();
        const link = await rows.nth(i).locator('a').boundingBox();
        expect(row!.y).toBeLessThan(844);
        expect(link!.height).toBeGreaterThanOrEqual(44);
        // The whole row is the link.
        expect(link!.width).toBeGreaterThanOrEqual(row!.width - 1);
      }
      await page.context().close();
    },
  );

  it.each([
    ['', PHONE],
    ['zh/', PHONE],
    ['statement/section-2/', PHONE],
    ['zh/statement/section-2/', PHONE],
    ['statement/section-2/', DESKTOP],
  ] as const)('/%s: the header is one row, and its navigation is never clipped (%o)', async (path, size) => {
    for (const javaScript of [true, false]) {
      const page = await visit(path, { size, javaScript });
      const name = await page.locator('.site-name').boundingBox();
      const menu = await page.locator('.site-menu').boundingBox();
      // Site name and menu on one line.
      expect(Math.abs(name!.y + name!.height / 2 - (menu!.y + menu!.height / 2))).toBeLessThan(
        size === PHONE ? 12 : 60,
      );
      if (size === PHONE) {
        expect(await page.locator('.site-bar').evaluate((el) => el.getBoundingClientRect().height)).toBeLessThanOrEqual(
          56,
        );
        await expect(page.locator('.site-menu-body > nav a').first().isVisible()).resolves.toBe(false);
        await page.locator('.site-menu summary').click();
      }
      const links = page.locator('.site-menu-body > nav a');
      expect(await links.count()).toBe(6);
      for (let i = 0; i < 6; i += 1) {
        const box = await links.nth(i).boundingBox();
        expect(box, `link ${i}`).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
        expect(box!.height).toBeGreaterThanOrEqual(44);
        // Nothing scrolls sideways inside the navigation to hide a link.
        expect(await links.nth(i).evaluate((a) => a.closest('nav')!.scrollWidth <= a.closest('nav')!.clientWidth)).toBe(
          true,
        );
      }
      await page.context().close();
    }
  });

  it('sizes the statement’s title for a phone: the English title takes at most six lines', async () => {
    const page = await visit('');
    const lines = await page
      .locator('.home-title-en')
      .evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
    expect(lines).toBeLessThanOrEqual(6);
    await page.context().close();
  });

  it('titles a part with its numeral and subject, in each interface', { timeout: 90_000 }, async () => {
    const en = await visit('en/statement/section-2/');
    await expect(en.locator('h1').innerText()).resolves.toBe('II. Political relations and mutual trust');
    await en.context().close();
    const zh = await visit('zh/statement/section-2/');
    await expect(zh.locator('h1').innerText()).resolves.toBe('二、政治关系与互信');
    await zh.context().close();
    const both = await visit('statement/preamble/', { size: DESKTOP });
    await expect(both.locator('h1 [lang="en"]').innerText()).resolves.toBe(
      'Preamble: Purpose and foundations of the statement',
    );
    await both.context().close();
  });
});

const current = (page: Page) => page.locator('.toc a[aria-current="location"]').innerText();

describe('§3 always know where you are', () => {
  it.each([
    ['statement/section-4/#s4-10', 'IV.10'],
    ['zh/statement/section-4/#s4-10', '四.10'],
    ['statement/section-4/#s4-10.1', 'IV.10'],
    ['statement/section-4/?q=water#s4-21', 'IV.21'],
  ])('marks the paragraph the reader arrived at: /%s', async (path, label) => {
    for (const size of [PHONE, DESKTOP]) {
      const page = await visit(path, { size });
      await expect.poll(() => current(page)).toBe(label);
      // On a phone the chip is scrolled into view inside the bar.
      const chip = await page.locator('.toc a[aria-current]').boundingBox();
      expect(chip!.x).toBeGreaterThanOrEqual(0);
      expect(chip!.x + chip!.width).toBeLessThanOrEqual(size.width);
      await page.context().close();
    }
  });

  it('marks a short link’s paragraph, then the paragraph under the bar while scrolling', async () => {
    const page = await visit('p/s4-15/');
    await page.waitForURL(/#s4-15$/);
    await expect.poll(() => current(page)).toBe('IV.15');
    await page.evaluate(() => {
      const row = document.getElementById('s4-5')!;
      const bar = document.querySelector('.toc')!.getBoundingClientRect().height;
      window.scrollTo(0, row.getBoundingClientRect().top + window.scrollY - bar - 2);
    });
    await expect.poll(() => current(page)).toBe('IV.5');
    await page.context().close();
  });

  it.each([
    'statement/section-4/#s4-10',
    'statement/section-4/#s4-10.1',
    'statement/section-4/#fn-section-4-9',
    'zh/statement/section-3/#s3-6',
    'glossary/#belt-and-road',
    'instruments/#unga-resolution-2758',
  ])('lands /%s clear of the sticky bar', async (path) => {
    for (const javaScript of [true, false]) {
      const page = await visit(path, { javaScript });
      const id = decodeURIComponent(new URL(url(path)).hash.slice(1));
      const target = page.locator(`[id="${id}"]`);
      if ((await target.count()) === 0) {
        await page.context().close();
        continue;
      }
      const y = await target.evaluate((el) => el.getBoundingClientRect().top);
      const barBottom = await page.evaluate(() => {
        const bar = document.querySelector('.toc');
        return bar ? bar.getBoundingClientRect().bottom : 0;
      });
      expect(y, `${path}, JavaScript ${javaScript}`).toBeGreaterThanOrEqual(barBottom);
      expect(y).toBeLessThan(844);
      await page.context().close();
    }
  });

  it('offers "← IV.10" on the register entry reached from a footnote of IV.10, back to the paragraph', async () => {
    const page = await visit('statement/section-4/', { size: DESKTOP });
    await page.locator('#s4-10 [lang="en"] sup.fn a').first().click();
    await page.waitForURL(/#fn-section-4-9$/);
    await page.locator('#fn-section-4-9 a.fn-name').click();
    await page.waitForURL(/\/instruments\/[^/]+\/\?from=s4-10$/);
    const back = page.locator('.entry-back a');
    await expect(back.innerText()).resolves.toBe('← IV.10');
    await back.click();
    await page.waitForURL(/\/statement\/section-4\/#s4-10$/);
    await expect.poll(() => current(page)).toBe('IV.10');
    await page.context().close();
  });

  it('still lists where an entry is cited without JavaScript, and the note link names the paragraph', async () => {
    const page = await visit('instruments/unga-resolution-2758/?from=s2-5', { javaScript: false });
    await expect(page.locator('.cited-in a', { hasText: 'II.5' }).count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('§4 a calm page', () => {
  it.each(['statement/section-4/', 'zh/statement/section-4/', 'en/statement/section-1/'])(
    '/%s: each glossary term is marked once per part, never the names of the two states, and stays a link',
    async (path) => {
      const page = await visit(path, { javaScript: false });
      for (const lang of ['zh-Hans', 'en']) {
        const slugs = await page
          .locator(`.pair .text[lang="${lang}"] a.term`)
          .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).dataset.term ?? ''));
        expect(new Set(slugs).size, lang).toBe(slugs.length);
        expect(slugs).not.toContain('peoples-republic-of-china');
        expect(slugs).not.toContain('republic-of-kazakhstan');
      }
      const term = page.locator('.pair a.term').first();
      expect(await term.getAttribute('href')).toMatch(/\/glossary\/#/);
      await page.context().close();
    },
  );

  it('tells a linked row (a bar in the margin) from a lit sentence pair (a background)', async () => {
    const page = await visit('statement/section-2/#s2-5', { size: DESKTOP });
    const row = page.locator('#s2-5');
    const bar = await row.evaluate((el) => getComputedStyle(el, '::before'));
    expect(bar).toBeDefined();
    expect(await row.evaluate((el) => getComputedStyle(el, '::before').width)).toBe('4px');
    expect(await row.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.locator('#s2-5 [lang="en"] .s[data-s="s2-5.2"]').hover();
    const lit = page.locator('#s2-5 [lang="zh-Hans"] .s[data-s="s2-5.2"]');
    await expect.poll(() => lit.evaluate((el) => el.classList.contains('lit'))).toBe(true);
    // The background fades in over 0.1 s: read it once the fade has run, as the reader sees it.
    await expect.poll(() => lit.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.context().close();
  });

  it.each([
    ['statement/section-4/', DESKTOP, true],
    ['zh/statement/section-4/', PHONE, true],
    ['statement/section-2/', PHONE, false],
  ] as const)(
    '/%s: row tools are not repeated as text; the "⋯" opens them by keyboard or tap',
    async (path, size, javaScript) => {
      const page = await visit(path, { size, javaScript });
      const visibleTools = await page
        .locator('.pair .cite-link, .pair copy-button button')
        .evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      expect(visibleTools).toBe(0);
      const row = page.locator('.pair').nth(2);
      if (size === DESKTOP) {
        await row.locator('.label').focus();
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
      } else await row.locator('.row-menu summary').tap();
      await expect(row.locator('.cite-link').isVisible()).resolves.toBe(true);
      await expect(row.locator('.label').getAttribute('href')).resolves.toMatch(/^#/);
      await page.context().close();
    },
  );

  it.each(['zh/statement/section-2/', 'en/statement/section-2/', 'statement/section-2/'])(
    '/%s: every summary shows a disclosure cue',
    async (path) => {
      for (const size of [PHONE, DESKTOP]) {
        const page = await visit(path, { size });
        const cues = await page
          .locator('summary')
          .evaluateAll((summaries) =>
            summaries
              .filter((s) => s.checkVisibility())
              .map((s) => `${s.textContent ?? ''}${getComputedStyle(s, '::after').content}`),
          );
        expect(cues.length).toBeGreaterThan(0);
        for (const cue of cues) expect(cue).toMatch(/[▾▴▸⋯]/);
        await page.context().close();
      }
    },
  );
});

describe('§6 footnote markers', () => {
  it.each([
    ['statement/section-4/', PHONE],
    ['zh/statement/section-3/', PHONE],
    ['statement/section-4/', DESKTOP],
  ] as const)(
    '/%s: each number is a 24 px target that changes no line spacing, and never breaks from its text (%o)',
    async (path, size) => {
      const page = await visit(path, { size });
      const report = await page.evaluate(() => {
        const problems: string[] = [];
        for (const link of document.querySelectorAll<HTMLAnchorElement>('.pair sup.fn a')) {
          // Numbers in a closed "other language" disclosure are not on screen to be hit.
          if (!link.checkVisibility()) continue;
          const box = link.getBoundingClientRect();
          if (box.width === 0) continue;
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          for (const [dx, dy] of [
            [-11, 0],
            [11, 0],
            [0, -11],
            [0, 11],
          ] as const) {
            link.scrollIntoView({ block: 'center' });
            const b = link.getBoundingClientRect();
            const hit = document.elementFromPoint(b.left + b.width / 2 + dx, b.top + b.height / 2 + dy);
            if (hit !== link)
              problems.push(`${link.hash} misses at ${dx},${dy} (${x},${y}): ${hit?.tagName}.${hit?.className}`);
          }
          // Marker, the word before it and the punctuation after it sit on one line.
          const hold = link.closest('.fn-hold');
          if (!hold) problems.push(`${link.hash} is not held to its word`);
          else if (hold.getClientRects().length !== 1) problems.push(`${link.hash} breaks across lines`);
        }
        // Line spacing: a paragraph with numbers is a whole number of its lines tall (a taller line would not be).
        for (const p of document.querySelectorAll<HTMLElement>('.pair .text > p')) {
          if (!p.querySelector('sup.fn')) continue;
          const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
          const height = p.getBoundingClientRect().height;
          const lines = Math.round(height / lineHeight);
          if (Math.abs(height - lines * lineHeight) > 1.5)
            problems.push(`${p.closest('.pair')?.id}: ${height} px is not ${lines} lines of ${lineHeight} px`);
        }
        return problems;
      });
      expect(report.slice(0, 10)).toEqual([]);
      await page.context().close();
    },
  );

  it(
    'never lets ，、。 start a line after a number in Chinese (行首禁则), at any phone width',
    { timeout: 90_000 },
    async () => {
      for (const width of [320, 360, 390, 414]) {
        const page = await visit('zh/statement/section-4/', { size: { width, height: 844 } });
        const starts = await page.evaluate(() => {
          const bad: string[] = [];
          for (const sup of document.querySelectorAll('[lang="zh-Hans"] sup.fn')) {
            const hold = sup.closest('.fn-hold');
            const after = hold?.nextSibling?.textContent ?? '';
            const inside = hold?.textContent ?? '';
            // Punctuation right after the number is inside the unbreakable span.
            if (/^[，、。；：]/.test(after)) bad.push(`${sup.textContent}: “${inside}” then “${after.slice(0, 3)}”`);
          }
          return bad;
        });
        expect(starts).toEqual([]);
        await page.context().close();
      }
    },
  );

  it(
    'goes to the note on a mouse click; on touch the first tap shows the card and the second goes',
    { timeout: 90_000 },
    async () => {
      const desktop = await visit('statement/section-2/', { size: DESKTOP });
      await desktop.locator('#s2-5 [lang="en"] sup.fn a').click();
      await expect.poll(() => desktop.evaluate(() => location.hash)).toMatch(/^#fn-section-2-\d+$/);
      await desktop.context().close();

      const phone = await visit('zh/statement/section-2/');
      const marker = phone.locator('#s2-5 [lang="zh-Hans"] sup.fn a');
      await marker.tap();
      await expect(phone.locator('.fn-popover').isVisible()).resolves.toBe(true);
      expect(await phone.evaluate(() => location.hash)).toBe('');
      await marker.tap();
      await expect.poll(() => phone.evaluate(() => location.hash)).toMatch(/^#fn-section-2-\d+$/);
      await phone.context().close();
    },
  );
});

async function headerSearch(page: Page, query: string) {
  if (await page.locator('.site-menu summary').isVisible()) await page.locator('.site-menu summary').click();
  const box = page.locator('site-search[data-mode="header"] input');
  await box.fill(query);
  await page.waitForFunction(() => {
    const status = document.querySelector('site-search[data-mode="header"] .search-status')?.textContent ?? '';
    return status !== '' && !status.endsWith('…');
  });
  return page.locator('site-search[data-mode="header"] .search-results');
}

describe('§7 search built for people who want paragraphs', () => {
  it.each([
    ['statement/section-1/', DESKTOP],
    ['statement/section-1/', PHONE],
  ] as const)(
    'lists the paragraphs about “Belt and Road” first, with how many of each kind (%s, %o)',
    async (path, size) => {
      const page = await visit(path, { size });
      const results = await headerSearch(page, 'Belt and Road');
      const groups = await results.locator('.search-group').allInnerTexts();
      expect(groups[0]).toMatch(/^Paragraphs of the statement · \d+$/);
      expect(groups.slice(1).join(' ')).toMatch(/Glossary terms · \d+/);
      const first = await results.locator('li[data-id]').first().getAttribute('data-id');
      expect(first).toMatch(/^s\d-\d+$/);
      // Labels a reader understands.
      const label = await results.locator('.search-hit-label').first().innerText();
      expect(label).toMatch(/^(I|II|III|IV|V)\.\d+ · [A-Z][a-z]/);
      // Stop words are never marked.
      const marked = await results.locator('mark').allInnerTexts();
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked) expect(word.toLowerCase()).not.toMatch(/^(and|the|of)$/);
      await page.context().close();
    },
  );

  it('matches a quoted phrase as a phrase', async () => {
    const page = await visit('search/?q=%22Belt%20and%20Road%22', { size: DESKTOP });
    await page.waitForFunction(() => /\d/.test(document.querySelector('.search-status')?.textContent ?? ''));
    const ids = await page
      .locator('.search-results li[data-id^="s"]')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id ?? ''));
    expect(ids.length).toBeGreaterThan(0);
    const texts = await page.evaluate(async (list) => {
      const data = (await (await fetch('/search/data.json')).json()) as { id: string; en: string }[];
      return list.map((id) => data.find((r) => r.id === id)?.en ?? '');
    }, ids);
    for (const text of texts) expect(text.toLowerCase()).toContain('belt and road');
    await page.context().close();
  });

  it('on landing marks the query in both columns, the Chinese through the glossary', async () => {
    const page = await visit('statement/section-1/', { size: DESKTOP });
    const results = await headerSearch(page, 'Belt and Road');
    await results.locator('li[data-id] a').first().click();
    await page.waitForURL(/\?q=.*#s\d-\d+$/);
    const id = await page.evaluate(() => location.hash.slice(1));
    await expect(page.locator(`#${id} [lang="en"] mark.search-term`).first().innerText()).resolves.toMatch(
      /belt|road/i,
    );
    await expect(page.locator(`#${id} [lang="zh-Hans"] mark.search-term`).first().innerText()).resolves.toBe(
      '一带一路',
    );
    const marks = await page.locator('mark.search-term').allInnerTexts();
    for (const word of marks) expect(word.toLowerCase()).not.toMatch(/^(and|the|of)$/);
    await page.context().close();
  });

  it('labels results in the Chinese interface too', async () => {
    const page = await visit('zh/statement/section-1/', { size: PHONE });
    const results = await headerSearch(page, '一带一路');
    await expect(results.locator('.search-group').first().innerText()).resolves.toMatch(/^声明段落 · \d+$/);
    await expect(results.locator('.search-hit-label').first().innerText()).resolves.toMatch(
      /^[一二三四五]\.\d+ · \p{Script=Han}/u,
    );
    await page.context().close();
  });
});
