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
  ['part, Chinese interface, both columns', 'zh/both/statement/section-2/'],
  ['part, Chinese interface, English only', 'zh/en/statement/section-3/'],
  ['part, English interface, Chinese only', 'en/zh/statement/section-1/'],
  ['short link, Chinese interface (after its redirect)', 'zh/p/s2-5/'],
  ['search with results, Chinese interface', 'zh/search/?q=%E8%83%BD%E6%BA%90'],
  ['glossary, Chinese interface', 'zh/glossary/'],
  ['register, Chinese interface', 'zh/instruments/'],
  ['register entry, Chinese interface', 'zh/instruments/unga-resolution-2758/'],
  ['links page, Chinese interface', 'zh/instruments/links/'],
  ['cite page, Chinese interface', 'zh/cite/s2-5/'],
  ['about, Chinese interface', 'zh/about/'],
  ['open data, Chinese interface', 'zh/data/'],
  ['offline, English interface', 'offline/'],
  ['cite a sentence, Chinese interface', 'zh/cite/s4-5.1/'],
] as const;

const { browser, url } = useSite();

async function violations(path: string, width: number, colorScheme: 'light' | 'dark'): Promise<string[]> {
  // Without the service worker: on a first visit it stores 48 pages in the background, which axe does
  // not need and which doubled the time each check took.
  const context = await browser().newContext({
    viewport: { width, height: 800 },
    colorScheme,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.goto(url(path));
  if (/^(zh\/)?search\//.test(path)) await page.waitForSelector('.search-results li');
  if (/^(zh\/)?p\//.test(path)) await page.waitForURL(/\/statement\/section-2\/#s2-5$/);
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

// Every page type once, in the default mode (desktop, light): structure, names, landmarks, contrast.
describe('axe-core, desktop, light', () => {
  it.each(PAGES)(
    '%s has no violations',
    async (_, path) => {
      expect(await violations(path, 1280, 'light')).toEqual([]);
    },
    60_000,
  );
});

// Dark mode changes only colours and a phone only the layout, and every page type is built from the
// same few components; so in the other three modes one page of each component family is checked —
// the parts in all three views and both interfaces, the home, the register, cite, search and the
// analysis table — rather than all of them again (axe takes seconds a page, and CI has 20 minutes).
const FAMILIES = [
  ['home (Chinese)', 'zh/'],
  ['part, side by side', 'statement/section-2/'],
  ['part, Chinese interface, Chinese only', 'zh/statement/section-4/'],
  ['part, Chinese interface, English only', 'zh/en/statement/section-3/'],
  ['register entry, Chinese interface', 'zh/instruments/unga-resolution-2758/'],
  ['cite a sentence, Chinese interface', 'zh/cite/s4-5.1/'],
  ['search with results', 'search/?q=%E8%83%BD%E6%BA%90'],
  ['commitments, Chinese interface, filtered', 'zh/commitments/?status=fulfilled'],
] as const;

describe.each([
  { name: 'desktop, dark', width: 1280, colorScheme: 'dark' as const },
  { name: 'phone, light', width: 375, colorScheme: 'light' as const },
  { name: 'phone, dark', width: 375, colorScheme: 'dark' as const },
])('axe-core, $name', ({ width, colorScheme }) => {
  it.each(FAMILIES)(
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
  it.each(['statement/'])(
    '/%s has no violations',
    async (path) => {
      expect(await violations(path, 1280, 'light')).toEqual([]);
    },
    180_000,
  );
});
