import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const { open, url } = useSite();

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).boundingBox();
  if (!found) throw new Error(`${selector} is not visible`);
  return found;
};

describe('reading side by side on a desktop', () => {
  it('shows the Chinese and the English of a paragraph next to each other, starting at the same height', async () => {
    const page = await open('statement/section-2/');
    const zh = await box(page, '#s2-5 .text[lang="zh-Hans"]');
    const en = await box(page, '#s2-5 .text[lang="en"]');
    expect(en.x).toBeGreaterThan(zh.x + zh.width);
    expect(Math.abs(en.y - zh.y)).toBeLessThan(1);
    await expect(page.locator('#s2-5 .text[lang="zh-Hans"]').innerText()).resolves.toMatch(/哈方坚定支持一个中国原则/);
    await page.context().close();
  });

  it('starts every row of a part at the same height in both columns', async () => {
    const page = await open('statement/section-4/');
    const offsets = await page.$$eval('.pair', (rows) =>
      rows.map((row) => {
        const [zh, en] = [...row.querySelectorAll('.text')].map((el) => el.getBoundingClientRect().top);
        return Math.abs((zh ?? 0) - (en ?? 1));
      }),
    );
    expect(offsets).toHaveLength(22);
    expect(Math.max(...offsets)).toBeLessThan(1);
    await page.context().close();
  });
});

describe('reading on a phone', () => {
  it('stacks each English paragraph under its Chinese, with no sideways scrolling at 320 px', async () => {
    const page = await open('statement/section-2/', { width: 320 });
    const zh = await box(page, '#s2-5 .text[lang="zh-Hans"]');
    const en = await box(page, '#s2-5 .text[lang="en"]');
    expect(en.y).toBeGreaterThanOrEqual(zh.y + zh.height);
    const next = await box(page, '#s2-6 .text[lang="zh-Hans"]');
    expect(next.y).toBeGreaterThan(en.y + en.height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('choosing the language of the text', () => {
  it('switches to Chinese only, keeps the English interface, and remembers the choice for the next part opened', async () => {
    const page = await open('statement/section-2/');
    await page
      .getByRole('navigation', { name: 'Language of the text' })
      .getByRole('link', { name: '中文', exact: true })
      .click();
    await page.waitForURL(/\/en\/zh\/statement\/section-2\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('#s2-5 .text[lang="en"]').count()).toBe(0);
    await expect(page.locator('#s2-5 .text[lang="zh-Hans"]').isVisible()).resolves.toBe(true);

    await page.goto(url(''));
    await page.locator('.parts-list a').nth(3).click();
    await page.waitForURL(/\/en\/zh\/statement\/section-3\/$/);
    await page.context().close();
  });

  it('shows both columns in the Chinese interface', async () => {
    const page = await open('zh/statement/section-2/', { width: 390 });
    // On a phone the view switch waits in the header's menu.
    await page.locator('.site-menu summary').click();
    await page.getByRole('navigation', { name: '正文语言' }).getByRole('link', { name: '中文 | English' }).click();
    await page.waitForURL(/\/zh\/both\/statement\/section-2\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await page.locator('#s2-5 .text').count()).toBe(2);
    await page.context().close();
  });

  it('offers English only, with the English in one readable column', async () => {
    const page = await open('en/statement/section-1/');
    expect(await page.locator('[lang="zh-Hans"].text').count()).toBe(0);
    const en = await box(page, '#s1-1 .text[lang="en"]');
    expect(en.width).toBeLessThan(720);
    await page.context().close();
  });
});

describe('linking to a paragraph', () => {
  it('lands a short link /p/<id>/ on the paragraph, highlighted and in view', async () => {
    const page = await open('p/s4-12/');
    await page.waitForURL(/\/statement\/section-4\/#s4-12$/);
    await page.waitForFunction(() => document.querySelector(':target')?.id === 's4-12');
    const row = await box(page, '#s4-12');
    expect(row.y).toBeGreaterThanOrEqual(0);
    expect(row.y).toBeLessThan(900);
    // The linked row has a bar in the margin; its neighbour has none.
    const bar = (id: string) =>
      page.locator(`#${id}`).evaluate((el) => getComputedStyle(el, '::before').backgroundColor);
    expect(await bar('s4-12')).not.toBe(await bar('s4-11'));
    await page.context().close();
  });

  it('lands a short link without JavaScript too', async () => {
    const page = await open('p/pre-3/', { javaScript: false });
    await page.waitForURL(/\/statement\/preamble\/#pre-3$/);
    await expect(page.locator('#pre-3 .text[lang="en"]').innerText()).resolves.toMatch(
      /stress their adherence to the principles/,
    );
    await page.context().close();
  });
});

describe('without JavaScript', () => {
  it('reads every part, and the view links still work', async () => {
    const page = await open('statement/', { javaScript: false });
    expect(await page.locator('.pair').count()).toBe(77);
    await expect(page.locator('#closing .text[lang="en"]').innerText()).resolves.toMatch(/equally authentic/);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(/\/en\/statement\/$/);
    expect(await page.locator('.text[lang="zh-Hans"]').count()).toBe(0);
    await page.context().close();
  });
});
