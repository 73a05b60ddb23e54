import {
  applyFilters,
  containsEveryWord,
  paragraphsFirst,
  chineseTerms,
  containsPhrase,
  englishPhrases,
  mergeHits,
  normaliseQuery,
  searchEnglish,
  scriptsOf,
  type SearchFilters,
  type SearchHit,
  type SearchRecord,
} from '../../lib/search.ts';
import {
  chineseShardsFor,
  englishCandidates,
  englishIndexIsExact,
  englishShardsFor,
  kindAt,
  searchChineseIndexed,
  type ChineseShard,
  type EnglishShard,
  type SearchManifest,
} from '../../lib/search-shards.ts';

/** How an engine answers word queries. */
export interface EngineOptions {
  /** `false`: never load Pagefind (the scale bench runs the engine in Node, without it). */
  pagefind?: boolean;
  /**
   * An ISO 15924 script (`Latn`) whose queries the edition's own English index answers alone, without
   * Pagefind: the header box sets it, so a first English query loads no Pagefind runtime (about 86 KB);
   * the search page leaves it unset and keeps Pagefind's stemming and ranking.
   */
  ownIndexScript?: string;
}

/** Is every letter of the (Han-free) query in the script the own index covers? */
export function ownIndexCovers(query: string, script: string | undefined): boolean {
  if (!script) return false;
  const letters = query.match(/\p{L}/gu) ?? [];
  let inScript: RegExp;
  try {
    inScript = new RegExp(`^\\p{Script=${script}}$`, 'u');
  } catch {
    return false; // not a script Unicode knows (Hans, Hant): Pagefind answers
  }
  return letters.length > 0 && letters.every((letter) => inScript.test(letter));
}

interface PagefindResult {
  data: () => Promise<{ meta: { id?: string }; content: string }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

/** What a query found: hits best first, the records loaded for showing them, every hit's kind, the glossary's names. */
export interface Found {
  hits: SearchHit[];
  byId: Map<string, SearchRecord>;
  kinds: Map<string, Pick<SearchRecord, 'kind'>>;
  glossary: Pick<SearchRecord, 'kind' | 'zh' | 'en'>[];
}

/** How many hits of each kind will be shown; records are loaded for those only. Undefined: all. */
export type Shown = Record<SearchRecord['kind'], number> | undefined;

/** Record files the English pass reads at most to rank a query's records itself (this edition has 17 in all). */
const ENGLISH_CHUNK_BUDGET = 24;

/** Thrown by a pass that needs a file not loaded yet; `search` loads it and runs the pass again. */
class Missing extends Error {
  readonly files: string[];
  constructor(files: string[]) {
    super(`search data not loaded yet: ${files.join(', ')}`);
    this.files = files;
  }
}

/**
 * Loads the search data (src/lib/search-shards.ts) piece by piece as queries
 * need it, never before the first: the manifest, the index shards of the
 * query's characters and words, the records to show. Pagefind loads on the
 * first English query the own index does not answer alone (EngineOptions). A load that fails is forgotten, so the next query
 * tries again instead of failing for good.
 */
export class SearchEngine {
  #files = new Map<string, Promise<unknown>>();
  #loaded = new Map<string, unknown>();
  #pagefind?: Promise<Pagefind>;
  #index?: Map<string, number>;

  readonly base: string;
  readonly options: EngineOptions;

  constructor(base: string, options: EngineOptions = {}) {
    this.base = base;
    this.options = options;
  }

  /** Fetches the manifest: a focused box calls it so the first keystroke waits for less. */
  prepare(): Promise<unknown> {
    return this.#load('search/index.json');
  }

  #load(file: string): Promise<unknown> {
    let pending = this.#files.get(file);
    if (!pending) {
      pending = fetch(`${this.base}${file}`).then(async (response) => {
        if (!response.ok) throw new Error(`search data ${file}: HTTP ${response.status}`);
        const data = (await response.json()) as unknown;
        this.#loaded.set(file, data);
        return data;
      });
      pending.catch(() => this.#files.delete(file));
      this.#files.set(file, pending);
    }
    return pending;
  }

  /** A loaded file, or a `Missing` naming it. */
  #get<T>(file: string): T {
    if (!this.#loaded.has(file)) throw new Missing([file]);
    return this.#loaded.get(file) as T;
  }

