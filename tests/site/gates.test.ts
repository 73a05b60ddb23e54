import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { htmlFiles } from '../support/dist.ts';
import { useSite } from '../support/site.ts';

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const doc = (file: string) => parseHTML(readFileSync(file, 'utf8')).document;

describe('security', () => {
  it.each(htmlFiles())('%s carries a Content-Security-Policy that allows no inline script', (file) => {
    const page = doc(file);
    const csp = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
    if (!csp) {
      // Only the instant redirect pages may go without one: they run no script.
      expect(page.querySelector('meta[http-equiv="refresh"]'), file).not.toBeNull();
      expect(page.querySelector('script:not([type^="application/"])')).toBeNull();
      return;
    }
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toMatch(/^'self'/);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // What a <meta> policy can carry besides scripts and styles (frame-ancestors it cannot: see _headers).
    const directives = csp.split(';').map((d) => d.trim());
    expect(directives).toEqual(expect.arrayContaining(["object-src 'none'", "base-uri 'self'", "form-action 'self'"]));
    expect(page.querySelector('meta[name="referrer"]')?.getAttribute('content')).toBe(
      'strict-origin-when-cross-origin',
    );
  });

  it('ships the headers a page cannot set itself, for hosts that read _headers', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
    expect(headers).toMatch(/Referrer-Policy: strict-origin-when-cross-origin/);
    expect(headers).toMatch(/Permissions-Policy: camera=\(\)/);
    expect(headers).toMatch(/frame-ancestors 'none'/);
    // The service worker is revalidated on every visit, so a new build reaches readers.
    expect(headers).toMatch(/^\/sw\.js\n\s+Cache-Control: no-cache$/m);
  });

  it('has a worked deploy configuration that applies those headers (Netlify publishes the folder holding _headers)', () => {
    const netlify = readFileSync('netlify.toml', 'utf8');
    expect(netlify).toMatch(/^\s*command = "npm run build"$/m);
    const publish = /^\s*publish = "([^"]+)"$/m.exec(netlify)?.[1];
    expect(publish).toBe('dist');
    expect(existsSync(`${publish}/_headers`)).toBe(true);
  });
});

describe('budgets (bytes, gzip)', () => {
  const assetsOf = (file: string) => {
    const page = doc(file);
    // The stylesheet is inlined (no render-blocking request); count it wherever it is.
    const linkedCss = [...page.querySelectorAll('link[rel="stylesheet"]')]
      .map((l) => readFileSync(`dist${l.getAttribute('href')}`, 'utf8'))
      .join('');
    const css = linkedCss + [...page.querySelectorAll('style')].map((style) => style.textContent ?? '').join('');
    const inlineJs = [...page.querySelectorAll('script[type="module"]:not([src])')]
      .map((s) => s.textContent ?? '')
      .join('');
    const externalJs = [...page.querySelectorAll('script[src]')]
      .map((s) => readFileSync(`dist${s.getAttribute('src')}`, 'utf8'))
      .join('');
    // Static imports of the page's modules load with it, and theirs in turn (the bundler writes them relative,
    // `from"./ids.js"` or `import"./x.js"`); dynamic imports (search) only when asked. Each file counts once.
    const entries = [...page.querySelectorAll('script[src]')].map((s) => s.getAttribute('src') ?? '');
    const loaded = new Set<string>(entries);
    const importsOf = (code: string, from: string) =>
      [...code.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js|\/_astro\/[^"]+\.js)"/g)].map(
        (m) => new URL(m[1]!, `http://site${from}`).pathname,
      );
    const queue = [
      ...entries.flatMap((src) => importsOf(readFileSync(`dist${src}`, 'utf8'), src)),
      ...importsOf(inlineJs, '/'),
    ];
    const importedFiles: string[] = [];
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (loaded.has(next)) continue;
      loaded.add(next);
      importedFiles.push(next);
      queue.push(...importsOf(readFileSync(`dist${next}`, 'utf8'), next));
    }
    const imported = importedFiles.map((file) => readFileSync(`dist${file}`, 'utf8')).join('');
    // The reading text: each column, and in a one-language view the other language behind each paragraph's tap.
    const text = [...page.querySelectorAll('.text, .counterpart-text')].map((el) => el.textContent ?? '').join('\n');
    // What the browser downloads for the page: the HTML (inline styles and scripts are in it), then its files.
    const downloaded = gz(readFileSync(file, 'utf8')) + gz(linkedCss) + gz(externalJs + imported);
    return { css, js: inlineJs + externalJs + imported, importedFiles, downloaded, text };
  };

  it.each([
    'statement/section-4',
    'statement/section-2',
    'zh/statement/section-4',
    'en/statement/section-3',
    'zh/both/statement/section-4',
    'en/zh/statement/section-4',
  ])('%s: CSS ≤ 15 KB, reading-path JS ≤ 10 KB, everything ≤ 1.3 × its text + 30 KB', (path) => {
    const { css, js, importedFiles, downloaded, text } = assetsOf(`dist/${path}/index.html`);
    // The page's modules share code in chunks of their own: a count that missed them would weigh too little.
    expect(importedFiles.length).toBeGreaterThan(0);
    expect(gz(css)).toBeGreaterThan(1_000);
    expect(gz(css)).toBeLessThanOrEqual(15_000);
    expect(gz(js)).toBeLessThanOrEqual(10_000);
    expect(downloaded).toBeLessThanOrEqual(1.3 * gz(text) + 30_000);
  });

  it('blocks rendering with no script file: every script file is a module; inline scripts are tiny', () => {
    const page = doc('dist/statement/section-4/index.html');
    for (const script of page.querySelectorAll('script')) {
      const type = script.getAttribute('type') ?? '';
      if (script.getAttribute('src')) expect(type).toBe('module');
      // The one classic inline script applies the reader's theme before first paint; it fetches nothing.
      else if (!/^(module|application\/.+)$/.test(type)) expect((script.textContent ?? '').length).toBeLessThan(256);
    }
  });
});

