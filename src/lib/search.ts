/**
 * The search logic that runs in the reader's browser, kept free of the DOM so
 * it can be tested here. Chinese is matched as exact substrings of the
 * paragraph texts: Pagefind segments Chinese into words at index time and
 * only finds whole segments, so a query such as 河流领域 or 克斯坦 that
 * crosses its word boundaries would be missed. English goes through
 * Pagefind (stemming, partial words); its hits arrive here as paragraph ids.
 */

import { restoreFullWidth } from './full-width.ts';

/** One thing search can find: a paragraph of the statement, a register entry or a glossary term. */
export interface SearchRecord {
  id: string;
  kind: 'paragraph' | 'instrument' | 'term';
  /** Part slug for paragraphs; `instruments` or `glossary` for the others. */
  part: string;
  order: number;
  label: { zh: string; en: string };
  partTitle: { zh: string; en: string };
  /** Root-relative path of the page, without the fragment. */
  path: string;
  /** Fragment that lands on the record: the paragraph id or the term's slug. */
  anchor?: string;
  zh: string;
  /** The paragraph in the edition's other texts, by text code (an edition with a third text); searched by Pagefind. */
  other?: Record<string, string>;
  en: string;
  /** Paragraphs: keys of the edition's topics the paragraph belongs to. */
  topics?: string[];
}

export type TextLang = 'zh' | 'en';

export interface SearchHit {
  id: string;
  /** Which language's text matched; both when both did. */
  matched: TextLang[];
  /** Higher is better. */
  score: number;
}

export interface SearchFilters {
  lang?: TextLang | 'all';
  part?: string;
  /** `instruments`: only the register of documents the statement cites. */
  kind?: 'all' | 'instruments';
  /** A topic key: only paragraphs on that topic. */
  topic?: string;
}

/**
 * Characters a reader cannot see but a pasted query often carries: the soft
 * hyphen, zero-width spaces and joiners, the byte-order mark, and direction
 * marks, embeddings and isolates. The text has none of them, so a query that
 * kept them would find nothing.
 */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/** The query as searched: invisible characters dropped, runs of white space made one space, ends trimmed. */
