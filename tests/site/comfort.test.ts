import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { pdfText } from '../support/pdf-text.ts';
import { CHROMIUM } from '../support/browser.ts';
import { useSite } from '../support/site.ts';

const { open, browser, url } = useSite();

describe('keyboard reading', () => {
  it('moves with j and k, copies the current paragraph’s link with c, and leaves typing alone', async () => {
    const page = await open('statement/section-2/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('')).origin });
    await page.waitForFunction(() => customElements.get('toc-progress') !== undefined);
    // page.url() lags behind history.replaceState; ask the page.
    const hash = () => page.evaluate(() => location.hash);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await hash()).toBe('#s2-2');
    await page.keyboard.press('k');
    expect(await hash()).toBe('#s2-1');
    await page.keyboard.press('c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(url('p/s2-1/'));
    await page.locator('site-search[data-mode="header"] input').focus();
    await page.keyboard.type('jk');
    await expect(page.locator('site-search[data-mode="header"] input').inputValue()).resolves.toBe('jk');
    expect(await hash()).toBe('#s2-1');
    await page.context().close();
  });

  it('goes to the next part with ] and shows the keys with ?', async () => {
    const page = await open('statement/section-2/');
    await page.keyboard.press('?');
    await expect(page.locator('dialog.shortcuts').isVisible()).resolves.toBe(true);
    await expect(page.locator('dialog.shortcuts').innerText()).resolves.toMatch(/next paragraph/);
    await page.keyboard.press('Escape');
    await page.keyboard.press(']');
    await page.waitForURL(/\/statement\/section-3\/$/);
    await page.context().close();
  });
});

describe('dark mode', () => {
  it('follows the system, and a chosen theme is applied before first paint, without breaking the CSP', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) refused.push(m.text());
    });
    await page.goto(url('statement/section-1/'));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(22, 22, 26)');
    // The first tap changes what the reader sees: the system is dark, so the button offers light.
    await page.getByRole('button', { name: 'Light theme' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(253, 252, 249)');
    // The next page: light before any module script has run.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          (window as unknown as { themeAtParse: string | undefined }).themeAtParse =
            document.documentElement.dataset.theme;
      });
    });
    await page.goto(url('statement/section-2/'));
    expect(await page.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse)).toBe('light');
    expect(refused).toEqual([]);
    // A second tap shows dark again, which is the system's choice: nothing is stored any more.
    await page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await background()).toBe('rgb(22, 22, 26)');
    expect(await page.evaluate(() => localStorage.getItem('statement-theme'))).toBeNull();
    await context.close();
  });

  it('changes what the reader sees on the first tap in a light system too, in the Chinese interface', async () => {
    const context = await browser().newContext({ colorScheme: 'light', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(url('zh/statement/section-1/'));
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(253, 252, 249)');
    // On a phone the theme button waits in the header's menu.
    await page.locator('.site-menu summary').click();
    await page.getByRole('button', { name: '深色主题' }).click();
    expect(await background()).toBe('rgb(22, 22, 26)');
    await context.close();
  });
});

