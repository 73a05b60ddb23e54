import { PARTS } from './ids.ts';
import type { Locale } from '../i18n/index.ts';
import { homePath, partPath, readingVariants, wholePath, type View } from './routes.ts';

/**
 * What the service worker stores on the first visit, and how it names its
 * caches. Pure data, shared by the service worker (src/pages/sw.js.ts), the
 * offline page that lists what can be read, and the build step that versions
 * them (scripts/version-offline.ts).
 */

/** The page a reader gets, in their interface language, for an address not stored offline. */
export const OFFLINE_PAGE: Record<Locale, string> = { en: '/offline/', zh: '/zh/offline/' };

/** Runtime entries (pages and files met while reading) kept besides the stored reading pages; the oldest go first. */
export const RUNTIME_ENTRY_LIMIT = 100;

export interface ReadingPage {
  path: string;
  /** The interface the page is in (`/zh/…` Chinese). */
  locale: Locale;
  view: View;
  /** The part's slug; none for the whole statement. */
  part?: string;
}

/**
 * Every reading page, stored on the first visit: the whole statement and each part, in every view of both
 * interfaces, so a reader of the Chinese interface reads offline in it too.
 */
export function readingPages(): ReadingPage[] {
  return readingVariants().flatMap(({ locale, view }) => [
    { path: wholePath(view, locale), locale, view },
    ...PARTS.map((part) => ({ path: partPath(part.slug, view, locale), locale, view, part: part.slug })),
  ]);
}

/** Root-relative paths stored on install, besides the built scripts the build step adds. */
export function precachePaths(): string[] {
  return [
    homePath('en'),
    homePath('zh'),
    ...readingPages().map((page) => page.path),
    OFFLINE_PAGE.en,
    OFFLINE_PAGE.zh,
    '/favicon.svg',
    '/manifest.webmanifest',
    // The glossary cards' data: the cards on a stored page work offline too.
    '/glossary.json',
  ];
}

/**
 * Cache Storage is shared by every app on an origin. Each copy of the
 * edition names its caches with its own base path, so it deletes only its
 * own old versions, never another app's caches or another copy's.
 */
export function cachePrefix(base: string): string {
  return `cn-kz-joint-statement ${base} `;
}
