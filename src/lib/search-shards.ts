/**
 * The search data split so a first query downloads what it needs, not every
 * text of the edition: a small manifest, the records in chunks, and two
 * indexes in shards. The Chinese index lists where each pair of characters
 * occurs, so the exact-substring pass (src/lib/search.ts) is answered from
 * the shards of the query's characters alone; the English index lists which
 * records hold a word, so the English pass reads only the records that can
 * match. Results are the same as the passes over every record give.
 */
import { chineseTerms, englishPhrases, englishTerms, type SearchHit, type SearchRecord } from './search.ts';

/** search/index.json: what the browser loads first. */
export interface SearchManifest {
  /** Records in each file search/records/<n>.json: record k is in file ⌊k / chunkSize⌋. */
  chunkSize: number;
  /** Every record's id, in record order: paragraphs, register entries, glossary terms. */
  ids: string[];
  /** How many records of each kind, in that order. */
  kinds: Record<SearchRecord['kind'], number>;
  /** How many files search/zh/<n>.json and search/en/<n>.json there are. */
  shards: { zh: number; en: number };
  /** The glossary's names in both languages: a query naming a term marks its counterpart too. */
  terms: { zh: string; en: string }[];
}

/**
 * A Chinese shard: for each pair of characters (and each text's last
 * character, alone), the records holding it, each as [record, length of its
 * Chinese in characters, …positions in characters].
 */
export type ChineseShard = Record<string, number[][]>;

/** An English shard: for each word (folded, lower case), the records holding it. */
export type EnglishShard = Record<string, number[]>;

export interface ShardedSearchData {
  manifest: SearchManifest;
  chunks: SearchRecord[][];
  zh: ChineseShard[];
  en: EnglishShard[];
}

const KINDS: SearchRecord['kind'][] = ['paragraph', 'instrument', 'term'];

/** Which shard a key belongs to: by its first character, so a key's neighbours in a query often share a file. */
export function shardOf(key: string, shards: number): number {
  const first = key.codePointAt(0) ?? 0;
  // Multiplicative hashing spreads neighbouring code points (common Han characters sit close together).
  return (Math.imul(first, 2654435761) >>> 0) % shards;
}