describe('print', () => {
  it('prints the text with labels and notes, spells out external addresses, and drops the controls', async () => {
    const page = await open('statement/section-2/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header nav[aria-label="Site"]').isVisible()).resolves.toBe(false);
    await expect(page.locator('site-search').first().isVisible()).resolves.toBe(false);
    await expect(page.locator('#s2-5 .label').isVisible()).resolves.toBe(true);
    await expect(page.locator('#note-resolution-2758').isVisible()).resolves.toBe(true);
    await expect(page.locator('.notice').isVisible()).resolves.toBe(true);
    const after = await page
      .locator('.footnotes a.external')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/attr\(href\)|<http/);
    await page.context().close();
  });

  it.each(['statement/section-2/', 'zh/both/statement/section-2/'])(
    'prints /%s without the theme control, the interface switch or "Back to" links; a note title is not smaller than its metadata',
    async (path) => {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['.theme-toggle', '.interface-switch', '.fn-back']) {
        await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
      }
      const size = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(await size('.footnotes .fn-name')).toBeGreaterThanOrEqual(await size('.footnotes .fn-meta'));
      await page.context().close();
    },
  );

  it('prints a cite page without its way back', async () => {
    const page = await open('zh/cite/s2-5/');
    await expect(page.getByRole('link', { name: /返回本段/ }).isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('link', { name: /返回本段/ }).isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it.runIf(existsSync(CHROMIUM))('builds the bilingual and single-language PDFs', () => {
    for (const file of ['statement.pdf', 'statement.zh.pdf', 'statement.en.pdf']) {
      const pdf = readFileSync(`dist/data/${file}`);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(100_000);
    }
    // The footer in the language of the text printed (the Chinese PDF in Chinese), as on every page.
    const footers = (file: string, note: string) =>
      pdfText(readFileSync(`dist/data/${file}`))
        .split('\n')
        .filter((line) => line === note || line === `${note} · `).length;
    expect(footers('statement.zh.pdf', '中文为作准文本')).toBeGreaterThan(3);
    expect(
      footers('statement.en.pdf', 'Unofficial English translation · the Chinese text is authentic'),
    ).toBeGreaterThan(3);
    expect(footers('statement.pdf', 'Unofficial English translation · the Chinese text is authentic')).toBeGreaterThan(
      3,
    );
  });
});

describe('one language, the other one tap away', () => {
  it('opens the English of a paragraph in the Chinese-only view, without JavaScript', async () => {
    const page = await open('zh/statement/section-2/', { javaScript: false, width: 390 });
    const other = page.locator('#s2-5 details.counterpart');
    await expect(other.locator('.counterpart-text[lang="en"]').isVisible()).resolves.toBe(false);
    await other.locator('summary').click();
    await expect(other.locator('.counterpart-text[lang="en"]').innerText()).resolves.toMatch(
      /^The Kazakh side firmly supports the one-China principle/,
    );
    await page.context().close();
  });
});

describe('contents of a long part', () => {
  it('lists the 22 paragraphs of part IV, marks the one being read and how far the reader is', async () => {
    const page = await open('statement/section-4/');
    const toc = page.getByRole('navigation', { name: 'Paragraphs of this part' });
    expect(await toc.getByRole('link').count()).toBe(22);
    // Bring IV.12 just under the contents bar.
    await page.evaluate(() => {
      const top = document.getElementById('s4-12')!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - document.querySelector('.toc')!.getBoundingClientRect().height - 2);
    });
    await expect.poll(() => toc.locator('a[aria-current]').innerText()).toBe('IV.12');
    const value = await page.locator('progress.toc-progress').evaluate((p) => (p as HTMLProgressElement).value);
    expect(value).toBeGreaterThan(30);
    expect(value).toBeLessThan(80);
    await page.context().close();
  });
});

describe('offline', () => {
  it('reads the statement offline after one visit', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(url('statement/section-1/'));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      // The install step stores every reading page; wait until it has.
      for (let i = 0; i < 50 && !(await caches.keys()).length; i += 1) await new Promise((r) => setTimeout(r, 100));
    });
    await page.waitForFunction(async () =>
      (await caches.open((await caches.keys())[0]!)).match(location.origin + '/statement/section-5/').then(Boolean),
    );
    await context.setOffline(true);
    await page.goto(url('statement/section-5/'));
    await expect(page.locator('#s5-6 .text[lang="zh-Hans"]').innerText()).resolves.toMatch(/鲁班工坊/);
    await context.close();
  });
});

describe('on a 320 px phone', () => {
  it.each([
    '',
    'zh/statement/section-4/',
    'zh/both/statement/section-4/',
    'zh/instruments/unga-resolution-2758/',
    'zh/glossary/',
    'statement/section-4/',
    'instruments/unga-resolution-2758/',
    'instruments/links/',
    'glossary/',
    'cite/s2-5/',
    'data/',
  ])('/%s has no sideways scrolling', async (path) => {
    const page = await open(path, { width: 320 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('gives the reading controls tap targets of at least 44 px', async () => {
    const page = await open('statement/section-4/', { width: 320 });
    // The row's tools and the site's navigation are one tap away, in menus.
    await page.locator('#s4-9 .row-menu summary').click();
    await page.locator('.site-menu summary').click();
    for (const selector of [
      '#s4-9 .row-menu summary',
      '.site-menu summary',
      '#s4-9 .label',
      '#s4-9 .tools .copy',
      '#s4-9 .cite-link',
      '.toc a',
      '.views a',
      '.site-header nav a',
      '.theme-toggle',
      '.interface-switch',
    ]) {
      const box = await page.locator(selector).first().boundingBox();
      expect(box?.height, selector).toBeGreaterThanOrEqual(44);
    }
    await page.context().close();
  });
});
