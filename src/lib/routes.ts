import { PARAGRAPH_IDS, parseSentenceId, partOfParagraph } from './ids.ts';
import type { Locale } from '../i18n/index.ts';
import { PRIMARY, TEXTS } from './edition/texts.ts';

/**
 * Every address of the site is built and parsed here. Two independent choices shape a reading page's address:
 * the interface language (menus, labels: English or Chinese) and the text view (both languages side by side,
 * Chinese only, English only). Each combination is its own route, so it works without JavaScript and travels
 * with a shared link.
 *
 * | text view     | English interface     | Chinese interface     |
 * | both          | /statement/…          | /zh/both/statement/…  |
 * | Chinese only  | /en/zh/statement/…    | /zh/statement/…       |
 * | English only  | /en/statement/…       | /zh/en/statement/…    |
 *
 * The rule: `/zh` first means the Chinese interface, otherwise English; a bare `/zh` or `/en` shows the text of
 * its own language (the addresses published before the interface became its own choice), a second segment
 * names another view, and no segment at all is the English interface with both languages. Every other page's
 * Chinese-interface twin is `/zh` + its English path (`/instruments/` → `/zh/instruments/`).
 */
/**
 * A text view: `both` shows every text of the edition side by side (the name is the published address segment,
 * kept for editions with more than two texts), or one text by its registry code (`zh`, `en`, …). The same rule
 * gives a third text its addresses: `/en/ru/statement/…` and `/zh/ru/statement/…`.
 */
export type View = 'both' | (string & {});
export const ALL: View = 'both';
/** The views in switch order: the primary text, all texts, then the others (zh · both · en). */
export const VIEWS: readonly View[] = [PRIMARY, ALL, ...TEXTS.map((t) => t.code).filter((c) => c !== PRIMARY)];
export const LOCALES: readonly Locale[] = ['en', 'zh'];

const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

/** The interface a view had before the interface was its own choice: Chinese for the Chinese-only view. */
export function localeOfView(view: View): Locale {
  return isLocale(view) ? view : 'en';
}

/** The view a reading link starts in when nothing else is known: the English interface reads both, the Chinese reads Chinese. */
export function defaultView(locale: Locale): View {
  return locale === 'zh' ? 'zh' : 'both';
}

/** The path segments before `/statement/` for a view in an interface (`''`, `'zh/both'`, …): the route parameter. */
export function readingPrefix(view: View, locale: Locale = localeOfView(view)): string {
  if (view === ALL) return locale === 'en' ? '' : `/${locale}/both`;
  return view === locale ? `/${locale}` : `/${locale}/${view}`;
}

/** Every (interface, view) pair, each with its own address. */
export function readingVariants(): { locale: Locale; view: View }[] {
  return LOCALES.flatMap((locale) => VIEWS.map((view) => ({ locale, view })));
}

/** `/statement/section-2/` (both), `/zh/statement/section-2/`, `/en/statement/section-2/`, `/zh/both/statement/section-2/`… */
export function partPath(slug: string, view: View = 'both', locale: Locale = localeOfView(view)): string {
  return `${readingPrefix(view, locale)}/statement/${slug}/`;
}

/** The page with every part: `/statement/`, `/zh/statement/`, `/en/statement/`, `/zh/both/statement/`… */
export function wholePath(view: View = 'both', locale: Locale = localeOfView(view)): string {
  return `${readingPrefix(view, locale)}/statement/`;
}

/** Where a paragraph lives: its part page with the id as fragment. */
export function paragraphPath(id: string, view: View = 'both', locale: Locale = localeOfView(view)): string {
  return `${partPath(partOfParagraph(id).slug, view, locale)}#${id}`;
}

/** Where a sentence lives: its paragraph's part page with the sentence id as fragment (`#s4-5.1`). */
export function sentencePath(id: string, view: View = 'both', locale: Locale = localeOfView(view)): string {
  const sentence = parseSentenceId(id);
  if (!sentence) throw new Error(`Not a sentence id: "${id}".`);
  return `${partPath(partOfParagraph(sentence.paragraph).slug, view, locale)}#${id}`;
}

