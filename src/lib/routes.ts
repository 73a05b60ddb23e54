import { PARAGRAPH_IDS, partOfParagraph } from './ids.ts';
import type { Locale } from '../i18n/index.ts';

/**
 * Which text a reading page shows: both languages side by side, or one.
 * Each view is its own route so the choice works without JavaScript and
 * travels with a shared link.
 */
export type View = 'both' | 'zh' | 'en';
export const VIEWS: readonly View[] = ['zh', 'both', 'en'];

const PREFIX: Record<View, string> = { both: '', zh: '/zh', en: '/en' };

/** The interface language that goes with a view: Chinese for the Chinese-only view. */
export function localeOfView(view: View): Locale {
  return view === 'zh' ? 'zh' : 'en';
}

/** `/statement/section-2/` (both), `/zh/statement/section-2/`, `/en/statement/section-2/`. */
export function partPath(slug: string, view: View = 'both'): string {
  return `${PREFIX[view]}/statement/${slug}/`;
}

/** The page with every part: `/statement/`, `/zh/statement/`, `/en/statement/`. */
export function wholePath(view: View = 'both'): string {
  return `${PREFIX[view]}/statement/`;
}

export function homePath(locale: Locale): string {
  return locale === 'zh' ? '/zh/' : '/';
}

/** Where a paragraph lives: its part page with the id as fragment. */
export function paragraphPath(id: string, view: View = 'both'): string {
  return `${partPath(partOfParagraph(id).slug, view)}#${id}`;
}

/** The short link that never changes: `/p/s2-5/`. */
export function shortLinkPath(id: string): string {
  return `/p/${id}/`;
}

/** Id → canonical place, written to /permalinks.json. */
export function permalinks(): Record<string, string> {
  return Object.fromEntries(PARAGRAPH_IDS.map((id) => [id, paragraphPath(id)]));
}

/** Prefixes a root-relative path with the site's base path (for sub-path deploys). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The same page in another view, or undefined where the page has no views. */
export function switchView(path: string, view: View): string | undefined {
  const match = /^(?:\/(zh|en))?(\/statement\/.*)$/.exec(path);
  return match?.[2] ? `${PREFIX[view]}${match[2]}` : undefined;
}

/** The Chinese-interface twin of a non-reading page: `path` in English, `/zh` + `path` in Chinese. */
export function interfacePath(locale: Locale, path: string): string {
  return locale === 'zh' ? `/zh${path}` : path;
}
