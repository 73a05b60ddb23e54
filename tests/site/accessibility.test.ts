import { describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { useSite } from '../support/site.ts';

const PAGES = [
  ['home', ''],
  ['home (Chinese)', 'zh/'],
  ['part, side by side', 'statement/section-2/'],
  ['part, Chinese only', 'zh/statement/section-4/'],
  ['part, English only', 'en/statement/closing/'],
  ['short link (after its redirect)', 'p/s2-5/'],
  ['search with results', 'search/?q=%E8%83%BD%E6%BA%90'],
  ['glossary', 'glossary/'],
  ['register', 'instruments/'],
  ['register entry', 'instruments/unga-resolution-2758/'],
  ['cite page', 'cite/s2-5/'],
  ['about', 'about/'],
  ['open data', 'data/'],
  ['topics', 'topics/'],
  ['commitments', 'commitments/'],
  ['commitments, Chinese interface, filtered', 'zh/commitments/?status=fulfilled'],
  ['formulations (Chinese interface)', 'zh/formulations/'],
  ['not found', '404.html'],
  ['offline (Chinese)', 'zh/offline/'],
] as const;

const { browser, url } = useSite();

async function violations(path: string, width: number, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const context = await browser().newContext({ viewport: { width, height: 800 }, colorScheme });
  const page = await context.newPage();
  await page.goto(url(path));
  if (path.startsWith('search/')) await page.waitForSelector('.search-results li');
  if (path.startsWith('p/')) await page.waitForURL(/\/statement\/section-2\/#s2-5$/);
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  await context.close();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}×: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

describe.each([
  { name: 'desktop, light', width: 1280, colorScheme: 'light' as const },
  { name: 'desktop, dark', width: 1280, colorScheme: 'dark' as const },
  { name: 'phone, light', width: 375, colorScheme: 'light' as const },
  { name: 'phone, dark', width: 375, colorScheme: 'dark' as const },
])('axe-core, $name', ({ width, colorScheme }) => {
  it.each(PAGES)(
    '%s has no violations',
    async (_, path) => {
      expect(await violations(path, width, colorScheme)).toEqual([]);
    },
    60_000,
  );
});

// The whole statement is the parts one after another, built by the same components as the part
// pages checked above in every mode; axe over all 77 rows is slow, so it runs once, at desktop width,
// for what only the whole page has (one h1, the parts as h2, ids unique across parts).
describe('axe-core, the whole statement', () => {
  it('has no violations', async () => {
    expect(await violations('statement/', 1280, 'light')).toEqual([]);
  }, 180_000);
});
