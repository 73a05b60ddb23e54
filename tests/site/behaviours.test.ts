import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const { browser, url } = useSite();

/**
 * Opens a page and keeps the text of every script the browser downloaded for it.
 * The reading behaviours name what they put on the page: the footnote card is
 * `#fn-popover`, the glossary card `#term-card`, the sentence chip `.sentence-chip`.
 * Code that can show them holds those names; a page that never downloads them cannot.
 */
async function openCounting(path: string): Promise<{ page: Page; scripts: () => Promise<string> }> {
  const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.text().catch(() => ''));
  });
  await page.goto(url(path), { waitUntil: 'networkidle' });
  const inline = () =>
    page.locator('script[type="module"]:not([src])').evaluateAll((all) => all.map((s) => s.textContent).join('\n'));
  return { page, scripts: async () => [...(await Promise.all(bodies)), await inline()].join('\n') };
}

const READING_CODE = ['fn-popover', 'term-card', 'sentence-chip'];

describe('behaviours load only on the pages that use them', () => {
  it.each(['about/', 'zh/glossary/', 'instruments/unga-resolution-2758/', 'search/'])(
    '%s downloads no footnote card, glossary card, sentence chip or contents bar, and its page-wide behaviours work',
    async (path) => {
      const { page, scripts } = await openCounting(path);
      const code = await scripts();
      for (const name of READING_CODE) expect(code, name).not.toContain(name);
      // None of the reading page's elements was taught to behave…
      for (const element of ['toc-progress', 'notes-toggle', 'copy-button'])
        expect(await page.evaluate((name) => customElements.get(name) === undefined, element), element).toBe(true);
      // …while the header's still do: the theme button changes the theme, and "?" opens the keys.
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme ?? 'system');
      const before = await theme();
      await page.locator('theme-toggle button').click();
      expect(await theme()).not.toBe(before);
      await page.locator('h1').click();
      await page.keyboard.press('?');
      await expect(page.locator('dialog.shortcuts').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
      await page.context().close();
    },
  );

  it('a part page downloads its cards and sentence code, and they work', async () => {
    const { page, scripts } = await openCounting('statement/section-4/');
    const code = await scripts();
    for (const name of READING_CODE) expect(code, name).toContain(name);
    await page.locator('#s4-1 .text[lang="en"] sup.fn a').first().hover();
    await page.locator('#fn-popover').waitFor({ state: 'visible' });
    await page.locator('#s4-7 .text[lang="en"] .s').first().hover();
    await expect.poll(() => page.locator('#s4-7 .text[lang="zh-Hans"] .s.lit').count()).toBe(1);
    expect(await page.locator('progress.toc-progress').evaluate((p) => p.hasAttribute('value'))).toBe(true);
    // What the scripts write is styled by the component that starts them: the chip floats over the text.
    await page.locator('#s4-7 .text[lang="en"] .s').first().click();
    await expect
      .poll(() => page.locator('.sentence-chip').evaluate((chip) => getComputedStyle(chip).position))
      .toBe('absolute');
    await page.context().close();
  });

  it('a cite page gets its copy buttons and its citation panel, and no reading code', async () => {
    const { page, scripts } = await openCounting('cite/s2-5/');
    const code = await scripts();
    for (const name of READING_CODE) expect(code, name).not.toContain(name);
    expect(await page.evaluate(() => customElements.get('copy-button') !== undefined)).toBe(true);
    expect(await page.evaluate(() => customElements.get('cite-panel') !== undefined)).toBe(true);
    await page.context().close();
  });
});

/** The rules the built page carries, from its inlined <style>s. */
const stylesOf = (path: string) =>
  [...readFileSync(`dist/${path}index.html`, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => m[1])
    .join('');

// Selectors only a reading page's components write: the rows, their menu and chip, the notes, the footnotes,
// the contents bar, the part navigation.
const READING_RULES = ['.row-menu', '.sentence-chip', '.tnote', '.footnotes', '.toc-progress', '.part-nav'];

describe('styles come with their components', () => {
  it.each(['about/', 'zh/glossary/', 'search/', 'cite/s2-5/'])(
    "%s carries none of the reading components' rules, and the header's",
    (path) => {
      const css = stylesOf(path);
      for (const rule of READING_RULES) expect(css, rule).not.toContain(rule);
      for (const rule of ['.site-menu', '.interface-switch', '.search-results-header'])
        expect(css, rule).toContain(rule);
    },
  );

  it('a part page carries them, and the commitments table only the commitments page', () => {
    const css = stylesOf('statement/section-4/');
    for (const rule of READING_RULES) expect(css, rule).toContain(rule);
    expect(css).not.toContain('.commitments');
    expect(stylesOf('commitments/')).toContain('.commitments');
  });
});
