import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { htmlFiles } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;
const fileOf = (path: string) =>
  `dist${path.split(/[?#]/)[0]}${path.split(/[?#]/)[0]?.endsWith('/') ? 'index.html' : ''}`;

// Each page type, its English address and the Chinese twin the 中文 switch must lead to.
const TWINS = [
  ['home', '/', '/zh/'],
  ['part, both columns', '/statement/section-2/', '/zh/both/statement/section-2/'],
  ['part, Chinese only', '/en/zh/statement/section-2/', '/zh/statement/section-2/'],
  ['part, English only', '/en/statement/section-2/', '/zh/en/statement/section-2/'],
  ['whole statement', '/statement/', '/zh/both/statement/'],
  ['register', '/instruments/', '/zh/instruments/'],
  ['register entry', '/instruments/unga-resolution-2758/', '/zh/instruments/unga-resolution-2758/'],
  ['links page', '/instruments/links/', '/zh/instruments/links/'],
  ['glossary', '/glossary/', '/zh/glossary/'],
  ['search', '/search/', '/zh/search/'],
  ['cite page', '/cite/s2-5/', '/zh/cite/s2-5/'],
  ['cite the whole', '/cite/', '/zh/cite/'],
  ['open data', '/data/', '/zh/data/'],
  ['about', '/about/', '/zh/about/'],
  ['cite a sentence', '/cite/s4-5.1/', '/zh/cite/s4-5.1/'],
  ['short link of a sentence', '/p/s4-5.1/', '/zh/p/s4-5.1/'],
  ['topics', '/topics/', '/zh/topics/'],
  ['commitments', '/commitments/', '/zh/commitments/'],
  ['formulations', '/formulations/', '/zh/formulations/'],
  ['offline page', '/offline/', '/zh/offline/'],
] as const;

