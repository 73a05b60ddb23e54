import { PARAGRAPH_IDS, parseSentenceId, partOfParagraph } from './ids.ts';
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

/** Where a sentence lives: its paragraph's part page with the sentence id as fragment (`#s4-5.1`). */
export function sentencePath(id: string, view: View = 'both'): string {
  const sentence = parseSentenceId(id);
  if (!sentence) throw new Error(`Not a sentence id: "${id}".`);
  return `${partPath(partOfParagraph(sentence.paragraph).slug, view)}#${id}`;
}

/** The cite page of a paragraph or sentence (`/cite/s4-5.1/`), or of the whole statement (`/cite/`). */
export function citePath(id?: string): string {
  return id ? `/cite/${id}/` : '/cite/';
}

/** The short link that never changes: `/p/s2-5/`, `/p/s4-5.1/`. */
export function shortLinkPath(id: string): string {
  return `/p/${id}/`;
}

/**
 * Id → canonical place, written to /permalinks.json: every paragraph, then
 * every sentence (ids are only ever added). Under a sub-path the places carry
 * the base path, so each resolves against the site's origin.
 */
export function permalinks(sentenceIds: readonly string[] = [], base = '/'): Record<string, string> {
  const entries: [string, string][] = [
    ...PARAGRAPH_IDS.map((id): [string, string] => [id, withBase(base, paragraphPath(id))]),
    ...sentenceIds.map((id): [string, string] => [id, withBase(base, sentencePath(id))]),
  ];
  return Object.fromEntries(entries);
}

/** Prefixes a root-relative path with the site's base path (for sub-path deploys). */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

/** The root-relative path of an address under the base path (the inverse of withBase). */
export function withoutBase(base: string, path: string): string {
  const prefix = base.replace(/\/$/, '');
  return prefix && path.startsWith(`${prefix}/`) ? path.slice(prefix.length) : path;
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
