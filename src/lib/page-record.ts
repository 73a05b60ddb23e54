/**
 * What a reader meets on each built page — its element ids, the text of its
 * <main>, its links — recorded once from the published build, so that a
 * rewrite of the engine can prove it changed nothing a reader sees, and no
 * published address was lost. See scripts/record-published-pages.ts and
 * tests/site/unchanged.test.ts.
 */
// htmlparser2 is linkedom's parser (installed with it): a streaming parser, about
// fifteen times faster than building a DOM, which keeps the 978-page check fast.
import { Parser } from 'htmlparser2';
import { accessDateForms } from './dates.ts';

/** One page as a reader meets it. */
export interface PageRecord {
  /** Every element id, in document order. */
  ids: string[];
  /**
   * The text of <main> (of <body> when there is none), whitespace collapsed, cut
   * where a block (a paragraph, a cell, a heading) ends: `blocks.join(' ')` is
   * the text. Blocks are how the record file shares a paragraph between the
   * pages that show it; the comparison reads the joined text.
   */
  blocks: string[];
  /** `a[href]` targets, then `canonical <href>` and `alternate <hreflang> <href>`, each once, in document order. */
  links: string[];
  /** The target of a `<meta http-equiv="refresh">`, for a page that sends the reader on. */
  redirect?: string;
}

/** The whole published site: every page by its address, and every other file a reader can ask for. */
export interface SiteRecord {
  pages: Record<string, PageRecord>;
  files: string[];
}