  /** Several loaded files, or one `Missing` naming all that are not. */
  #all<T>(files: string[]): T[] {
    const absent = files.filter((f) => !this.#loaded.has(f));
    if (absent.length) throw new Missing(absent);
    return files.map((f) => this.#loaded.get(f) as T);
  }

  #loadPagefind(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const url = `${this.base}pagefind/pagefind.js`;
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ basePath: `${this.base}pagefind/` });
      await module.init();
      return module;
    })();
    this.#pagefind.catch(() => (this.#pagefind = undefined));
    return this.#pagefind;
  }

  /** Pagefind ranks; each result's fragment must be fetched to learn its id, so only the best `limit` are. */
  async #englishIds(query: string, limit: number): Promise<string[]> {
    const pagefind = await this.#loadPagefind();
    const found = await pagefind.search(query);
    if (!found) return [];
    const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
    const phrases = englishPhrases(query);
    return data
      .filter((d) => containsEveryWord(d.content, query) && phrases.every((p) => containsPhrase(d.content, p)))
      .map((d) => d.meta.id)
      .filter((id): id is string => Boolean(id));
  }

  /** What can be answered without Pagefind, at once, from the files already loaded; undefined if one is missing. */
  quick(query: string, filters: SearchFilters = {}, shown?: Shown): Found | undefined {
    try {
      return this.#combine(normaliseQuery(query), [], filters, shown);
    } catch (error) {
      if (error instanceof Missing) return undefined;
      throw error;
    }
  }

  async search(query: string, filters: SearchFilters = {}, limit = 12, shown?: Shown): Promise<Found> {
    query = normaliseQuery(query);
    await this.prepare();
    const englishQuery = foldQuery(query);
    const usePagefind =
      this.options.pagefind !== false &&
      scriptsOf(query).en &&
      englishQuery &&
      !ownIndexCovers(englishQuery, this.options.ownIndexScript);
    const ranked = usePagefind ? this.#englishIds(englishQuery, limit) : Promise.resolve([]);
    const english = await ranked;
    return this.#whenLoaded(() => this.#combine(query, english, filters, shown));
  }

  /** Loads what the passes without Pagefind need for this query, so that `quick` answers it. */
  async ready(query: string, filters: SearchFilters = {}, shown?: Shown): Promise<void> {
    query = normaliseQuery(query);
    await this.prepare();
    await this.#whenLoaded(() => this.#combine(query, [], filters, shown));
  }

  /** Each pass names the files it lacks; they load, and the passes run again (at most once per stage). */
  async #whenLoaded<T>(pass: () => T): Promise<T> {
    for (;;) {
      try {
        return pass();
      } catch (error) {
        if (!(error instanceof Missing)) throw error;
        await Promise.all(error.files.map((file) => this.#load(file)));
      }
    }
  }

  /** Chinese substrings, then English: Pagefind's ranking first, then every other record that holds the words. */
  #combine(query: string, ranked: string[], filters: SearchFilters, shown: Shown): Found {
    const manifest = this.#get<SearchManifest>('search/index.json');
    const index = (this.#index ??= new Map(manifest.ids.map((id, n) => [id, n])));
    const scripts = scriptsOf(query);
    const englishQuery = foldQuery(query);
    let chinese: SearchHit[] = [];
    if (scripts.zh) {
      const numbers = chineseShardsFor(query, manifest);
      const shards = this.#all<ChineseShard>(numbers.map((n) => `search/zh/${n}.json`));
      chinese = searchChineseIndexed(manifest, new Map(numbers.map((n, i) => [n, shards[i]!])), query);
    }
    let local: string[] = [];
    if (scripts.en && englishQuery) {
      const numbers = englishShardsFor(englishQuery, manifest);
      const shards = numbers ? this.#all<EnglishShard>(numbers.map((n) => `search/en/${n}.json`)) : [];
      const candidates = numbers
        ? englishCandidates(manifest, new Map(numbers.map((n, i) => [n, shards[i]!])), englishQuery)!
        : manifest.ids.map((_, n) => n);
      const chunks = new Set(candidates.map((n) => Math.floor(n / manifest.chunkSize))).size;
      // A common word in a large edition: reading every record that holds it would cost megabytes. The index
      // already says which records match; those Pagefind did not rank follow in reading order.
      local =
        chunks > ENGLISH_CHUNK_BUDGET && englishIndexIsExact(englishQuery)
          ? candidates.map((n) => manifest.ids[n]!)
          : searchEnglish(this.#records(manifest, candidates), englishQuery).map((hit) => hit.id);
    }
    const english = [...new Set([...ranked, ...local])];
    const merged = mergeHits(chinese, english).filter((hit) => index.has(hit.id));
    const kinds = new Map(merged.map((hit) => [hit.id, { kind: kindAt(manifest, index.get(hit.id)!) }]));
    const glossary = manifest.terms.map((t) => ({ kind: 'term' as const, ...t }));
    const filtered = Object.values(filters).some((value) => value !== undefined && value !== 'all');
    if (shown && !filtered) {
      const hits = paragraphsFirst(merged, kinds);
      const show = (['paragraph', 'instrument', 'term'] as const).flatMap((kind) =>
        hits.filter((hit) => kinds.get(hit.id)?.kind === kind).slice(0, shown[kind]),
      );
      this.#records(
        manifest,
        show.map((hit) => index.get(hit.id)!),
      );
      return { hits, byId: this.#byId(), kinds, glossary };
    }
    const records = this.#records(
      manifest,
      merged.map((hit) => index.get(hit.id)!),
    );
    const byId = new Map(records.map((r) => [r.id, r]));
    return { hits: paragraphsFirst(applyFilters(merged, byId, filters), kinds), byId: this.#byId(), kinds, glossary };
  }

  /** The records numbered, in that order, from their loaded chunks. */
  #records(manifest: SearchManifest, numbers: number[]): SearchRecord[] {
    const chunks = [...new Set(numbers.map((n) => Math.floor(n / manifest.chunkSize)))];
    const loaded = this.#all<SearchRecord[]>(chunks.map((c) => `search/records/${c}.json`));
    const byChunk = new Map(chunks.map((c, i) => [c, loaded[i]!]));
    return numbers.map((n) => byChunk.get(Math.floor(n / manifest.chunkSize))![n % manifest.chunkSize]!);
  }

  /** Every record loaded so far, by id. */
  #byId(): Map<string, SearchRecord> {
    const out = new Map<string, SearchRecord>();
    for (const [file, data] of this.#loaded)
      if (file.startsWith('search/records/')) for (const r of data as SearchRecord[]) out.set(r.id, r);
    return out;
  }
}

// Pagefind matches accents exactly; the English text has none, so a typed “Tokáyev” is folded.
const foldQuery = (query: string) =>
  query
    .replace(/\p{Script=Han}+/gu, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .trim();

export { chineseTerms };