/** The Chinese-interface twin of a page that is not a reading page: `/zh` + its path. */
export function interfacePath(locale: Locale, path: string): string {
  return locale === 'zh' ? `/zh${path}` : path;
}

export function homePath(locale: Locale): string {
  return interfacePath(locale, '/');
}

/**
 * The short link that never changes: `/p/s2-5/`, `/p/s4-5.1/`. The Chinese interface copies `/zh/p/s2-5/`, which lands in the
 * Chinese interface.
 */
export function shortLinkPath(id: string, locale: Locale = 'en'): string {
  return interfacePath(locale, `/p/${id}/`);
}

/** A register entry, or the register itself. */
export function instrumentPath(key: string | undefined, locale: Locale = 'en'): string {
  return interfacePath(locale, key ? `/instruments/${key}/` : '/instruments/');
}

/**
 * The cite page of a paragraph or sentence (`/cite/s4-5.1/`), or of the whole statement (`/cite/`); with `text`,
 * at the citations of that text cited on its own (`/cite/s1-2/#text-ru`, see `citedTextFragment`).
 */
export function citePath(id: string | undefined, locale: Locale = 'en', text?: string): string {
  return `${interfacePath(locale, id ? `/cite/${id}/` : '/cite/')}${text ? `#${citedTextFragment(text)}` : ''}`;
}

/** The id of a cite page's section citing one text on its own: `text-ru`. */
export function citedTextFragment(code: string): string {
  return `text-${code}`;
}

/** A glossary term, or the glossary. */
export function glossaryPath(locale: Locale = 'en', slug?: string): string {
  return interfacePath(locale, `/glossary/${slug ? `#${slug}` : ''}`);
}

/** The search page; the header search form submits here. */
export function searchPath(locale: Locale = 'en'): string {
  return interfacePath(locale, '/search/');
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

/** What an address says: its interface, its text view if it is a reading page, and the rest of the path. */
export interface Address {
  locale: Locale;
  view?: View;
  /** The path without the interface and view segments, e.g. `/statement/section-2/` or `/instruments/`. */
  rest: string;
}

const READING = new RegExp(
  `^(?:/(${LOCALES.join('|')})(?:/(${[...TEXTS.map((t) => t.code), ALL].join('|')}))?)?(/statement/.*)$`,
);

/** Reads an address (root-relative, without the base path). */
export function parseAddress(path: string): Address {
  const reading = READING.exec(path);
  if (reading?.[3]) {
    const [, first, second, rest] = reading;
    const locale: Locale = first === 'zh' ? 'zh' : 'en';
    const view: View = second ?? first ?? ALL;
    // `/en/both/…` and `/en/en/…`, `/zh/zh/…` are not addresses; they read as what they would mean.
    return { locale, view, rest };
  }
  const twin = /^\/zh(\/.*)$/.exec(path);
  if (twin?.[1]) return { locale: 'zh', rest: twin[1] };
  if (path === '/zh') return { locale: 'zh', rest: '/' };
  return { locale: 'en', rest: path };
}

function format({ locale, view, rest }: Address): string {
  return view ? `${readingPrefix(view, locale)}${rest}` : interfacePath(locale, rest);
}

/** The same page in another view (keeping the interface), or undefined where the page has no views. */
export function switchView(path: string, view: View): string | undefined {
  const address = parseAddress(path);
  return address.view ? format({ ...address, view }) : undefined;
}

/** The same page in the other interface, keeping the text view. */
export function switchInterface(path: string, locale: Locale): string {
  const address = parseAddress(path);
  // The English home is `/`; `/en/` only redirects there.
  if (!address.view && address.rest === '/en/') return homePath(locale);
  return format({ ...address, locale });
}

/** The route parameter of a page that exists in both interfaces (`src/pages/[...ui]/`): none for English, `zh`. */
export function interfaceParam(locale: Locale): string | undefined {
  return locale === 'zh' ? 'zh' : undefined;
}

/** `getStaticPaths` for a page in both interfaces. */
export function interfacePaths(): { params: { ui: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { ui: interfaceParam(locale) }, props: { locale } }));
}