describe('two interfaces, every page type', () => {
  it.each(TWINS)('%s: %s and %s link to each other with hreflang, each in its own language', (_, en, zh) => {
    const english = doc(fileOf(en));
    const chinese = doc(fileOf(zh));
    expect(english.documentElement.getAttribute('lang')).toBe('en');
    expect(chinese.documentElement.getAttribute('lang')).toBe('zh-Hans');
    const toZh = english.querySelector('header a[data-interface-switch]');
    expect(toZh?.getAttribute('hreflang')).toBe('zh-Hans');
    expect(toZh?.getAttribute('href')).toBe(zh);
    expect(toZh?.textContent?.trim()).toBe('中文');
    const toEn = chinese.querySelector('header a[data-interface-switch]');
    expect(toEn?.getAttribute('hreflang')).toBe('en');
    expect(toEn?.getAttribute('href')).toBe(en);
    expect(toEn?.textContent?.trim()).toBe('English');
  });

  it('gives the Chinese interface a short link and a cite page for every sentence, landing in it', () => {
    const permalinks = JSON.parse(readFileSync('dist/permalinks.json', 'utf8')) as Record<string, string>;
    const sentences = Object.entries(permalinks).filter(([id]) => id.includes('.'));
    expect(sentences).toHaveLength(115);
    for (const [id, place] of sentences) {
      const refresh = doc(fileOf(`/zh/p/${id}/`))
        .querySelector('meta[http-equiv="refresh"]')
        ?.getAttribute('content');
      // The published place is the both-columns view; the Chinese interface reads it as /zh/statement/….
      expect(refresh, id).toBe(`0; url=/zh${place}`);
      const cite = doc(fileOf(`/zh/cite/${id}/`));
      expect(cite.documentElement.getAttribute('lang'), id).toBe('zh-Hans');
      expect(cite.querySelector('h1')?.textContent, id).toMatch(/^引用第 .+ 段第\d+句$/);
    }
  });

  it('keeps every address published before: same interface, same text view', () => {
    const columns = (path: string) =>
      [...doc(fileOf(path)).querySelectorAll('#s2-5 .text')].map((el) => el.getAttribute('lang'));
    expect(columns('/statement/section-2/')).toEqual(['zh-Hans', 'en']);
    expect(columns('/zh/statement/section-2/')).toEqual(['zh-Hans']);
    expect(columns('/en/statement/section-2/')).toEqual(['en']);
    expect(doc(fileOf('/zh/statement/section-2/')).documentElement.getAttribute('lang')).toBe('zh-Hans');
    expect(doc(fileOf('/en/statement/section-2/')).documentElement.getAttribute('lang')).toBe('en');
    // The new combinations.
    expect(columns('/zh/both/statement/section-2/')).toEqual(['zh-Hans', 'en']);
    expect(columns('/zh/en/statement/section-2/')).toEqual(['en']);
    expect(columns('/en/zh/statement/section-2/')).toEqual(['zh-Hans']);
  });

  it('keeps a reader of a Chinese-interface page in the Chinese interface on every link to another page', () => {
    const langOf = new Map<string, string | null>();
    const leaks: string[] = [];
    for (const file of htmlFiles('dist/zh')) {
      for (const a of doc(file).querySelectorAll('a[href^="/"]:not([data-interface-switch])')) {
        const target = fileOf(a.getAttribute('href') ?? '');
        if (!target.endsWith('.html') || !existsSync(target)) continue;
        if (!langOf.has(target)) langOf.set(target, doc(target).documentElement.getAttribute('lang'));
        if (langOf.get(target) !== 'zh-Hans') leaks.push(`${file} → ${a.getAttribute('href')}`);
      }
      for (const form of doc(file).querySelectorAll('form[action]')) {
        if (!form.getAttribute('action')?.startsWith('/zh/'))
          leaks.push(`${file} form → ${form.getAttribute('action')}`);
      }
    }
    expect(leaks.slice(0, 10)).toEqual([]);
  }, 180_000);

  it('shows no English interface words on Chinese pages: nav, buttons, labels, headings, field names', () => {
    const words: string[] = [];
    for (const [, , zh] of TWINS) {
      const page = doc(fileOf(zh));
      const ui = page.querySelectorAll(
        'header nav, header .notice, button, label, legend, summary, dt, th, h1, h2, h3, .part-nav, .pdf-links, .site-footer',
      );
      for (const el of ui) {
        const clone = el.cloneNode(true) as Element;
        for (const quoted of clone.querySelectorAll('[lang], code, kbd')) quoted.remove();
        // Proper names of formats and citation styles stay as they are written.
        const text = (clone.textContent ?? '').replace(
          /[\w.-]+\.(bib|ris|json|txt|md|xml|pdf)\b|GB\/T|Chicago|OSCOLA|APA|BibTeX|RIS|CSL-JSON|JSON|Schema|TEI|PDF|A4|Markdown|SHA-256|XML/g,
          '',
        );
        const latin = text.match(/[A-Za-z]{2,}/g);
        if (latin) words.push(`${zh} <${el.tagName.toLowerCase()}>: ${latin.join(' ')}`);
      }
    }
    expect(words).toEqual([]);
  });

  it('writes dates and punctuation the Chinese way in the Chinese interface', () => {
    const entry = doc(fileOf('/zh/instruments/unga-resolution-2758/'));
    expect(entry.querySelector('.facts time')?.textContent).toBe('1971年10月25日');
    expect(entry.querySelector('.facts')?.textContent).toMatch(/（通过）/);
    expect(doc(fileOf('/zh/glossary/')).querySelector('.term-entry .meta')?.textContent).toMatch(/译法：/);
  });

  it('separates items with " · " and never runs two languages together', () => {
    for (const path of [
      '/',
      '/zh/',
      '/instruments/',
      '/zh/instruments/unga-resolution-2758/',
      '/instruments/unga-resolution-2758/',
    ]) {
      // Each block on its own: text runs together only inside one paragraph, item or field.
      for (const block of doc(fileOf(path)).querySelectorAll(
        'main p, main li, main dt, main dd, main h1, main h2, main h3',
      )) {
        const clone = block.cloneNode(true) as Element;
        for (const br of clone.querySelectorAll('br')) br.replaceWith(' '); // a line break separates too
        const text = (clone.textContent ?? '').replace(/\s+/g, ' ');
        // (Between two Chinese characters · is the name dot of 卡瑟姆若马尔特·托卡耶夫, not a separator.)
        expect(text.match(/[^\s\u4e00-\u9fff]·|·[^\s\u4e00-\u9fff]/g), `${path}: ${text}`).toBeNull();
        // An English word straight into Chinese ("Agreements协定") is a run-on.
        expect(text.match(/[a-z]{2}[\u4e00-\u9fff]/g), `${path}: ${text}`).toBeNull();
      }
    }
  });

  it('lists both interfaces in the sitemap and links them with hreflang', () => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    for (const path of ['/zh/both/statement/section-2/', '/en/zh/statement/', '/zh/instruments/', '/zh/about/'])
      expect(sitemap).toContain(`${path}</loc>`);
    const alternates = new Map<string, string>();
    for (const l of doc(fileOf('/zh/glossary/')).querySelectorAll('link[rel="alternate"]')) {
      alternates.set(l.getAttribute('hreflang') ?? '', new URL(l.getAttribute('href') ?? '').pathname);
    }
    expect(Object.fromEntries(alternates)).toEqual({
      en: '/glossary/',
      'zh-Hans': '/zh/glossary/',
      'x-default': '/glossary/',
    });
    const canonical = doc(fileOf('/zh/both/statement/section-2/')).querySelector('link[rel="canonical"]');
    expect(new URL(canonical?.getAttribute('href') ?? '').pathname).toBe('/zh/both/statement/section-2/');
  });

  it('links the three PDFs from /data/, the home pages and every part', () => {
    for (const path of ['/data/', '/zh/data/', '/', '/zh/', '/statement/section-3/', '/zh/statement/closing/']) {
      const hrefs = [...doc(fileOf(path)).querySelectorAll('a[href$=".pdf"]')].map((a) => a.getAttribute('href'));
      expect(new Set(hrefs), path).toEqual(
        new Set(['/data/statement.pdf', '/data/statement.zh.pdf', '/data/statement.en.pdf']),
      );
    }
  });
});

