import {
  chineseTerms,
  countByKind,
  counterpartWindow,
  englishPhrases,
  englishTerms,
  glossaryCounterparts,
  matchRatio,
  normaliseQuery,
  snippetAround,
  truncate,
  type SearchHit,
  type SearchRecord,
  type TextLang,
} from '../../lib/search.ts';
import { fill } from '../../lib/fill.ts';
import { plural, type PluralForms } from '../../lib/plural.ts';
import { SearchEngine, type Found } from './engine.ts';
import { searchPath, switchInterface } from '../../lib/routes.ts';

interface Strings {
  loading: string;
  unavailable: string;
  none: string;
  /** The interface language's BCP 47 tag, for its plural rules. */
  lang: string;
  count: PluralForms;
  matched: string;
  seeAll: string;
  paragraph: string;
  instrument: string;
  term: string;
}

/** The header shows the best paragraphs, then a few register entries and terms, each group with its count. */
const HEADER_LIMIT: Record<SearchRecord['kind'], number> = { paragraph: 5, instrument: 2, term: 2 };
const KINDS = ['paragraph', 'instrument', 'term'] as const;

/**
 * The search box. In the header it shows the best paragraphs as you type
 * (↓/↑ move through them, Enter opens one, Escape closes); on /search/ it
 * shows every result with filters. Results link to the paragraph with the
 * query in `?q=`, so the landing page can mark it.
 */
class SiteSearch extends HTMLElement {
  #engine!: SearchEngine;
  #input!: HTMLInputElement;
  #list!: HTMLOListElement;
  #status!: HTMLElement;
  #form!: HTMLFormElement;
  #strings!: Strings;
  #locale: 'zh' | 'en' = 'en';
  #base = '/';
  #run = 0;
  #timer?: number;

