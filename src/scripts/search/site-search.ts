import {
  chineseTerms,
  counterpartWindow,
  englishTerms,
  matchRatio,
  snippetAround,
  truncate,
  type SearchHit,
  type SearchRecord,
  type TextLang,
} from '../../lib/search.ts';
import { SearchEngine } from './engine.ts';
import { searchPath, switchInterface } from '../../lib/routes.ts';

interface Strings {
  loading: string;
  none: string;
  count: string;
  countOne: string;
  matched: string;
  seeAll: string;
}

const HEADER_LIMIT = 6;

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
    this.#engine = new SearchEngine(this.#base);
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
      for (const name of ['lang', 'part']) {
        const select = this.#form.elements.namedItem(name) as HTMLSelectElement | null;
        const value = params.get(name);
        if (select && value) select.value = value;
      }
      const kind = this.#form.elements.namedItem('kind') as HTMLInputElement | null;
      if (kind) kind.checked = params.get('kind') === 'instruments';
      if (this.#input.value) void this.#update();
    } else {
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
    this.#timer = window.setTimeout(() => void this.#update(), 120);
  }

  #filters() {
    const value = (name: string) => (this.#form.elements.namedItem(name) as HTMLSelectElement | null)?.value;
    const onlyInstruments = (this.#form.elements.namedItem('kind') as HTMLInputElement | null)?.checked;
    return {
      lang: (value('lang') ?? 'all') as TextLang | 'all',
      part: value('part') ?? 'all',
      kind: onlyInstruments ? ('instruments' as const) : ('all' as const),
    };
  }

  async #update() {
    const query = this.#input.value.trim();
    const run = ++this.#run;
    if (this.dataset.mode === 'page') {
      const filters = this.#filters();
      const params = new URLSearchParams({ q: query, lang: filters.lang, part: filters.part });
      if (filters.kind === 'instruments') params.set('kind', 'instruments');
      history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
    }
    if (!query) return this.#close();
    this.#status.textContent = this.#strings.loading;
    const started = performance.now();
    const { hits, byId } = await this.#engine.search(query, this.#filters(), this.dataset.mode === 'page' ? 60 : 12);
    if (run !== this.#run) return; // a newer query has started
    this.#render(query, hits, byId);
    // Lets a page (or `npm run bench`) observe results and how long the search took.
    this.dispatchEvent(
      new CustomEvent('search-results', { detail: { query, count: hits.length, ms: performance.now() - started } }),
    );
  }

  #render(query: string, hits: SearchHit[], byId: Map<string, SearchRecord>) {
    const shown = this.dataset.mode === 'page' ? hits : hits.slice(0, HEADER_LIMIT);
    const terms = { zh: chineseTerms(query), en: englishTerms(query) };
    this.#list.replaceChildren(...shown.map((hit) => this.#result(hit, byId.get(hit.id), query, terms)));
    if (this.dataset.mode !== 'page' && hits.length > HEADER_LIMIT) {
      const more = document.createElement('li');
      const link = document.createElement('a');
      link.href = `${this.#base}${searchPath(this.#locale).slice(1)}?q=${encodeURIComponent(query)}`;
      link.textContent = this.#strings.seeAll.replace('{q}', query);
      more.className = 'search-more';
      more.append(link);
      this.#list.append(more);
    }
    this.#list.hidden = hits.length === 0;
    this.#status.textContent =
      hits.length === 0
        ? this.#strings.none.replace('{q}', query)
        : hits.length === 1
          ? this.#strings.countOne
          : this.#strings.count.replace('{n}', String(hits.length));
  }

  #result(
    hit: SearchHit,
    p: SearchRecord | undefined,
    query: string,
    terms: Record<TextLang, string[]>,
  ): HTMLLIElement {
    const item = document.createElement('li');
    item.dataset.id = hit.id;
    if (!p) return item;
    const link = document.createElement('a');
    // Results stay in the page's interface.
    const path = `${this.#base}${switchInterface(p.path, this.#locale).slice(1)}`;
    link.href =
      p.kind === 'paragraph'
        ? `${path}?q=${encodeURIComponent(query)}#${p.id}`
        : `${path}${p.anchor ? `#${p.anchor}` : ''}`;
    link.className = 'search-hit';
    const head = document.createElement('span');
    head.className = 'search-hit-label';
    head.textContent =
      p.kind === 'paragraph' ? `${p.label[this.#locale]} · ${p.partTitle.zh} ${p.partTitle.en}` : p.label[this.#locale];
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
