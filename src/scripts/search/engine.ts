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
  searchChinese,
  type SearchFilters,
  type SearchHit,
  type SearchRecord,
} from '../../lib/search.ts';

interface PagefindResult {
  data: () => Promise<{ meta: { id?: string }; content: string }>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Loads the paragraph texts and Pagefind once, on the first query, never
 * before. A load that fails is forgotten, so the next query tries again
 * instead of failing for good.
 */
export class SearchEngine {
  #paragraphs?: Promise<SearchRecord[]>;
  #pagefind?: Promise<Pagefind>;
  #byId?: Map<string, SearchRecord>;

  constructor(private readonly base: string) {}

  records(): Promise<SearchRecord[]> {
    this.#paragraphs ??= fetch(`${this.base}search/data.json`).then(async (response) => {
      if (!response.ok) throw new Error(`search data: HTTP ${response.status}`);
      const list = (await response.json()) as SearchRecord[];
      this.#byId = new Map(list.map((p) => [p.id, p]));
      return list;
    });
    this.#paragraphs.catch(() => (this.#paragraphs = undefined));
    return this.#paragraphs;
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

  /** What can be answered without Pagefind, at once, once the texts are loaded; undefined before. */
  quick(
    query: string,
    filters: SearchFilters = {},
  ): { hits: SearchHit[]; byId: Map<string, SearchRecord> } | undefined {
    if (!this.#byId) return undefined;
    const records = [...this.#byId.values()];
    return this.#combine(normaliseQuery(query), records, [], filters);
  }

  async search(
    query: string,
    filters: SearchFilters = {},
    limit = 12,
  ): Promise<{ hits: SearchHit[]; byId: Map<string, SearchRecord> }> {
    query = normaliseQuery(query);
    const records = await this.records();
    const englishQuery = foldQuery(query);
    const ranked = scriptsOf(query).en && englishQuery ? await this.#englishIds(englishQuery, limit) : [];
    return this.#combine(query, records, ranked, filters);
  }

  /** Chinese substrings, then English: Pagefind's ranking first, then every other record that holds the words. */
  #combine(query: string, records: SearchRecord[], ranked: string[], filters: SearchFilters) {
    const scripts = scriptsOf(query);
    const chinese = scripts.zh ? searchChinese(records, query) : [];
    const englishQuery = foldQuery(query);
    const local = scripts.en && englishQuery ? searchEnglish(records, englishQuery).map((hit) => hit.id) : [];
    const english = [...new Set([...ranked, ...local])];
    const byId = this.#byId ?? new Map<string, SearchRecord>();
    return { hits: paragraphsFirst(applyFilters(mergeHits(chinese, english), byId, filters), byId), byId };
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