// Content hashes in built asset names change with any code change, unseen by readers.
const HASHED_ASSET = /(\/_astro\/[^"'\s?#]*?)\.[A-Za-z0-9_-]{8}(\.[a-z0-9]+)(?=$|[?#])/;

/** An address with the content hash of an `/_astro/` asset replaced by `[hash]`. */
export function normaliseAddress(href: string): string {
  return href.replace(HASHED_ASSET, '$1.[hash]$2');
}

// What a reader never sees as text; <noscript> stays: a reader without JavaScript reads it.
const UNSEEN = new Set(['script', 'style', 'template']);
// Elements that start a new line or box: their edges separate words, whatever whitespace the markup has.
const BLOCKS = new Set(
  'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr legend li main nav ol optgroup option p pre section select summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/**
 * Every way a cite page prints the day it was built as the access date, each with the name the record keeps
 * instead: the two a citation prints (accessDateForms) and the two its files show, RIS (`M1 - 2026/12/4/`, as
 * citation-js writes it) and CSL-JSON (`"accessed": { "date-parts": [ [ 2026, 12, 4 ] ] }`, whitespace collapsed).
 */
function accessDatePrints(iso: string): [string, string][] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const [bracketed, spelled] = accessDateForms(iso);
  return [
    [bracketed, '[access date]'],
    [spelled, 'accessed (access date)'],
    [`M1 - ${y}/${m}/${d}/`, 'M1 - (access date)'],
    [`"accessed": { "date-parts": [ [ ${y}, ${m}, ${d} ] ] }`, '"accessed": (access date)'],
  ];
}

/** The record of one page, from its HTML. */
export function recordPage(html: string): PageRecord {
  const ids: string[] = [];
  const links = new Set<string>();
  let redirect: string | undefined;
  // Blocks of <main> and of <body> both, so that a page without <main> falls back to its body.
  const main = new Blocks();
  const body = new Blocks();
  let hasMain = false;
  let inMain = 0;
  let inBody = 0;
  let unseen = 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id !== undefined) ids.push(attrs.id);
        if (name === 'a' && attrs.href !== undefined) links.add(normaliseAddress(attrs.href));
        if (name === 'link' && attrs.href !== undefined) {
          const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          if (rel.includes('canonical')) links.add(`canonical ${normaliseAddress(attrs.href)}`);
          if (rel.includes('alternate'))
            links.add(['alternate', attrs.hreflang, normaliseAddress(attrs.href)].filter(Boolean).join(' '));
        }
        if (name === 'meta' && attrs['http-equiv']?.toLowerCase() === 'refresh') {
          redirect = /url\s*=\s*['"]?([^'"]*)/i.exec(attrs.content ?? '')?.[1]?.trim();
        }
        if (UNSEEN.has(name)) unseen++;
        if (name === 'main') {
          hasMain = true;
          inMain++;
        }
        if (name === 'body') inBody++;
        if (BLOCKS.has(name)) separate();
      },
      onclosetag(name) {
        if (UNSEEN.has(name)) unseen--;
        if (name === 'main') inMain--;
        if (name === 'body') inBody--;
        if (BLOCKS.has(name)) separate();
      },
      ontext(text) {
        if (unseen > 0) return;
        if (inMain > 0) main.add(text);
        if (inBody > 0) body.add(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  function separate() {
    if (unseen > 0) return;
    if (inMain > 0) main.end();
    if (inBody > 0) body.end();
  }
  parser.end(html);

  // A cite page prints the day it was built as the access date (its script puts in the reader's day): the day
  // a build is made is not a change for readers, so the record names it, not the date.
  const accessed = /<cite-panel[^>]*\sdata-accessed="(\d{4}-\d{2}-\d{2})"/.exec(html)?.[1];
  const prints = accessed === undefined ? [] : accessDatePrints(accessed);
  const undated = (block: string) => prints.reduce((text, [form, name]) => text.replaceAll(form, name), block);
  const blocks = (hasMain ? main : body).done().map(undated);
  return { ids, blocks, links: [...links], ...(redirect === undefined ? {} : { redirect }) };
}

/** Text cut into blocks, each with its whitespace collapsed, none empty. */
class Blocks {
  private readonly blocks: string[] = [];
  private current: string[] = [];
  add(text: string) {
    this.current.push(text);
  }
  end() {
    const block = this.current.join('').replace(/\s+/g, ' ').trim();
    if (block !== '') this.blocks.push(block);
    this.current = [];
  }
  done(): string[] {
    this.end();
    return this.blocks;
  }
}

/** The page's text as a reader reads it: its blocks, one space between. */
export function pageText(record: Pick<PageRecord, 'blocks'>): string {
  return record.blocks.join(' ');
}

/** The address of a built HTML file, from its path under the output folder: `statement/index.html` → `/statement/`. */
export function pageAddress(file: string): string {
  return `/${file}`.replace(/\/index\.html$/, '/');
}

/** The address a redirect sends a reader to, as a page address: without origin, query or fragment. */
function redirectTarget(redirect: string): string {
  return redirect.replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/[?#].*$/, '');
}

/** What one recorded page lost in the current build; empty when a reader would see no difference. */
export interface PageChange {
  page: string;
  /** Set when the page is gone (and no redirect stands in for it). */
  lost?: string;
  /** Set when the page became a redirect: the page its record was compared with. */
  via?: string;
  ids: string[];
  links: string[];
  redirect?: { was: string; now: string | undefined };
  text?: { at: number; before: string; was: string; now: string };
}

const CONTEXT = 80;

/**
 * Every recorded page and file the current build lost or changed. New pages,
 * ids and links are allowed (ids are only ever added); a page that became a
 * redirect is compared with the page it sends the reader to.
 */
export function compareSites(recorded: SiteRecord, current: SiteRecord): { pages: PageChange[]; files: string[] } {
  const pages: PageChange[] = [];
  for (const [page, was] of Object.entries(recorded.pages)) {
    let now = current.pages[page];
    let via: string | undefined;
    if (now?.redirect !== undefined && was.redirect === undefined) {
      via = redirectTarget(now.redirect);
      now = current.pages[via];
    }
    if (now === undefined) {
      pages.push({
        page,
        lost:
          via === undefined
            ? 'the page is gone, and no redirect stands at its address'
            : `it redirects to ${via}, which does not exist`,
        ids: [],
        links: [],
      });
      continue;
    }
    const change = comparePage(page, was, now);
    if (change !== undefined) pages.push(via === undefined ? change : { ...change, via });
  }
  const have = new Set(current.files);
  return { pages, files: recorded.files.filter((file) => !have.has(file)) };
}

function comparePage(page: string, was: PageRecord, now: PageRecord): PageChange | undefined {
  const ids = new Set(now.ids);
  const links = new Set(now.links);
  const change: PageChange = {
    page,
    ids: was.ids.filter((id) => !ids.has(id)),
    links: was.links.filter((link) => !links.has(link)),
  };
  if (was.redirect !== now.redirect) change.redirect = { was: was.redirect ?? '', now: now.redirect };
  const [wasText, nowText] = [pageText(was), pageText(now)];
  if (wasText !== nowText) {
    let at = 0;
    while (at < wasText.length && wasText[at] === nowText[at]) at++;
    change.text = {
      at,
      before: wasText.slice(Math.max(0, at - CONTEXT), at),
      was: wasText.slice(at, at + CONTEXT),
      now: nowText.slice(at, at + CONTEXT),
    };
  }
  const same = change.ids.length === 0 && change.links.length === 0 && !change.redirect && !change.text;
  return same ? undefined : change;
}

/** The changes as a report a person can read: at most `maxPages` pages and `maxItems` ids or links each. */
export function describeChanges(
  changes: { pages: PageChange[]; files: string[] },
  { maxPages = 20, maxItems = 10 } = {},
): string {
  const lines: string[] = [];
  const capped = (items: string[]) =>
    items.length > maxItems
      ? [...items.slice(0, maxItems), `… and ${items.length - maxItems} more`].join(', ')
      : items.join(', ');
  if (changes.files.length > 0) lines.push(`Files lost (${changes.files.length}): ${capped(changes.files)}`);
  for (const change of changes.pages.slice(0, maxPages)) {
    lines.push(`${change.page}${change.via === undefined ? '' : ` (now a redirect to ${change.via})`}`);
    if (change.lost !== undefined) lines.push(`  lost: ${change.lost}`);
    if (change.redirect)
      lines.push(`  redirect changed: was ${change.redirect.was || '(none)'}, now ${change.redirect.now ?? '(none)'}`);
    if (change.ids.length > 0) lines.push(`  ids lost (${change.ids.length}): ${capped(change.ids)}`);
    if (change.links.length > 0) lines.push(`  links lost (${change.links.length}): ${capped(change.links)}`);
    if (change.text) {
      const { at, before, was, now } = change.text;
      lines.push(`  text differs at character ${at}, after “${before}”`, `    was: “${was}”`, `    now: “${now}”`);
    }
  }
  if (changes.pages.length > maxPages) lines.push(`… and ${changes.pages.length - maxPages} more pages changed`);
  return lines.join('\n');
}

/**
 * The record as stored: every id, block and link once in `strings`, pages as
 * indexes into it. A paragraph shown on twenty pages is stored once, which
 * keeps the gzipped file a few hundred kilobytes instead of most of a megabyte.
 */
export interface StoredSiteRecord {
  format: 1;
  strings: string[];
  pages: Record<string, { ids: number[]; blocks: number[]; links: number[]; redirect?: string }>;
  files: string[];
}

export function storeSiteRecord(site: SiteRecord): StoredSiteRecord {
  const index = new Map<string, number>();
  const refs = (items: string[]) =>
    items.map((item) => {
      let at = index.get(item);
      if (at === undefined) index.set(item, (at = index.size));
      return at;
    });
  const pages = Object.fromEntries(
    Object.entries(site.pages)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([page, { ids, blocks, links, redirect }]) => [
        page,
        { ids: refs(ids), blocks: refs(blocks), links: refs(links), ...(redirect === undefined ? {} : { redirect }) },
      ]),
  );
  return { format: 1, strings: [...index.keys()], pages, files: [...site.files].sort() };
}

export function readSiteRecord(stored: StoredSiteRecord): SiteRecord {
  if (stored.format !== 1) throw new Error(`Unknown page record format ${String(stored.format)}: expected 1.`);
  const strings = (refs: number[]) => refs.map((at) => stored.strings[at] ?? '');
  const pages = Object.fromEntries(
    Object.entries(stored.pages).map(([page, { ids, blocks, links, redirect }]) => [
      page,
      {
        ids: strings(ids),
        blocks: strings(blocks),
        links: strings(links),
        ...(redirect === undefined ? {} : { redirect }),
      },
    ]),
  );
  return { pages, files: stored.files };
}