/** Text folded as the English pass folds it: accents off, lower case. */
const foldEnglish = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** The words a record's English holds, as the English pass sees word starts. */
export function englishWords(text: string): string[] {
  return foldEnglish(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** English shards are keyed by a word's first two characters, so one query word opens one shard. */
const englishKey = (word: string) => [...word].slice(0, 2).join('');

/**
 * Splits the records (in the order the browser ranks ties: paragraphs, then
 * the register, then the glossary) into chunks and indexes them. `zhShards`
 * and `enShards` are how many files each index is cut into.
 */
export function shardSearchData(
  records: readonly SearchRecord[],
  { chunkSize = 16, zhShards = 64, enShards = 64 }: { chunkSize?: number; zhShards?: number; enShards?: number } = {},
): ShardedSearchData {
  for (let i = 1; i < records.length; i += 1) {
    if (KINDS.indexOf(records[i]!.kind) < KINDS.indexOf(records[i - 1]!.kind))
      throw new Error(
        `Search records must come paragraphs first, then register entries, then terms (${records[i]!.id}).`,
      );
  }
  const zh: ChineseShard[] = Array.from({ length: zhShards }, () => ({}));
  const en: EnglishShard[] = Array.from({ length: enShards }, () => ({}));
  records.forEach((record, n) => {
    const chars = [...record.zh];
    const positions = new Map<string, number[]>();
    chars.forEach((char, at) => {
      const key = at + 1 < chars.length ? char + chars[at + 1]! : char;
      positions.set(key, [...(positions.get(key) ?? []), at]);
    });
    for (const [key, at] of positions) {
      const shard = zh[shardOf(key, zhShards)]!;
      (shard[key] ??= []).push([n, chars.length, ...at]);
    }
    for (const word of new Set(englishWords(record.en))) {
      const shard = en[shardOf(englishKey(word), enShards)]!;
      const list = (shard[word] ??= []);
      if (list.at(-1) !== n) list.push(n);
    }
  });
  const chunks: SearchRecord[][] = [];
  for (let at = 0; at < records.length; at += chunkSize) chunks.push(records.slice(at, at + chunkSize));
  const kinds = { paragraph: 0, instrument: 0, term: 0 };
  for (const r of records) kinds[r.kind] += 1;
  return {
    manifest: {
      chunkSize,
      ids: records.map((r) => r.id),
      kinds,
      shards: { zh: zhShards, en: enShards },
      terms: records.filter((r) => r.kind === 'term').map((r) => ({ zh: r.zh, en: r.en })),
    },
    chunks,
    zh,
    en,
  };
}

/** A record's kind, from its place in the record order. */
export function kindAt(manifest: SearchManifest, n: number): SearchRecord['kind'] {
  if (n < manifest.kinds.paragraph) return 'paragraph';
  return n < manifest.kinds.paragraph + manifest.kinds.instrument ? 'instrument' : 'term';
}

/** The Chinese keys a term is found by: pairs at every other position, the last pair overlapping; one character alone. */
export function chineseKeys(term: string): string[] {
  const chars = [...term];
  if (chars.length === 1) return [term];
  const starts: number[] = [];
  for (let at = 0; at + 2 <= chars.length; at += 2) starts.push(at);
  if (chars.length % 2 === 1) starts.push(chars.length - 2);
  return starts.map((at) => chars[at]! + chars[at + 1]!);
}

/** The Chinese shards a query needs. */
export function chineseShardsFor(query: string, manifest: SearchManifest): number[] {
  const keys = chineseTerms(query).flatMap(chineseKeys);
  return [...new Set(keys.map((key) => shardOf(key, manifest.shards.zh)))].sort((a, b) => a - b);
}

/**
 * The Chinese pass from the index: the same hits, scores and order as
 * `searchChinese` over every record (src/lib/search.ts), given the shards
 * `chineseShardsFor` names, by shard number.
 */
export function searchChineseIndexed(
  manifest: SearchManifest,
  shards: ReadonlyMap<number, ChineseShard>,
  query: string,
): SearchHit[] {
  const terms = chineseTerms(query);
  if (terms.length === 0) return [];
  const lengths = new Map<number, number>();
  const counts = terms.map((term) => occurrences(manifest, shards, term, lengths));
  const hits: SearchHit[] = [];
  // Record order, then a stable sort: ties fall as they do in the pass over every record.
  const candidates = [...(counts[0]?.keys() ?? [])].sort((a, b) => a - b);
  for (const n of candidates) {
    const found = counts.map((c) => c.get(n) ?? 0);
    if (found.some((c) => c === 0)) continue;
    const total = found.reduce((a, b) => a + b, 0);
    hits.push({ id: manifest.ids[n]!, matched: ['zh'], score: total / Math.log2(8 + lengths.get(n)!) });
  }
  return hits.sort((a, b) => b.score - a.score);
}

/** Per record, how many times the term occurs without overlapping (as `indexOf` from the end of the last match counts). */
function occurrences(
  manifest: SearchManifest,
  shards: ReadonlyMap<number, ChineseShard>,
  term: string,
  lengths: Map<number, number>,
): Map<number, number> {
  const chars = [...term];
  const lookup = (key: string) => {
    const shard = shards.get(shardOf(key, manifest.shards.zh));
    if (!shard) throw new Error(`Chinese search shard ${shardOf(key, manifest.shards.zh)} is not loaded.`);
    return shard;
  };
  const starts = new Map<number, number[]>();
  if (chars.length === 1) {
    // A single character: every pair it begins, and the texts it ends.
    for (const [key, entries] of Object.entries(lookup(term))) {
      if (key.codePointAt(0) !== term.codePointAt(0)) continue;
      for (const [n, length, ...at] of entries) {
        lengths.set(n!, length!);
        starts.set(n!, [...(starts.get(n!) ?? []), ...at]);
      }
    }
  } else {
    const keys = chineseKeys(term);
    const offsets = keys.map((_, i) => (chars.length % 2 === 1 && i === keys.length - 1 ? chars.length - 2 : i * 2));
    const sets = keys.map((key) => {
      const map = new Map<number, Set<number>>();
      for (const [n, length, ...at] of lookup(key)[key] ?? []) {
        lengths.set(n!, length!);
        map.set(n!, new Set(at));
      }
      return map;
    });
    for (const [n, first] of sets[0]!) {
      const at = [...first].filter((p) => sets.every((set, i) => set.get(n)?.has(p + offsets[i]!)));
      if (at.length) starts.set(n, at);
    }
  }
  const counts = new Map<number, number>();
  for (const [n, at] of starts) {
    let count = 0;
    let free = 0;
    for (const p of at.sort((a, b) => a - b)) {
      if (p < free) continue;
      count += 1;
      free = p + chars.length;
    }
    counts.set(n, count);
  }
  return counts;
}

/** The English shards a query needs; `undefined` when a word is too short to name one (then every record is read). */
export function englishShardsFor(query: string, manifest: SearchManifest): number[] | undefined {
  const heads = englishHeads(query);
  if (heads === undefined) return undefined;
  return [...new Set(heads.map((head) => shardOf(englishKey(head), manifest.shards.en)))].sort((a, b) => a - b);
}

/** Each query word's part up to its first non-letter: a word of the text must begin with it. */
function englishHeads(query: string): string[] | undefined {
  const terms = englishTerms(query.normalize('NFKD').replace(/\p{M}/gu, ''));
  if (terms.length === 0) return undefined;
  const heads = terms.map((t) => t.split(/[^\p{L}\p{N}]/u)[0] ?? '');
  return heads.every((h) => [...h].length >= 2) ? heads : undefined;
}

/**
 * The records that can hold every word of the query at a word start (a
 * superset of what the English pass finds); `undefined` when the query
 * cannot narrow them.
 */
export function englishCandidates(
  manifest: SearchManifest,
  shards: ReadonlyMap<number, EnglishShard>,
  query: string,
): number[] | undefined {
  const heads = englishHeads(query);
  if (heads === undefined) return undefined;
  let candidates: Set<number> | undefined;
  for (const head of heads) {
    const shard = shards.get(shardOf(englishKey(head), manifest.shards.en));
    if (!shard) throw new Error(`English search shard for “${head}” is not loaded.`);
    const found = new Set<number>();
    for (const [word, list] of Object.entries(shard)) if (word.startsWith(head)) for (const n of list) found.add(n);
    candidates = candidates ? new Set([...candidates].filter((n) => found.has(n))) : found;
  }
  return [...(candidates ?? [])].sort((a, b) => a - b);
}

/**
 * How finely to cut: a shard per about 2,000 characters of Chinese and per
 * about 2,000 English words (a power of two, at least 16), so a shard stays
 * a few kilobytes whatever the size of the edition.
 */
export function shardCounts(records: readonly SearchRecord[]): {
  chunkSize: number;
  zhShards: number;
  enShards: number;
} {
  const chars = records.reduce((sum, r) => sum + [...r.zh].length, 0);
  const words = records.reduce((sum, r) => sum + englishWords(r.en).length, 0);
  const pow2 = (n: number) => 2 ** Math.max(4, Math.ceil(Math.log2(Math.max(1, n / 2000))));
  return { chunkSize: 16, zhShards: pow2(chars), enShards: pow2(words) };
}

/**
 * Does the English index alone say which records the English pass finds?
 * Yes when the query has no quoted phrase and each word is letters and
 * digits only (a word of the index then begins with it exactly where the
 * pass finds it); a hyphenated word or a phrase needs the records' text.
 */
export function englishIndexIsExact(query: string): boolean {
  const terms = englishTerms(query.normalize('NFKD').replace(/\p{M}/gu, ''));
  return englishPhrases(query).length === 0 && terms.length > 0 && terms.every((t) => /^[\p{L}\p{N}]+$/u.test(t));
}

/**
 * The script whose word queries the own English index answers alone, or
 * undefined: the English text's script, unless another text searched by
 * words shares it (a Kazakh in Latin script would need Pagefind, which
 * indexes every text; the own index holds the English only).
 */
export function ownWordIndexScript(
  texts: readonly { code: string; script?: string; search?: string }[],
): string | undefined {
  const english = texts.find((t) => t.code === 'en');
  if (!english?.script) return undefined;
  const shared = texts.some((t) => t.code !== 'en' && t.search === 'words' && t.script === english.script);
  return shared ? undefined : english.script;
}
