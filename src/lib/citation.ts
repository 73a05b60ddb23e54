import { createRequire } from 'node:module';
import { chineseNumeral } from './edition/numerals.ts';
import { paragraphLabel, parseSentenceId, partOfParagraph, type Lang } from './ids.ts';
import { parseNumberedId } from './edition/id-format.ts';
import { rangeLabel } from './ranges.ts';
import { MONTHS } from './dates.ts';
import { headlineCase, sentenceCase } from './title-case.ts';

/** Facts about the statement every citation carries (from content/source/edition.json). */
export interface StatementFacts {
  title: Record<Lang, string>;
  parties: Record<Lang, string>[];
  /** ISO date of signature: the statement's own date. */
  signed: string;
  place: Record<Lang, string>;
  /** Name of this edition, the citation's container, as written (the styles set its case). */
  edition: Record<Lang, string>;
  /** The languages whose texts are equally authentic, as the statement's edition facts name them. */
  authenticLanguages?: Record<Lang, string>;
}

/** A printing of the authentic Chinese text: People's Daily, or the Xinhua dispatch. */
export interface AuthenticSource {
  key: string;
  /** `newspaper` (GB/T 7714 type [N]) or `news-agency` (a dispatch; [Z]). */
  kind: 'newspaper' | 'news-agency';
  publisher: Record<Lang, string>;
  /** Where the publisher is (OSCOLA prints a newspaper's city; GB/T a dispatch's dateline). */
  place: Record<Lang, string>;
  /** ISO date of the issue or the dispatch. */
  date: string;
  page: string | null;
  url: string | null;
  verified: boolean;
  note: Record<Lang, string>;
}

/** What one citation is of, and when. */
export interface CitationInput {
  facts: StatementFacts;
  /** A paragraph, a range of paragraphs, one sentence id, or none for the whole statement. */
  ids: readonly string[];
  /** The edition's own date: when its text was last modified (see edition-facts.ts). */
  editionDate: string;
  accessed: string;
  url: string;
}

// ————— dates and pinpoints —————

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];
/** September 14, 2022 (Chicago, APA). */
const usDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${MONTHS[m - 1] ?? ''} ${d}, ${y}`;
};
/** 14 September 2022 (OSCOLA). */
const ukDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
};
/** 2022年9月14日 */
const zhDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${y}年${m}月${d}日`;
};
/** 2022, September 14 (APA). */
const apaDate = (iso: string) => {
  const [y, m, d] = parts(iso);
  return `${y}, ${MONTHS[m - 1] ?? ''} ${d}`;
};
const year = (iso: string) => iso.slice(0, 4);

function chineseParagraph(id: string): string {
  if (id === 'closing') return '结尾';
  if (id === 'signatures') return '签署部分';
  const { order } = partOfParagraph(id);
  const part = order === 0 ? '序言' : `第${chineseNumeral(order)}部分`;
  return `${part}第${parseNumberedId(id)?.number ?? ''}段`;
}

/**
 * 第二部分第5段, 第二部分第5–7段, 序言第3段, 第四部分第5段第1句: how a Chinese
 * citation names paragraphs and sentences.
 */
export function chinesePinpoint(ids: readonly string[]): string {
  const sentence = ids.length === 1 ? parseSentenceId(ids[0] ?? '') : undefined;
  if (sentence) return `${chineseParagraph(sentence.paragraph)}第${sentence.sentence}句`;
  const first = ids[0] ?? '';
  const last = ids.at(-1) ?? '';
  if (ids.length <= 1) return chineseParagraph(first);
  const a = chineseParagraph(first);
  const b = chineseParagraph(last);
  const partOf = (s: string) => s.replace(/第\d+段$/, '');
  return partOf(a) === partOf(b) && a !== partOf(a)
    ? `${a.replace(/段$/, '')}–${b.slice(partOf(b).length + 1)}`
    : `${a}至${b}`;
}

/**
 * para. IV.5, para. IV.5, sentence 1, paras. II.5–7: the English pinpoint,
 * in the edition's paragraph labels. OSCOLA writes abbreviations without a
 * full stop (para, paras).
 */
export function englishPinpoint(ids: readonly string[], oscola = false): string {
  const dot = oscola ? '' : '.';
  const sentence = ids.length === 1 ? parseSentenceId(ids[0] ?? '') : undefined;
  if (sentence) return `para${dot} ${paragraphLabel(sentence.paragraph, 'en')}, sentence ${sentence.sentence}`;
  if (ids.length > 1) return `paras${dot} ${rangeLabel(ids, 'en')}`;
  return ids[0] ? `para${dot} ${rangeLabel(ids, 'en')}` : '';
}

// ————— the styles —————

export type CitationStyle = 'gb-t-7714' | 'chicago' | 'oscola' | 'apa';

