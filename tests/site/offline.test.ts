import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useSite } from '../support/site.ts';

const { browser, url } = useSite();

/** Opens a page in a fresh context and waits until the service worker is active and has stored the reading pages. */
async function visit(path: string, within?: BrowserContext): Promise<{ context: BrowserContext; page: Page }> {
  const context = within ?? (await browser().newContext());
  const page = await context.newPage();
  await page.goto(url(path));
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active!;
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    }
  });
  return { context, page };
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

/** Every key of the edition's cache on this origin (the one it has now). */
const storedPaths = (page: Page) =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('cn-kz-joint-statement / '));
    const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
    return keys.map((request) => new URL(request.url).pathname + new URL(request.url).search);
  });

describe('the service worker minds its own caches', () => {
  it('deletes its own old versions (the first edition’s too) and leaves other apps’ and other copies’ caches alone', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    // A page with no script, so no service worker yet: fill Cache Storage as other apps on this origin would.
    await page.goto(url('robots.txt'));
    await page.evaluate(async () => {
      await (await caches.open('another-app')).put('/another-app/data', new Response('theirs'));
      await (
        await caches.open('cn-kz-joint-statement /joint-statement/ 0123456789abcdef')
      ).put('/joint-statement/', new Response('the copy under /joint-statement/'));
      await (await caches.open('cn-kz-joint-statement / 0000000000000000')).put('/', new Response('our old version'));
      // The first edition named its cache by build date alone, statement-YYYY-MM-DD.
      await (await caches.open('statement-2026-11-20')).put('/statement/', new Response('the first edition'));
    });
    await page.close();
    const { page: reader } = await visit('statement/section-1/', context);
    const names = await cacheNames(reader);
    expect(names).toContain('another-app');
    expect(names).toContain('cn-kz-joint-statement /joint-statement/ 0123456789abcdef');
    expect(names).not.toContain('cn-kz-joint-statement / 0000000000000000');
    expect(names, 'the first edition’s cache, left on readers’ devices').not.toContain('statement-2026-11-20');
    expect(names.filter((name) => name.startsWith('cn-kz-joint-statement / '))).toHaveLength(1);
    expect(await reader.evaluate(async () => (await caches.match('/another-app/data'))?.text())).toBe('theirs');
    await context.close();
  });
});

describe('offline', () => {
  it('answers an unstored page with an offline page (503) in the reader’s interface language, listing what can be read', async () => {
    const { context, page } = await visit('statement/section-1/');
    await context.setOffline(true);

    const english = await page.goto(url('instruments/'));
    expect(english?.status()).toBe(503);
    await expect(page.locator('h1').innerText()).resolves.toBe('You are offline');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const links = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    // The English offline page lists the English interface's pages, in every view.
    expect(links).toEqual(
      expect.arrayContaining(['/statement/', '/statement/section-4/', '/en/zh/statement/closing/', '/en/statement/']),
    );

    const chinese = await page.goto(url('zh/no-such-page/'));
    expect(chinese?.status()).toBe(503);
    await expect(page.locator('h1').innerText()).resolves.toBe('您目前处于离线状态');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');

    // A listed page reads offline.
    await page.locator('main a[href$="/zh/statement/section-5/"]').click();
    await expect(page.locator('#s5-6 .text[lang="zh-Hans"]').innerText()).resolves.toMatch(/鲁班工坊/);
    await context.close();
  });

  it('never answers a script, data or image request with HTML', async () => {
    const { context, page } = await visit('statement/section-1/');
    await context.setOffline(true);
    const answers = await page.evaluate(async () => {
      const results: string[] = [];
      for (const path of ['/_astro/not-built.js', '/data/statement.json', '/og/s2-5.png', '/cite/s2-5/']) {
        try {
          const response = await fetch(path);
          results.push(`${path} ${response.status} ${response.headers.get('content-type') ?? ''}`);
        } catch {
          results.push(`${path} network error`);
        }
      }
      return results;
    });
    for (const answer of answers) expect(answer).not.toMatch(/text\/html|\b200\b/);
    await context.close();
  });

  it('runs the reading page’s own scripts after one visit: sentence pairs still light up offline', async () => {
    const { context, page } = await visit('statement/section-2/');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await context.setOffline(true);
    await page.reload();
    await page.locator('#s2-5 .text[lang="en"] .s').nth(1).hover();
    await expect.poll(() => page.locator('#s2-5 .text[lang="zh-Hans"] .s.lit').count(), { timeout: 5_000 }).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stores one entry per path, whatever the query, and keeps the store bounded', async () => {
    const { context, page } = await visit('statement/section-1/');
    await page.goto(url('statement/section-2/?q=energy#s2-5'));
    await page.goto(url('statement/section-2/?q=cooperation&notes=off'));
    await page.goto(url('about/?ts=1234'));
    // More pages than the store keeps besides the reading pages (100): every short link and citation page.
    const ids = await page.evaluate(async () => {
      const ids = Object.keys((await (await fetch('/permalinks.json')).json()) as Record<string, string>);
      for (const id of ids) await Promise.all([fetch(`/p/${id}/`), fetch(`/cite/${id}/`)]);
      return ids;
    });
    // What is stored on install: the homes, every reading page, the offline pages, icon, manifest, glossary data, built scripts.
    const installed = (p: string) =>
      /^\/(?:(?:zh|en)\/(?:(?:zh|en|both)\/)?)?(?:statement\/(?:[a-z0-9-]+\/)?)?$/.test(p) ||
      /^\/(?:zh\/)?offline\/$/.test(p) ||
      ['/favicon.svg', '/manifest.webmanifest', '/glossary.json'].includes(p) ||
      p.startsWith('/_astro/');
    await expect
      .poll(async () => (await storedPaths(page)).filter((p) => !installed(p)).length, { timeout: 10_000 })
      .toBeLessThanOrEqual(100);
    const paths = await storedPaths(page);
    expect(paths.filter((p) => p.includes('?'))).toEqual([]);
    expect(paths.filter((p) => p === '/statement/section-2/')).toHaveLength(1);
    // Every reading page stays, however much else was read; of the rest, the newest are kept.
    expect(paths.filter((p) => /^\/(?:(?:zh|en)\/(?:(?:zh|en|both)\/)?)?statement\//.test(p))).toHaveLength(2 * 3 * 8);
    const [first, last] = [ids[0], ids.at(-1)];
    expect(paths).toEqual(expect.arrayContaining(['/', '/zh/', `/cite/${last}/`, `/p/${last}/`]));
    expect(paths).not.toContain(`/p/${first}/`);
    await context.close();
  }, 120_000); // about 160 pages fetched and stored: slow on a loaded machine
});
