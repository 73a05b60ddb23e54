/**
 * The bytes and time of a reader's first search on a fresh page of a built
 * site: the search box is focused and the query typed; counted are the
 * responses from the focus until the results are shown and no request has
 * been in flight for a second (the search code, the search data, Pagefind), each gzip-compressed as
 * a server would send it. Used by `npm run bench` and `npm run bench -- --scale`.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface FirstQuery {
  query: string;
  /** Results the box reports. */
  count: number;
  /** Focus → results shown, in Chromium on a local server. */
  ms: number;
  /** Every response, gzip level 9 (files Pagefind stores compressed count as they are). */
  bytesGzip: number;
  files: { path: string; bytesGzip: number }[];
}

const gz = (b: Buffer) => (b[0] === 0x1f && b[1] === 0x8b ? b.length : gzipSync(b, { level: 9 }).length);

/** On `page` (a reading page by default: the site's home), in its header box, or on /search/ in the page's own box. */
export async function firstQuery(
  browser: Browser,
  siteUrl: string,
  query: string,
  page = '',
  mode: 'header' | 'page' = 'header',
): Promise<FirstQuery> {
  const box = `site-search[data-mode="${mode}"]`;
  // The service worker's precaching would be counted as the query's bytes.
  const tab = await browser.newPage({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  await tab.goto(new URL(page, siteUrl).href);
  await tab.waitForLoadState('networkidle');
  const files: Promise<{ path: string; bytesGzip: number }>[] = [];
  // Playwright's waitForLoadState('networkidle') resolves at once once the page has been idle before, so
  // the requests a query starts are followed here: quiet means none in flight for a second.
  let inFlight = 0;
  let lastActivity = Date.now();
  tab.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  const settled = () => {
    inFlight -= 1;
    lastActivity = Date.now();
  };
  tab.on('requestfinished', settled);
  tab.on('requestfailed', settled);
  const quiet = async () => {
    while (inFlight > 0 || Date.now() - lastActivity < 1000) await new Promise((r) => setTimeout(r, 100));
  };
  tab.on('response', (r) =>
    files.push(
      r.body().then(
        (body) => ({ path: new URL(r.url()).pathname, bytesGzip: gz(body) }),
        () => ({ path: new URL(r.url()).pathname, bytesGzip: 0 }),
      ),
    ),
  );
  const started = Date.now();
  await tab.focus(`${box} input[name="q"]`);
  await tab.fill(`${box} input[name="q"]`, query);
  await tab.waitForFunction(
    (selector) => /\d|No |没有|未/.test(document.querySelector(`${selector} .search-status`)?.textContent ?? ''),
    box,
    { timeout: 60_000 },
  );
  const ms = Date.now() - started;
  // What the query goes on loading after the first results (a ranking that follows) counts too.
  await quiet();
  const status = (await tab.textContent(`${box} .search-status`)) ?? '';
  const list = await Promise.all(files);
  await tab.close();
  return {
    query,
    count: Number(/\d+/.exec(status)?.[0] ?? (/No |没有|未/.test(status) ? 0 : 1)),
    ms,
    bytesGzip: list.reduce((sum, f) => sum + f.bytesGzip, 0),
    files: list,
  };
}