export interface FormattedCitation {
  key: CitationStyle;
  name: string;
  /** The BCP 47 tag of the citation's own wording: the Chinese text's tag for GB/T 7714, `en` for the others. */
  lang: string;
  /** The entry for a reference list or bibliography. */
  reference: string;
  /** The footnote (Chicago, OSCOLA), in-text citation (APA) or numbered marker with pinpoint (GB/T). */
  note: string;
}

const curly = (s: string) => s.replace(/'/g, '’');
const withPin = (pin: string, before = ', ') => (pin ? `${before}${pin}` : '');

function authors(facts: StatementFacts, join: string): string {
  return curly(facts.parties.map((p) => p.en.replace(/^the /, '')).join(join));
}
const authorsZh = (facts: StatementFacts) => facts.parties.map((p) => p.zh).join(', ');

/** A text of the edition as a citation names it: the fields of its registry entry (src/lib/edition/texts.ts). */
export interface CitedText {
  code: string;
  /** BCP 47 tag: it decides the styles that cite the text in its own language and the CSL item's `language`. */
  lang: string;
  role: 'authentic' | 'translation';
  label: { en: string };
}

const isChinese = (text: CitedText) => /^zh\b/i.test(text.lang);
const isEnglish = (text: CitedText) => /^en\b/i.test(text.lang);

/**
 * Whether a style is written in the text's own language: GB/T 7714 (Chinese) for a Chinese text, Chicago,
 * OSCOLA and APA (English) for an English one. A text in another language (a Russian translation) has none
 * here; the English-language styles cite it, as a translation, under its own name.
 */
export function hasOwnStyles(text: CitedText): boolean {
  return isChinese(text) || isEnglish(text);
}

/**
 * The title a citation of `text` gives beside the English one, or none for an English text. The edition's facts
 * hold the statement's title in Chinese and English; a text in another language is cited under its own title
 * where the facts have one, else under the original title (the `original` text's, the primary), with the English
 * in square brackets as the citations of the authentic printings below do — never a made-up translation.
 */
function foreignTitle(facts: StatementFacts, text: CitedText, original: CitedText): string | undefined {
  if (isEnglish(text)) return undefined;
  const titles = facts.title as Record<string, string | undefined>;
  return titles[text.code] ?? titles[original.code];
}

/** What the citation says the text is: “unofficial English translation”, “Russian text (authentic)”. */
const status = (text: CitedText) =>
  text.role === 'translation' ? `unofficial ${text.label.en} translation` : `${text.label.en} text (authentic)`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * `text` as this edition publishes it, in the styles of its own language — GB/T 7714 for a Chinese text,
 * Chicago, OSCOLA and APA for any other (an English one, or a text with no style of its own here). The
 * statement's date (signature) and the edition's date (last modified) are kept apart: the signature goes with
 * the title, the edition's date with the edition. `original` is the text whose title stands for a text the facts give
 * no title in (the primary text).
 */
export function citeText(input: CitationInput, text: CitedText, original: CitedText): FormattedCitation[] {
  const { facts, ids, editionDate, accessed, url } = input;
  if (isChinese(text)) {
    const zhPin = ids.length ? chinesePinpoint(ids) : '';
    return [
      {
        key: 'gb-t-7714',
        name: 'GB/T 7714-2015',
        lang: text.lang,
        // GB/T 7714-2015, 8.8 (electronic resources) and 8.1.1 (part of a host, “//”): (date of update)[date cited].
        reference: `${authorsZh(facts)}. ${facts.title.zh}（${facts.place.zh}，${zhDate(facts.signed)}）[EB/OL]//${facts.edition.zh}. (${editionDate})[${accessed}]. ${url}.`,
        // 10.1.3: the numbered marker with the location cited after it.
        note: zhPin ? `[1]${zhPin}` : '',
      },
    ];
  }
  const pin = englishPinpoint(ids);
  const pinOscola = englishPinpoint(ids, true);
  const titleChicago = curly(headlineCase(facts.title.en));
  const foreign = foreignTitle(facts, text, original);
  // Quoted as each style quotes a title; a title in another language quoted, its English after it in brackets.
  const quoted = (open: string, close: string, stop = '') =>
    foreign ? `${open}${foreign}${close} [${titleChicago}]${stop}` : `${open}${titleChicago}${stop}${close}`;
  const titleApa = foreign
    ? `${foreign} [${curly(sentenceCase(facts.title.en))}]`
    : curly(sentenceCase(facts.title.en));
  const editionChicago = headlineCase(facts.edition.en);
  const signedUs = `${facts.place.en}, ${usDate(facts.signed)}`;
  const signedUk = `${facts.place.en}, ${ukDate(facts.signed)}`;
  const what = status(text);
  return [
    {
      key: 'chicago',
      name: 'Chicago (notes and bibliography)',
      lang: 'en',
      reference: `${authors(facts, ' and ')}. ${quoted('“', '”', '.')} Signed at ${signedUs}. ${capital(what)}. In ${editionChicago}. Last modified ${usDate(editionDate)}. ${url}.`,
      note: `${authors(facts, ' and ')}, ${quoted('“', '”')} (${signedUs})${withPin(pin)}, ${what}, in ${editionChicago}, last modified ${usDate(editionDate)}, ${url}.`,
    },
    {
      key: 'oscola',
      name: 'OSCOLA',
      lang: 'en',
      reference: `${authors(facts, ' and ')}, ${quoted('‘', '’')} (${signedUk}), ${what} in ${editionChicago} (last updated ${ukDate(editionDate)}) <${url}> accessed ${ukDate(accessed)}`,
      note: `${authors(facts, ' and ')}, ${quoted('‘', '’')} (${signedUk})${withPin(pinOscola, ' ')}, ${what} in ${editionChicago} (last updated ${ukDate(editionDate)}) <${url}> accessed ${ukDate(accessed)}.`,
    },
    {
      key: 'apa',
      name: 'APA',
      lang: 'en',
      // APA 7, 9.39–9.41 (translated and republished works): this edition's date, then “Original work published”.
      reference: `${authors(facts, ' & ')}. (${apaDate(editionDate)}). ${titleApa} [${capital(what)}; signed ${signedUs}]. ${sentenceCase(facts.edition.en)}. ${url} (Original work published ${year(facts.signed)})`,
      note: `(${authors(facts, ' & ')}, ${year(facts.signed)}/${year(editionDate)}${withPin(pin)})`,
    },
  ];
}

/**
 * The statement as this edition publishes it, in the styles of each text's own language (see `citeText`), for
 * the texts that have such styles: the authentic Chinese in GB/T 7714, the English translation in Chicago,
 * OSCOLA and APA.
 */
export function citeEdition(
  input: CitationInput,
  texts: readonly CitedText[],
  original: CitedText,
): FormattedCitation[] {
  return texts.filter(hasOwnStyles).flatMap((text) => citeText(input, text, original));
}

/**
 * The authentic Chinese text as printed by `source` (People's Daily, the
 * Xinhua dispatch), in the four styles, with the pinpoint to part, paragraph
 * and sentence. The Chinese title comes first, the English translation of
 * the title in square brackets (Chicago 11.95, OSCOLA 1.7, APA 9.38).
 */
export function citeAuthenticSource(
  facts: StatementFacts,
  source: AuthenticSource,
  ids: readonly string[],
  accessed: string,
): FormattedCitation[] {
  const pin = englishPinpoint(ids);
  const pinOscola = englishPinpoint(ids, true);
  const zhPin = ids.length ? chinesePinpoint(ids) : '';
  const who = authors(facts, ' and ');
  const titleEn = `[${curly(headlineCase(facts.title.en))}]`;
  const titleApa = `[${curly(sentenceCase(facts.title.en))}]`;
  const paper = curly(source.publisher.en);
  const page = source.page;
  const online = source.url ? `, ${source.url}` : '';
  const onlineUk = source.url ? ` <${source.url}> accessed ${ukDate(accessed)}` : '';
  const gbt =
    source.kind === 'newspaper'
      ? // 8.1.? newspaper: title[N]. paper, date(page).
        `${authorsZh(facts)}. ${facts.title.zh}[N]. ${source.publisher.zh}, ${source.date}${page ? `(${page})` : ''}.`
      : // No GB/T type for a news-agency dispatch: [Z] (other), with its dateline as place and publisher.
        `${authorsZh(facts)}. ${facts.title.zh}[Z]. ${source.place.zh}: ${source.publisher.zh}, ${source.date}.`;
  const chicagoWhere =
    source.kind === 'newspaper'
      ? `${paper}, ${usDate(source.date)}${page ? `, ${page}` : ''}`
      : `${paper}, ${source.place.en}, ${usDate(source.date)}`;
  const oscolaWhere =
    source.kind === 'newspaper'
      ? `${paper} (${source.place.en}, ${ukDate(source.date)})${page ? ` ${page}` : ''}`
      : `(${paper}, ${source.place.en}, ${ukDate(source.date)})`;
  return [
    { key: 'gb-t-7714', name: 'GB/T 7714-2015', lang: 'zh-Hans', reference: gbt, note: zhPin ? `[1]${zhPin}` : '' },
    {
      key: 'chicago',
      name: 'Chicago (notes and bibliography)',
      lang: 'en',
      reference: `${who}. “${facts.title.zh}” ${titleEn}. ${chicagoWhere}.${source.url ? ` ${source.url}.` : ''}`,
      note: `${who}, “${facts.title.zh}” ${titleEn}, ${chicagoWhere}${withPin(pin)}${online}.`,
    },
    {
      key: 'oscola',
      name: 'OSCOLA',
      lang: 'en',
      reference: `${who}, ‘${facts.title.zh}’ ${titleEn} ${oscolaWhere}${onlineUk}`,
      note: `${who}, ‘${facts.title.zh}’ ${titleEn} ${oscolaWhere}${withPin(pinOscola, source.kind === 'newspaper' && page ? ', ' : ' ')}${onlineUk}.`,
    },
    {
      key: 'apa',
      name: 'APA',
      lang: 'en',
      reference: `${authors(facts, ' & ')}. (${apaDate(source.date)}). ${facts.title.zh} ${titleApa}. ${paper.replace(/ \(.*\)$/, '')}${page ? `, ${page}` : ''}.${source.url ? ` ${source.url}` : ''}`,
      note: `(${authors(facts, ' & ')}, ${year(source.date)}${withPin(pin)})`,
    },
  ];
}

// ————— machine-readable forms —————

/** The CSL-JSON fields this edition sets. */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'webpage';
  language: string;
  title: string;
  author: { literal: string }[];
  /** The edition's date (last modified), not the statement's. */
  issued: { 'date-parts': number[][] };
  /** The statement's own date (signature). */
  'original-date': { 'date-parts': number[][] };
  accessed: { 'date-parts': number[][] };
  'container-title': string;
  URL: string;
  note: string;
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

/**
 * One citable thing — the whole statement, a paragraph, a range or a
 * sentence — in one text of the edition, as a CSL-JSON item for reference
 * managers: a Chinese text in Chinese (citing the authentic text), any other
 * in English words with the text's own language tag (citing the unofficial
 * English or Russian translation). The place and date of signature go into
 * the title, the pinpoint too (reference managers have no field for a
 * paragraph). `original` is the primary text, whose title stands for
 * a text the facts give no title in (see `foreignTitle`).
 */
export function cslItem(input: CitationInput, text: CitedText, original: CitedText): CslItem {
  const { facts, ids, editionDate, accessed, url } = input;
  const chinese = isChinese(text);
  const signedOn = chinese
    ? `${facts.place.zh}，${zhDate(facts.signed)}`
    : `${facts.place.en}, ${ukDate(facts.signed)}`;
  const pin = ids.length ? (chinese ? `，${chinesePinpoint(ids)}` : `, ${englishPinpoint(ids)}`) : '';
  const foreign = chinese ? undefined : foreignTitle(facts, text, original);
  // Short enough for RIS, whose ID field holds 20 characters; a text cited in English words besides the English
  // translation adds its code, so two texts' items never share a key.
  const own = chinese || isEnglish(text) ? '' : `-${text.code}`;
  const id = `cnkz2022${ids.length ? `-${ids[0]}${ids.length > 1 ? `-${ids.at(-1)}` : ''}` : ''}${own}`;
  const parties = chinese ? facts.parties.map((party) => party.zh) : facts.parties.map((party) => party.en);
  return {
    id,
    // BibTeX keys may not contain hyphens or dots.
    'citation-key': id.replace(/[-.]/g, '_'),
    type: 'webpage',
    language: text.lang,
    title: chinese
      ? `${facts.title.zh}（${signedOn}）${pin}`
      : `${foreign ? `${foreign} [${facts.title.en}]` : facts.title.en} (${signedOn})${pin}`,
    author: parties.map((party) => ({ literal: party.replace(/^the /, '') })),
    issued: { 'date-parts': dateParts(editionDate) },
    'original-date': { 'date-parts': dateParts(facts.signed) },
    accessed: { 'date-parts': dateParts(accessed) },
    'container-title': chinese ? facts.edition.zh : headlineCase(facts.edition.en),
    URL: url,
    note: chinese
      ? text.role === 'authentic'
        ? '中文为作准文本。'
        : '本版非官方译文。'
      : text.role === 'authentic'
        ? `Authentic ${text.label.en} text.`
        : facts.authenticLanguages
          ? `Unofficial ${text.label.en} translation; the ${facts.authenticLanguages.en} texts are equally authentic.`
          : `Unofficial ${text.label.en} translation; the ${original.label.en} text is authentic.`,
  };
}

interface CiteInstance {
  format: (format: string, options?: Record<string, unknown>) => string;
}
interface CitationJs {
  Cite: new (data: unknown) => CiteInstance;
}

let citationJs: CitationJs | undefined;

/** citation-js with its BibTeX and RIS output plugins (loaded once). */
function engine(): CitationJs {
  if (citationJs) return citationJs;
  const require = createRequire(import.meta.url);
  const loaded = require('@citation-js/core') as CitationJs;
  require('@citation-js/plugin-bibtex');
  require('@citation-js/plugin-ris');
  citationJs = loaded;
  return loaded;
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