export function normaliseQuery(query: string): string {
  return query.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

const HAN = /\p{Script=Han}/u;
// Scripts searched by words (Pagefind): English, and a third text in Latin or Cyrillic script.
const LATIN = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

/** Does the query need the Chinese pass, the word pass (English, and any other text written with spaces), or both? (Digits go to both.) */
export function scriptsOf(query: string): { zh: boolean; en: boolean } {
  const digits = /\d/.test(query);
  return { zh: HAN.test(query) || digits, en: LATIN.test(query) || digits };
}

/**
 * Query terms for the Chinese pass: Chinese is typed without spaces, so a
 * space separates terms that must all occur (能源 合作). Full-width and ASCII
 * punctuation count as the same.
 */
export function chineseTerms(query: string): string[] {
  // NFKC folds full-width letters and digits to ASCII; the marks the edition prints full-width go back.
  const folded = restoreFullWidth(query.normalize('NFKC').trim());
  return folded
    .split(/\s+/)
    .map((t) => t.replace(/[“”"'‘’《》〈〉「」]/g, ''))
    .filter((t) => t.length > 0 && (HAN.test(t) || /\d/.test(t)));
}

/** Every paragraph whose Chinese contains every term, scored by how often they occur. */
export function searchChinese(paragraphs: readonly SearchRecord[], query: string): SearchHit[] {
  const terms = chineseTerms(query);
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const p of paragraphs) {
    const text = p.zh;
    const counts = terms.map((term) => countOccurrences(text, term));
    if (counts.some((c) => c === 0)) continue;
    const total = counts.reduce((a, b) => a + b, 0);
    // Many occurrences in a short paragraph beat one in a long one.
    hits.push({ id: p.id, matched: ['zh'], score: total / Math.log2(8 + [...text].length) });
  }
  return hits.sort((a, b) => b.score - a.score);
}

function countOccurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) count += 1;
  return count;
}

/**
 * Merges the Chinese hits with the English ones (Pagefind's ranking, best
 * first) into one list of paragraphs, each once, in both languages' order.
 */
export function mergeHits(chinese: readonly SearchHit[], englishIds: readonly string[]): SearchHit[] {
  const merged = new Map<string, SearchHit>();
  const add = (hit: SearchHit) => {
    const seen = merged.get(hit.id);
    if (!seen) merged.set(hit.id, { ...hit, matched: [...hit.matched] });
    else {
      seen.matched = [...new Set([...seen.matched, ...hit.matched])];
      seen.score += hit.score;
    }
  };
  // Rank-based scores put the two lists on one scale.
  chinese.forEach((hit, rank) => add({ id: hit.id, matched: ['zh'], score: 1 / (rank + 1) }));
  englishIds.forEach((id, rank) => add({ id, matched: ['en'], score: 1 / (rank + 1) }));
  return [...merged.values()].sort((a, b) => b.score - a.score);
}

const KIND_ORDER: Record<SearchRecord['kind'], number> = { paragraph: 0, instrument: 1, term: 2 };

/**
 * Readers search for a clause: paragraphs come first, then the register,
 * then the glossary, each in order of relevance. (Short entries would
 * otherwise outrank the paragraphs that use their names.)
 */
export function paragraphsFirst(hits: readonly SearchHit[], records: ReadonlyMap<string, SearchRecord>): SearchHit[] {
  const order = (hit: SearchHit) => KIND_ORDER[records.get(hit.id)?.kind ?? 'term'];
  return [...hits].sort((a, b) => order(a) - order(b) || b.score - a.score);
}

export function applyFilters(
  hits: readonly SearchHit[],
  paragraphs: ReadonlyMap<string, SearchRecord>,
  filters: SearchFilters,
): SearchHit[] {
  return hits.filter((hit) => {
    const p = paragraphs.get(hit.id);
    if (!p) return false;
    if (filters.part && filters.part !== 'all' && p.part !== filters.part) return false;
    if (filters.lang && filters.lang !== 'all' && !hit.matched.includes(filters.lang)) return false;
    if (filters.kind === 'instruments' && p.kind !== 'instrument') return false;
    if (filters.topic && filters.topic !== 'all' && !(p.topics ?? []).includes(filters.topic)) return false;
    return true;
  });
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * A window of the text around the first occurrence of any term, split so
 * the caller can mark the match without building HTML from strings.
 */
export function snippetAround(text: string, terms: readonly string[], radius = 40): Snippet[] {
  const lower = text.toLowerCase();
  let first = -1;
  let length = 0;
  for (const term of terms) {
    const at = lower.indexOf(term.toLowerCase());
    if (at !== -1 && (first === -1 || at < first)) {
      first = at;
      length = term.length;
    }
  }
  if (first === -1) return [{ before: truncate(text, radius * 2), match: '', after: '' }];
  // An English stem (“resolu”) is marked as the whole word it begins (“resolution”).
  const wordEnd = /^[\p{L}-]*/u.exec(text.slice(first + length))?.[0].length ?? 0;
  if (/\p{Script=Latin}/u.test(text.slice(first, first + length))) length += wordEnd;
  let start = Math.max(0, first - radius);
  let end = Math.min(text.length, first + length + radius);
  // In text with spaces, cut at word boundaries.
  if (start > 0 && text.includes(' ')) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length && text.includes(' '))
    end = text.lastIndexOf(' ', end) > first + length ? text.lastIndexOf(' ', end) : end;
  return [
    {
      before: `${start > 0 ? '…' : ''}${text.slice(start, first)}`,
      match: text.slice(first, first + length),
      after: `${text.slice(first + length, end)}${end < text.length ? '…' : ''}`,
    },
  ];
}

/**
 * The counterpart of a match: the same relative stretch of the other
 * language's paragraph, since the translation follows the source's order.
 */
export function counterpartWindow(text: string, ratio: number, length: number): string {
  const chars = [...text];
  if (chars.length <= length) return text;
  const start = Math.max(0, Math.min(chars.length - length, Math.round(ratio * chars.length - length / 2)));
  const end = start + length;
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}

/** Where the first occurrence of any term sits in the text, from 0 (start) to 1 (end). */
export function matchRatio(text: string, terms: readonly string[]): number {
  const lower = text.toLowerCase();
  const positions = terms.map((t) => lower.indexOf(t.toLowerCase())).filter((at) => at >= 0);
  return positions.length ? Math.min(...positions) / Math.max(1, text.length) : 0;
}

/** Shortens text to at most `max` characters plus “…”, at a word boundary where the text has spaces. */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Words too common to find or mark anything by: “and”, “the”, “of”… */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from has have in into is it its of on or that the their this to was were which with'.split(
    ' ',
  ),
);

