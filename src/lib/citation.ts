import { createRequire } from 'node:module';
import { cslLocale, cslStyle } from './csl-styles.ts';
import { CHINESE_NUMERALS, type Lang } from './ids.ts';

/** Facts about the statement every citation carries (from content/source/edition.json). */
export interface StatementFacts {
  title: Record<Lang, string>;
  parties: Record<Lang, string>[];
  /** ISO date of signature. */
  signed: string;
  place: Record<Lang, string>;
  /** Name of this edition, the citation's container. */
  edition: Record<Lang, string>;
}

/** 第二部分第5段, 第二部分第5–7段, 序言第3段: how a Chinese citation names paragraphs. */
export function chinesePinpoint(ids: readonly string[]): string {
  const where = (id: string) => {
    if (id === 'closing') return { part: '结尾', n: '' };
    if (id === 'signatures') return { part: '签署部分', n: '' };
    const match = /^(?:pre|s(\d))-(\d+)$/.exec(id);
    const section = match?.[1];
    return { part: section ? `第${CHINESE_NUMERALS[Number(section) - 1] ?? ''}部分` : '序言', n: match?.[2] ?? '' };
  };
  const first = where(ids[0] ?? '');
  const last = where(ids.at(-1) ?? '');
  if (!first.n) return first.part;
  if (ids.length === 1) return `${first.part}第${first.n}段`;
  return first.part === last.part
    ? `${first.part}第${first.n}–${last.n}段`
    : `${first.part}第${first.n}段至${last.part}${last.n ? `第${last.n}段` : ''}`;
}

/** The CSL-JSON fields this edition sets. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  language: string;
  title: string;
  author: { literal: string }[];
  issued: { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  'container-title': string;
  URL: string;
  note: string;
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

/**
 * One citable thing — the whole statement, a paragraph or a range — as a
 * CSL-JSON item in English (citing the unofficial translation) or Chinese
 * (citing the authentic text). The place and date of signature go into the
 * title, as is usual for treaties, so that every style prints them.
 */
export function cslItem(
  facts: StatementFacts,
  ids: readonly string[],
  lang: Lang,
  url: string,
  accessed: string,
): CslItem {
  const signedOn =
    lang === 'zh'
      ? `${facts.place.zh}，${facts.signed.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')}`
      : `${facts.place.en}, ${new Date(`${facts.signed}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
  // English styles pinpoint the paragraph in the note (“para. II.5”); GB/T 7714 has no
  // pinpoint, so the Chinese title names the paragraph itself.
  const part = ids.length && lang === 'zh' ? `，${chinesePinpoint(ids)}` : '';
  // Short enough for RIS, whose ID field holds 20 characters.
  const id = `cnkz2022${ids.length ? `-${ids[0]}${ids.length > 1 ? `-${ids.at(-1)}` : ''}` : ''}`;
  return {
    id,
    // BibTeX keys may not contain hyphens.
    'citation-key': id.replace(/-/g, '_'),
    type: 'webpage',
    language: lang === 'zh' ? 'zh-CN' : 'en',
    title: lang === 'zh' ? `${facts.title.zh}（${signedOn}）${part}` : `${facts.title.en} (${signedOn})${part}`,
    author: facts.parties.map((party) => ({ literal: party[lang].replace(/^the /, '') })),
    issued: { 'date-parts': dateParts(facts.signed) },
    accessed: { 'date-parts': dateParts(accessed) },
    'container-title': facts.edition[lang],
    URL: url,
    note:
      lang === 'zh'
        ? '中文为作准文本。'
        : 'Unofficial English translation; the Chinese, Kazakh and Russian texts are equally authentic.',
  };
}

export type CitationStyle = 'gb-t-7714' | 'chicago' | 'oscola' | 'apa';

export const STYLES: readonly { key: CitationStyle; csl: string; name: string; lang: Lang; locale: string }[] = [
  {
    key: 'gb-t-7714',
    csl: 'china-national-standard-gb-t-7714-2015-numeric',
    name: 'GB/T 7714-2015',
    lang: 'zh',
    locale: 'zh-CN',
  },
  {
    key: 'chicago',
    csl: 'chicago-note-bibliography',
    name: 'Chicago (notes and bibliography)',
    lang: 'en',
    locale: 'en-US',
  },
  { key: 'oscola', csl: 'oscola', name: 'OSCOLA', lang: 'en', locale: 'en-GB' },
  { key: 'apa', csl: 'apa', name: 'APA', lang: 'en', locale: 'en-US' },
];

interface CiteInstance {
  format: (format: string, options?: Record<string, unknown>) => string;
}
interface CitationJs {
  Cite: new (data: unknown) => CiteInstance;
  plugins: {
    config: {
      get: (name: string) => {
        styles: { add: (id: string, xml: string) => void };
        locales: { add: (id: string, xml: string) => void };
      };
    };
  };
}

let citationJs: CitationJs | undefined;

/** citation-js with the four styles and their locales registered (once). */
function engine(): CitationJs {
  if (citationJs) return citationJs;
  const require = createRequire(import.meta.url);
  const loaded = require('@citation-js/core') as CitationJs;
  require('@citation-js/plugin-csl');
  require('@citation-js/plugin-bibtex');
  require('@citation-js/plugin-ris');
  const config = loaded.plugins.config.get('@csl');
  for (const style of STYLES) config.styles.add(style.csl, cslStyle(style.csl));
  for (const locale of ['zh-CN', 'en-GB']) config.locales.add(locale, cslLocale(locale));
  citationJs = loaded;
  return loaded;
}

export interface FormattedCitation {
  key: CitationStyle;
  name: string;
  lang: Lang;
  /** The entry for a reference list or bibliography. */
  reference: string;
  /** The footnote or in-text form, with the paragraph as pinpoint where there is one. */
  note: string;
}

/** Formats an item (English and Chinese versions) in every style with citation-js and CSL. */
export function formatCitations(items: Record<Lang, CslItem>, pinpoint?: string): FormattedCitation[] {
  const { Cite } = engine();
  return STYLES.map((style) => {
    const item = items[style.lang];
    const cite = new Cite(item);
    const options = { format: 'text', template: style.csl, lang: style.locale };
    const entry = pinpoint ? [{ id: item.id, locator: pinpoint, label: 'paragraph' }] : [item.id];
    return {
      key: style.key,
      name: style.name,
      lang: style.lang,
      reference: cite
        .format('bibliography', options)
        .trim()
        .replace(/^\[1\]\s*/, ''),
      // A bare “[1]” (GB/T numeric) says nothing on its own.
      note: cite
        .format('citation', { ...options, entry })
        .trim()
        .replace(/^\[\d+\]$/, ''),
    };
  });
}

/** The machine-readable forms reference managers import. */
export function exportFormats(item: CslItem): { bibtex: string; ris: string; csl: string } {
  const { Cite } = engine();
  const cite = new Cite(item);
  return {
    bibtex: cite.format('bibtex').trim() + '\n',
    // citation-js wraps RIS values at 70 characters, mid-word; reference managers read
    // a long single line fine but may join the pieces with a space, so unwrap them.
    ris:
      cite
        .format('ris')
        .trim()
        .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '') + '\n',
    csl: `${JSON.stringify([item], null, 2)}\n`,
  };
}