describe('in the browser', () => {
  const { browser, url } = useSite();

  it.each([
    { width: 1280, from: 'statement/section-2/#s2-5', to: /\/zh\/both\/statement\/section-2\/#s2-5$/ },
    { width: 390, from: 'zh/statement/section-4/#s4-9', to: /\/en\/zh\/statement\/section-4\/#s4-9$/ },
  ])('the interface switch keeps the view and the paragraph ($width px)', async ({ width, from, to }) => {
    const context = await browser().newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto(url(from));
    await page.locator('header a[data-interface-switch]').click();
    await page.waitForURL(to);
    const id = from.split('#')[1] ?? '';
    expect(await page.evaluate(() => location.hash)).toBe(`#${id}`);
    await expect(page.locator(`[id="${id}"]`).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it.each([1280, 390])('searches with Enter and stays in the Chinese interface (%i px)', async (width) => {
    const context = await browser().newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    await page.goto(url('zh/statement/section-1/'));
    const box = page.locator('header input[type="search"]');
    if (!(await box.isVisible())) await page.goto(url('zh/search/'));
    const input = (await box.isVisible()) ? box : page.locator('main input[type="search"]');
    await input.fill('能源');
    await input.press('Enter');
    await page.waitForURL(/\/zh\/search\/\?q=/);
    await page.waitForSelector('main .search-results li a');
    expect(await page.locator('main .search-status').textContent()).toMatch(/^\d+ 条结果$/);
    const hrefs = await page
      .locator('main .search-results a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/zh/'))).toBe(true);
    await context.close();
  });

  it('offers the Chinese interface once to a browser that prefers Chinese, and never redirects', async () => {
    const context = await browser().newContext({ locale: 'zh-CN', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(url('statement/section-2/'));
    const offer = page.getByRole('complementary', { name: '界面语言' });
    await expect(offer.isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe('/statement/section-2/');
    expect(await offer.getByRole('link', { name: '切换到中文界面' }).getAttribute('href')).toBe(
      '/zh/both/statement/section-2/',
    );
    await offer.getByRole('button', { name: '不用了' }).click();
    await expect(offer.isVisible()).resolves.toBe(false);
    await page.reload();
    await expect(page.locator('[data-interface-offer]').isVisible()).resolves.toBe(false);
    await context.close();

    const english = await browser().newContext({ locale: 'en-GB' });
    const other = await english.newPage();
    await other.goto(url(''));
    await expect(other.locator('[data-interface-offer]').isVisible()).resolves.toBe(false);
    await english.close();
  });

  it('sets the Chinese interface in a sans face and English quoted in it in the Latin face', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(url('zh/instruments/unga-resolution-2758/'));
    const font = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(await font('header nav a')).toMatch(/Noto Sans CJK SC/);
    expect(await font('header nav a')).not.toMatch(/Serif/);
    expect(await font('main h1 [lang="en"]')).toMatch(/Charter|Georgia|serif/);
    await context.close();
  });
});

describe('sentence chip', () => {
  const { browser, url } = useSite();

  it.each([
    {
      width: 1280,
      touch: false,
      path: 'statement/section-2/',
      link: '/p/s2-5.2/',
      cite: '/cite/s2-5.2/',
      name: 'Copy link',
    },
    {
      width: 390,
      touch: true,
      path: 'zh/both/statement/section-2/',
      link: '/zh/p/s2-5.2/',
      cite: '/zh/cite/s2-5.2/',
      name: '复制链接',
    },
  ])(
    'tapping a sentence offers link · cite · share ($width px, $path)',
    async ({ width, touch, path, link, cite, name }) => {
      const context = await browser().newContext({
        viewport: { width, height: 844 },
        hasTouch: touch,
        isMobile: touch,
      });
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const page = await context.newPage();
      await page.goto(url(path));
      const sentence = page.locator('#s2-5 .text[lang="zh-Hans"] .s[data-s="s2-5.2"]');
      // A point inside the sentence's first line (a sentence spanning lines has a box wider than its text).
      await sentence.scrollIntoViewIfNeeded();
      const { x, y } = await sentence.evaluate((el) => {
        const r = el.getClientRects()[0]!;
        return { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 };
      });
      if (touch) await page.touchscreen.tap(x, y);
      else await page.mouse.click(x, y);
      const chip = page.locator('.sentence-chip');
      await expect(chip.isVisible()).resolves.toBe(true);
      // Nothing moved: the chip is out of the flow.
      expect(await chip.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
      expect(new URL(await chip.getByRole('link').evaluate((a) => (a as HTMLAnchorElement).href)).pathname).toBe(cite);
      await chip.getByRole('button', { name }).click();
      expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(link);
      const box = await chip.getByRole('button').first().boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
      await context.close();
    },
  );

  it('is reached by keyboard after its sentence and hands the sentence to the share sheet where there is one', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      (navigator as unknown as { share: (data: ShareData) => Promise<void> }).share = (data) => {
        (window as unknown as { shared: ShareData }).shared = data;
        return Promise.resolve();
      };
    });
    const page = await context.newPage();
    await page.goto(url('statement/section-2/'));
    await page.locator('#s2-5 .s[data-s="s2-5.1"][id]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.sentence-chip').getAttribute('data-for')).resolves.toBe('s2-5.2');
    // The links inside the sentence (its footnote number) come first, then the chip.
    for (let i = 0; i < 5 && !(await page.evaluate(() => !!document.activeElement?.closest('.sentence-chip'))); i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Share');
    await page.keyboard.press('Enter');
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
    expect(new URL(shared.url ?? '').pathname).toBe('/p/s2-5.2/');
    expect(shared.text).toContain('2758');
    await page.keyboard.press('Escape');
    await expect(page.locator('.sentence-chip').count()).resolves.toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-s'))).toBe('s2-5.2');
    await context.close();
  });
});