describe('search engines and sharing', () => {
  it('lists every reading page, register entry and the glossary in the sitemap, with canonical addresses', () => {
    const sitemap = readFileSync('dist/sitemap.xml', 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    for (const path of [
      'statement/section-4/index.html',
      'zh/statement/index.html',
      'instruments/unga-resolution-2758/index.html',
      'glossary/index.html',
      'commitments/index.html',
      'zh/topics/index.html',
    ]) {
      const canonical = doc(`dist/${path}`).querySelector('link[rel="canonical"]')?.getAttribute('href');
      expect(locs).toContain(canonical);
    }
    expect(locs.every((loc) => existsSync(`dist${new URL(loc!).pathname}index.html`))).toBe(true);
  });

  it('has robots.txt pointing at the sitemap, a favicon and a 404 page', () => {
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/Sitemap: .*\/sitemap\.xml/);
    expect(existsSync('dist/favicon.svg')).toBe(true);
    expect(doc('dist/404.html').querySelector('h1')?.textContent).toMatch(/Page not found/);
  });

  it('links the Chinese, English and side-by-side views of a part with hreflang', () => {
    const page = doc('dist/zh/statement/section-2/index.html');
    const alternates = new Map<string, string>();
    for (const l of page.querySelectorAll('link[rel="alternate"][hreflang]')) {
      alternates.set(l.getAttribute('hreflang') ?? '', new URL(l.getAttribute('href') ?? '').pathname);
    }
    expect(Object.fromEntries(alternates)).toEqual({
      'zh-Hans': '/zh/statement/section-2/',
      en: '/en/statement/section-2/',
      'x-default': '/statement/section-2/',
    });
  });
});

describe('in the browser', () => {
  const { open, url } = useSite();

  it('sends no request to another origin while reading, searching and citing', async () => {
    const page = await open('statement/section-2/');
    const origin = new URL(url('')).origin;
    const away: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) away.push(request.url());
    });
    await page.reload();
    await page.locator('#s2-5 .text[lang="en"] sup.fn a').hover();
    await page.locator('#s2-5 .text[lang="en"] a.term').first().hover();
    await page.waitForSelector('#term-card:not([hidden])');
    await page.keyboard.press('/');
    await page.keyboard.type('transbound');
    await page.waitForSelector('site-search[data-mode="header"] .search-results li[data-id]');
    await page.goto(url('search/?q=%E8%83%BD%E6%BA%90'));
    await page.waitForSelector('.search-results li[data-id]');
    await page.goto(url('cite/s2-5/'));
    await page.goto(url('instruments/unga-resolution-2758/'));
    await page.waitForLoadState('networkidle');
    expect(away).toEqual([]);
    await page.context().close();
  });

  it('can be read and cited with the keyboard alone', async () => {
    const page = await open('statement/section-2/');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to the text');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.keyboard.press('Tab');
    // The part's head: the edition's summary (a closed line), then the notes switch.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Summary (the edition’s)');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Hide translator’s notes');
    // The row's tools wait behind its "⋯": Enter opens it, and the cite link is the next stops.
    let opened = false;
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      if (label === 'Cite II.1') break;
      if (
        !opened &&
        label?.includes('II.1') &&
        (await page.evaluate(() => document.activeElement?.tagName)) === 'SUMMARY'
      ) {
        await page.keyboard.press('Enter');
        opened = true;
      }
    }
    expect(opened).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cite\/s2-1\/$/);
    await page.context().close();
  });
});