  connectedCallback() {
    this.#base = this.dataset.base ?? '/';
    this.#locale = this.dataset.locale === 'zh' ? 'zh' : 'en';
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    // The header answers words in the script of the edition's own English index from that index alone.
    this.#engine = new SearchEngine(this.#base, { ownIndexScript: this.dataset.ownIndex || undefined });
    this.#form = this.querySelector('form')!;
    this.#input = this.querySelector('input[name="q"]')!;
    this.#list = this.querySelector('.search-results')!;
    this.#status = this.querySelector('.search-status')!;

    // While an input method composes (pinyin before the characters), wait for the characters.
    this.#input.addEventListener('input', (event) => {
      if (!event.isComposing) this.#schedule();
    });
    this.#input.addEventListener('compositionend', () => this.#schedule());
    // Filters re-run the search; the text box's own change event (on blur) must not,
    // or moving into the results would rebuild them under the reader's focus.
    this.#form.addEventListener('change', (event) => {
      if (event.target !== this.#input) this.#schedule();
    });
    this.#input.addEventListener('keydown', (event) => this.#onInputKey(event));
    this.#list.addEventListener('keydown', (event) => this.#onListKey(event));
    if (this.dataset.mode === 'page') {
      this.#form.addEventListener('submit', (event) => {
        event.preventDefault();
        void this.#update();
      });
      const params = new URLSearchParams(location.search);
      this.#input.value = params.get('q') ?? '';
      for (const name of ['lang', 'part', 'topic']) {
        const select = this.#form.elements.namedItem(name) as HTMLSelectElement | null;
        const value = params.get(name);
        if (select && value) select.value = value;
      }
      const kind = this.#form.elements.namedItem('kind') as HTMLInputElement | null;
      if (kind) kind.checked = params.get('kind') === 'instruments';
      if (this.#input.value) void this.#update();
    } else {
      // The box has been focused (that is what loaded this code): fetch the texts now,
      // so the first keystroke already finds paragraphs.
      void this.#engine.prepare().catch(() => undefined);
      document.addEventListener('click', (event) => {
        if (!this.contains(event.target as Node)) this.#close();
      });
    }
    if (this.#input.value) void this.#update();
  }

  focusInput() {
    this.#input.focus();
    this.#input.select();
  }

  #schedule() {
    window.clearTimeout(this.#timer);
    // What the loaded texts can answer is shown at once; Pagefind's ranking follows.
    const query = this.#input.value.trim();
    const quick = query ? this.#engine.quick(query, this.#filters(), this.#shown()) : undefined;
    if (quick) this.#showQuick(query, quick);
    else if (query) {
      // The shards and records this query needs are not loaded yet: load them now, not after the pause.
      const run = this.#run;
      this.#engine.ready(query, this.#filters(), this.#shown()).then(
        () => {
          // Unless a search has started since, or the reader typed on.
          if (run !== this.#run || this.#input.value.trim() !== query) return;
          const found = this.#engine.quick(query, this.#filters(), this.#shown());
          if (found) this.#showQuick(query, found);
        },
        () => undefined,
      );
    }
    this.#timer = window.setTimeout(() => void this.#update(), 120);
  }

  /** Results answered without Pagefind; a search still under way for an older query is dropped. */
  #showQuick(query: string, found: Found) {
    this.#run += 1;
    this.#render(query, found);
    this.dispatchEvent(new CustomEvent('search-results', { detail: { query, count: found.hits.length, quick: true } }));
  }

  #filters() {
    const value = (name: string) => (this.#form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
    const onlyInstruments = (this.#form.elements.namedItem('kind') as HTMLInputElement | null)?.checked;
    return {
      lang: (value('lang') ?? 'all') as TextLang | 'all',
      part: value('part') ?? 'all',
      topic: value('topic') ?? 'all',
      kind: onlyInstruments ? ('instruments' as const) : ('all' as const),
    };
  }

  async #update() {
    const query = normaliseQuery(this.#input.value);
    const run = ++this.#run;
    if (this.dataset.mode === 'page') {
      const filters = this.#filters();
      const params = new URLSearchParams({ q: query, lang: filters.lang, part: filters.part });
      if (filters.kind === 'instruments') params.set('kind', 'instruments');
      if (filters.topic !== 'all') params.set('topic', filters.topic);
      history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
    }
    if (!query) return this.#close();
    this.#status.textContent = this.#strings.loading;
    const started = performance.now();
    let found: Found;
    try {
      found = await this.#engine.search(query, this.#filters(), this.dataset.mode === 'page' ? 60 : 12, this.#shown());
    } catch {
      // The data or Pagefind did not load (offline, a dropped connection): say so; the next keystroke retries.
      if (run === this.#run) this.#status.textContent = this.#strings.unavailable;
      return;
    }
    if (run !== this.#run) return; // a newer query has started
    this.#render(query, found);
    const { hits } = found;
    // Lets a page (or `npm run bench`) observe results and how long the search took.
    this.dispatchEvent(
      new CustomEvent('search-results', { detail: { query, count: hits.length, ms: performance.now() - started } }),
    );
  }

  /** The header shows a few of each kind, so only their texts are fetched; the page shows every result. */
  #shown() {
    return this.dataset.mode === 'page' ? undefined : HEADER_LIMIT;
  }

  #render(query: string, { hits, byId, kinds, glossary }: Found) {
    const header = this.dataset.mode !== 'page';
    const terms = { zh: chineseTerms(query), en: [...englishPhrases(query), ...englishTerms(query)] };
    const also = glossaryCounterparts(glossary, query);
    const counts = countByKind(hits, kinds);
    const items: HTMLLIElement[] = [];
    for (const kind of KINDS) {
      const group = hits.filter((hit) => kinds.get(hit.id)?.kind === kind);
      if (group.length === 0) continue;
      const heading = document.createElement('li');
      heading.className = 'search-group';
      heading.textContent = this.#strings[kind].replace('{n}', String(counts[kind]));
      items.push(heading);
      const shown = header ? group.slice(0, HEADER_LIMIT[kind]) : group;
      items.push(...shown.map((hit) => this.#result(hit, byId.get(hit.id), query, terms, also)));
    }
    this.#list.replaceChildren(...items);
    if (header && KINDS.some((kind) => counts[kind] > HEADER_LIMIT[kind])) {
      const more = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${this.#base}${searchPath(this.#locale).slice(1)}?q=${encodeURIComponent(query)}`;
      link.textContent = fill(this.#strings.seeAll, { q: query });
      more.className = 'search-more';
      more.append(link);
      this.#list.append(more);
    }
    this.#list.hidden = hits.length === 0;
    this.#status.textContent =
      hits.length === 0
        ? fill(this.#strings.none, { q: query })
        : plural(this.#strings.count, this.#strings.lang, hits.length);
  }

  #result(
    hit: SearchHit,
    p: SearchRecord | undefined,
    query: string,
    terms: Record<TextLang, string[]>,
    also: Record<TextLang, string[]>,
  ): HTMLLIElement {
    const item = document.createElement('li');
    item.dataset.id = hit.id;
    if (!p) return item;
    const link = document.createElement('a');
    // Results stay in the page's interface.
    const path = `${this.#base}${switchInterface(p.path, this.#locale).slice(1)}`;
    // The landing page marks the query, and the glossary's name for it in the other language.
    const params = new URLSearchParams({ q: query });
    for (const term of [...also.zh, ...also.en]) params.append('also', term);
    link.href =
      p.kind === 'paragraph' ? `${path}?${params.toString()}#${p.id}` : `${path}${p.anchor ? `#${p.anchor}` : ''}`;
    link.className = 'search-hit';
    const head = document.createElement('span');
    head.className = 'search-hit-label';
    head.textContent =
      p.kind === 'paragraph' ? `${p.label[this.#locale]} · ${p.partTitle[this.#locale]}` : p.label[this.#locale];
    link.append(head);
    // The matching language first, then its counterpart.
    const first: TextLang = hit.matched.includes('zh') ? 'zh' : 'en';
    const second: TextLang = first === 'zh' ? 'en' : 'zh';
    link.append(this.#text(p[first], first, terms[first]));
    if (hit.matched.includes(second)) link.append(this.#text(p[second], second, terms[second], true));
    else link.append(this.#counterpart(p[second], second, matchRatio(p[first], terms[first])));
    item.append(link);
    return item;
  }

  #text(text: string, lang: TextLang, terms: string[], counterpart = false): HTMLElement {
    const block = document.createElement('span');
    block.className = counterpart ? 'search-hit-text counterpart' : 'search-hit-text';
    block.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    if (terms.length === 0) {
      block.textContent = truncate(text, lang === 'zh' ? 70 : 140);
      return block;
    }
    for (const part of snippetAround(text, terms, lang === 'zh' ? 30 : 60)) {
      block.append(part.before);
      if (part.match) {
        const mark = document.createElement('mark');
        mark.textContent = part.match;
        block.append(mark);
      }
      block.append(part.after);
    }
    return block;
  }

  #counterpart(text: string, lang: TextLang, ratio: number): HTMLElement {
    const block = document.createElement('span');
    block.className = 'search-hit-text counterpart';
    block.lang = lang === 'zh' ? 'zh-Hans' : 'en';
    block.textContent = counterpartWindow(text, ratio, lang === 'zh' ? 60 : 160);
    return block;
  }

  #links(): HTMLAnchorElement[] {
    return [...this.#list.querySelectorAll('a')];
  }

  #onInputKey(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' && !this.#list.hidden) {
      event.preventDefault();
      this.#links()[0]?.focus();
    } else if (event.key === 'Escape') {
      this.#close();
    }
  }

  #onListKey(event: KeyboardEvent) {
    const links = this.#links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (at <= 0) this.#input.focus();
      else links[at - 1]?.focus();
    } else if (event.key === 'Escape') {
      this.#input.focus();
      this.#close();
    }
  }

  #close() {
    if (this.dataset.mode === 'page') {
      this.#list.replaceChildren();
      this.#status.textContent = '';
      return;
    }
    this.#list.hidden = true;
    this.#status.textContent = '';
  }
}

if (!customElements.get('site-search')) customElements.define('site-search', SiteSearch);
export type { SiteSearch };
