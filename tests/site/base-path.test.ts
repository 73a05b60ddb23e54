import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';
import { buildEnv } from '../support/clean-env.ts';

/** The same site built for a sub-path, `BASE_PATH=/joint-statement/ npm run build`, served there. */
const BASE = '/joint-statement/';
let out: string;
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'base-path-'));
  // Every step but the PDFs (editions.test.ts covers those), told where to write only by ASTRO_OUT_DIR.
  const env = buildEnv({ BASE_PATH: BASE, ASTRO_OUT_DIR: out });
  for (const [command, ...args] of [
    ['npx', 'astro', 'build'],
    ['node', 'scripts/check-permalinks.ts'],
    ['node', 'scripts/build-search-index.ts'],
    ['node', 'scripts/version-offline.ts'],
  ] as const) {
    const result = spawnSync(command, args, { env, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stderr}`);
  }
  site = await serveStatic(out, BASE);
  browser = await launchBrowser();
}, 600_000); // builds on a loaded two-core machine have taken six minutes
afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

describe(`built for ${BASE}`, () => {
  it('has its own service worker cache, and leaves the caches of a copy at / and of other apps alone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('robots.txt', site.url).href);
    const ours = await page.evaluate(async () => {
      await (await caches.open('cn-kz-joint-statement / 0123456789abcdef')).put('/', new Response('the copy at /'));
      await (await caches.open('another-app')).put('/another-app/', new Response('theirs'));
      return 'ok';
    });
    expect(ours).toBe('ok');
    await page.goto(site.url);
    await page.evaluate(async () => {
      const worker = (await navigator.serviceWorker.ready).active!;
      if (worker.state !== 'activated')
        await new Promise<void>((resolve) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
        );
    });
    const names = await page.evaluate(() => caches.keys());
    expect(names).toEqual(expect.arrayContaining(['cn-kz-joint-statement / 0123456789abcdef', 'another-app']));
    expect(names.filter((name) => name.startsWith(`cn-kz-joint-statement ${BASE} `))).toHaveLength(1);
    // A different build (another base path) is a different version.
    const version = (file: string) => /const VERSION = "([0-9a-f]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
    expect(version(path.join(out, 'sw.js'))).toMatch(/^[0-9a-f]{16}$/);
    expect(version(path.join(out, 'sw.js'))).not.toBe(version('dist/sw.js'));
    await context.close();
  });

  it('keeps every request and link under the sub-path while reading, linking and searching', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(BASE)) outside.push(r.url());
    });
    await page.goto(site.url);
    await page.locator('.parts-list a').nth(2).click();
    await page.waitForURL(/\/joint-statement\/statement\/section-2\/$/);
    // Footnote, glossary card, search (both languages), then a result.
    await page.locator('#s2-5 .text[lang="en"] a.term').first().hover();
    await page.waitForSelector('#term-card:not([hidden])');
    await page.keyboard.press('/');
    await page.keyboard.type('能源');
    await page.waitForSelector('site-search[data-mode="header"] li[data-id="s4-7"]');
    await page.goto(new URL('search/?q=transboundary', site.url).href);
    await page.locator('.search-results li[data-id="s4-9"] a').click();
    await page.waitForURL(/\/joint-statement\/statement\/section-4\/\?q=transboundary#s4-9$/);
    expect(outside).toEqual([]);
    await page.close();
  });

  it('sends a short link to its paragraph under the sub-path', async () => {
    const page = await browser.newPage();
    await page.goto(new URL('p/s3-8/', site.url).href);
    await page.waitForURL(/\/joint-statement\/statement\/section-3\/#s3-8$/);
    await page.close();
  });

  it('still serves permalinks.json and the citation files', async () => {
    const page = await browser.newPage();
    const permalinks = await page.request.get(new URL('permalinks.json', site.url).href);
    const places = (await permalinks.json()) as Record<string, string>;
    expect(places).toMatchObject({ 's2-5': '/joint-statement/statement/section-2/#s2-5' });
    // Every place resolves under the sub-path, to a page that has the id.
    for (const id of ['pre-1', 's2-5', 's4-22', 'signatures']) {
      const place = new URL(places[id] ?? '', site.url);
      expect(place.pathname.startsWith(BASE)).toBe(true);
      const html = await (await page.request.get(place.href)).text();
      expect(html).toContain(`id="${id}"`);
    }
    const bib = await page.request.get(new URL('cite/s2-5.bib', site.url).href);
    expect(await bib.text()).toContain('/joint-statement/p/s2-5/');
    await page.close();
  });
});
