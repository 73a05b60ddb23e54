import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const { browser, url } = useSite();

/** A fresh page that records every uncaught error from the first script on. */
async function openRecording(path: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  await page.goto(url(path));
  return { page, errors };
}

describe('a malformed fragment', () => {
  it.each(['#%', '#100%', '#s4-5..s4-7%', '#s2-5..s2-7%', '#%E4%B8'])(
    'statement/section-4/%s: no error, and every behaviour still works',
    async (fragment) => {
      const { page, errors } = await openRecording(`statement/section-4/${fragment}`);
      // Sentence pairs.
      await page.locator('#s4-7 .text[lang="en"] .s').first().hover();
      await expect.poll(() => page.locator('#s4-7 .text[lang="zh-Hans"] .s.lit').count()).toBe(1);
      // Footnote and glossary cards.
      await page.locator('#s4-1 .text[lang="en"] sup.fn a').first().hover();
      await page.locator('#fn-popover').waitFor({ state: 'visible' });
      await page.locator('.pair .text[lang="en"] a.term').first().hover();
      await page.locator('#term-card').waitFor({ state: 'visible' });
      // The contents bar, the copy buttons, the theme button.
      expect(await page.locator('progress.toc-progress').evaluate((p) => p.hasAttribute('value'))).toBe(true);
      // Row tools wait behind the row's "⋯"; opening it shows the working copy button.
      await page.locator('#s4-7 .row-menu summary').click();
      await expect(page.locator('#s4-7 .tools copy-button button').isVisible()).resolves.toBe(true);
      // The theme button's first press changes what the reader sees: light to dark, or dark to light.
      const shown = () =>
        page.evaluate(
          () =>
            document.documentElement.dataset.theme ??
            (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
        );
      const before = await shown();
      await page.locator('theme-toggle button').click();
      expect(await shown()).toBe(before === 'dark' ? 'light' : 'dark');
      // Keyboard reading: j moves to a paragraph.
      await page.locator('h1').click();
      await page.keyboard.press('j');
      expect(await page.evaluate(() => location.hash)).toMatch(/^#s4-\d+$/);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('says what is wrong with a range whose end is malformed', async () => {
    const { page, errors } = await openRecording('statement/section-4/#s4-5..s4-7%');
    await expect(page.locator('.range-note').innerText()).resolves.toMatch(/unknown paragraph id “s4-7%”/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('search on a bad network', () => {
  // The header box answers English from the edition's own index; the search page asks Pagefind.
  it.each([
    ['statement/section-2/', '**/search/index.json', '能源', 'Search is unavailable', 'header'],
    ['zh/statement/section-2/', '**/search/index.json', '能源', '搜索暂不可用', 'header'],
    ['statement/section-2/', '**/search/en/*.json', 'energy', 'Search is unavailable', 'header'],
    ['search/', '**/pagefind/pagefind.js', 'energy', 'Search is unavailable', 'page'],
  ])(
    '%s: while %s fails, says search is unavailable; once it loads, the next keystroke searches',
    async (path, failing, query, unavailable, mode) => {
      const box = `site-search[data-mode="${mode}"]`;
      const { page, errors } = await openRecording(path);
      // On the context, so a request the service worker makes on the page’s behalf fails too.
      // The box fetches the texts as soon as it is focused, so the network stays down until
      // the reader has been told; a single failure would be retried before anyone saw it.
      const down = (route: import('playwright-core').Route) => route.abort();
      await page.context().route(failing, down);
      const input = page.locator(`${box} input[name="q"]`);
      await input.click();
      await input.pressSequentially(query);
      const status = page.locator(`${box} .search-status`);
      await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain(unavailable);
      await page.context().unroute(failing, down);
      await input.press('End');
      await input.pressSequentially(' ');
      await expect.poll(() => page.locator(`${box} li[data-id]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await expect(status.innerText()).resolves.not.toContain(unavailable);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('shows $ patterns in a query as typed in the status line', async () => {
    const { page } = await openRecording('search/');
    const input = page.locator('site-search[data-mode="page"] input[name="q"]');
    await input.fill("zqxj$&$'$`");
    await input.press('Enter');
    await expect
      .poll(() => page.locator('.search-status').innerText(), { timeout: 10_000 })
      .toBe("Nothing contains “zqxj$&$'$`”.");
    await page.context().close();
  });

  it('ignores soft hyphens, zero-width characters and direction marks in a query', async () => {
    const { page } = await openRecording('search/');
    const input = page.locator('site-search[data-mode="page"] input[name="q"]');
    const ids = () =>
      page.locator('.search-results li[data-id]').evaluateAll((li) => li.map((l) => (l as HTMLElement).dataset.id));
    await input.fill('trans\u00ADbound\u200Bary\u200F');
    await input.press('Enter');
    await expect.poll(ids, { timeout: 10_000 }).toContain('s4-9');
    await input.fill('\u2066能\u200D源\uFEFF');
    await input.press('Enter');
    await expect.poll(ids, { timeout: 10_000 }).toContain('s4-7');
    await page.context().close();
  });
});
