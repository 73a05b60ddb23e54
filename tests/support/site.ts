import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

/**
 * One static server on dist/ and one Chromium per test file: registers the
 * hooks and returns `open(path, options)`, which gives a fresh page in its
 * own context (so storage and permissions never leak between tests).
 */
export function useSite() {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    site = await serveStatic(`${process.cwd()}/dist`);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    url: (path: string) => new URL(path, site.url).href,
    browser: () => browser,
    open: async (
      path: string,
      options: { width?: number; touch?: boolean; javaScript?: boolean } = {},
    ): Promise<Page> => {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        hasTouch: options.touch ?? false,
        isMobile: options.touch ?? false,
        javaScriptEnabled: options.javaScript ?? true,
      });
      const page = await context.newPage();
      await page.goto(new URL(path, site.url).href);
      return page;
    },
  };
}