/**
 * The words of an English query as prefixes for marking matches. Pagefind
 * stems (“cooperation” finds “cooperate”), so a long word is cut back to a
 * stem-like prefix; short words stay whole; stop words are left out.
 */
export function englishTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((t) => t.length > 1 && !HAN.test(t) && !STOP_WORDS.has(t))
    .map((t) => (t.length > 6 ? t.slice(0, Math.max(5, t.length - 4)) : t));
}

/** The quoted parts of an English query (“"Belt and Road"”), lower-cased: each must occur as written. */
export function englishPhrases(query: string): string[] {
  return [...query.matchAll(/["“”]([^"“”]+)["“”]/gu)]
    .map((m) => (m[1] ?? '').trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((phrase) => LATIN.test(phrase));
}

const fold = (text: string) =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

/** Does the text hold the phrase as whole words (case, accents and curly quotes aside)? */
export function containsPhrase(text: string, phrase: string): boolean {
  const escaped = fold(phrase).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/**
 * The English pass over what the browser already has (every paragraph and
 * every register and glossary name): each record whose English holds every
 * word of the query and every quoted phrase. Pagefind adds stemming and its
 * ranking; this pass makes sure no paragraph that says the words is missed
 * and answers before Pagefind has loaded.
 */
export function searchEnglish(records: readonly SearchRecord[], query: string): SearchHit[] {
  const words = englishTerms(query);
  const phrases = englishPhrases(query);
  if (words.length === 0 && phrases.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const record of records) {
    if (!containsEveryWord(record.en, query)) continue;
    if (!phrases.every((phrase) => containsPhrase(record.en, phrase))) continue;
    const text = fold(record.en);
    const count = words.reduce((sum, word) => sum + (text.split(word).length - 1), 0);
    hits.push({ id: record.id, matched: ['en'], score: count / Math.log2(8 + text.length) });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/**
 * The other language's name of a glossary term the query names, so a reader
 * who searched “Belt and Road” sees 一带一路 marked in the Chinese too (and
 * the other way round).
 */
export function glossaryCounterparts(records: readonly SearchRecord[], query: string): { zh: string[]; en: string[] } {
  const phrases = englishPhrases(query);
  const plain = fold(query.replace(/["“”]/g, '')).trim();
  const zhTerms = chineseTerms(query);
  const out = { zh: [] as string[], en: [] as string[] };
  for (const record of records) {
    if (record.kind !== 'term') continue;
    const en = fold(record.en);
    if (plain && (en === plain || phrases.includes(en))) out.zh.push(record.zh);
    if (zhTerms.includes(record.zh)) out.en.push(record.en);
  }
  return out;
}

/** How many hits of each kind: the header's dropdown says so for paragraphs, register entries and terms. */
export function countByKind(
  hits: readonly SearchHit[],
  records: ReadonlyMap<string, SearchRecord>,
): Record<SearchRecord['kind'], number> {
  const counts = { paragraph: 0, instrument: 0, term: 0 };
  for (const hit of hits) {
    const kind = records.get(hit.id)?.kind;
    if (kind) counts[kind] += 1;
  }
  return counts;
}

/**
 * Pagefind widens a query it cannot match (a word it does not know may match
 * unrelated prefixes: “Mars” finds “market”). A result is kept only if every
 * word of the query occurs in it as the start of a word, allowing the
 * endings stemming allows.
 */
export function containsEveryWord(text: string, query: string): boolean {
  const folded = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return englishTerms(query.normalize('NFKD').replace(/\p{M}/gu, '')).every((term) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(folded),
  );
}
