import type { Page } from 'playwright-core';

/** Runs a query on a built site's /search/ page as a reader would and returns the result ids in order. */
export async function searchResultIds(page: Page, siteUrl: string, query: string): Promise<string[]> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href);
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status !== '' && !status.endsWith('…');
  });
  return page
    .locator('.search-results li[data-id]')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id ?? ''));
}
