/**
 * Glossary terms in the text are links to their entries. Pointing at one,
 * focusing it or tapping it shows pinyin, English and definition in a card;
 * a second tap (or Enter) follows the link. The card data is loaded on first use.
 */
interface Entry {
  zh: string;
  pinyin: string;
  en: string;
  definition: { zh: string; en: string };
}
let data: Promise<Record<string, Entry>> | undefined;
let card: HTMLDivElement | undefined;
let owner: HTMLAnchorElement | undefined;

const load = () => {
  // The base path, not the canonical origin: the data comes from wherever the page is served.
  const base = document.documentElement.dataset.base ?? '/';
  data ??= fetch(`${base.replace(/\/$/, '')}/glossary.json`).then((r) => r.json() as Promise<Record<string, Entry>>);
  return data;
};

function ensureCard() {
  if (card) return card;
  card = document.createElement('div');
  card.className = 'fn-popover term-card';
  card.id = 'term-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);
  return card;
}

async function show(link: HTMLAnchorElement) {
  const entry = (await load())[link.dataset.term ?? ''];
  if (!entry) return;
  const popover = ensureCard();
  const zhLang = document.documentElement.lang.startsWith('zh');
  const line = (cls: string, text: string, lang?: string) => {
    const el = document.createElement('span');
    el.className = cls;
    el.textContent = text;
    if (lang) el.lang = lang;
    return el;
  };
  popover.replaceChildren(
    line('term-zh', entry.zh, 'zh-Hans'),
    line('pinyin', entry.pinyin, 'zh-Latn-pinyin'),
    line('term-en', entry.en, 'en'),
    line('definition', zhLang ? entry.definition.zh : entry.definition.en, zhLang ? 'zh-Hans' : 'en'),
  );
  popover.hidden = false;
  owner?.removeAttribute('aria-describedby');
  owner = link;
  link.setAttribute('aria-describedby', popover.id);
  const box = link.getBoundingClientRect();
  const width = Math.min(320, document.documentElement.clientWidth - 16);
  popover.style.width = `${width}px`;
  popover.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
  popover.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hide() {
  if (card) card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

const termLink = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLAnchorElement>('a.term') ?? null;

document.addEventListener('pointerover', (event) => {
  const link = termLink(event.target);
  if (link && event.pointerType === 'mouse') void show(link);
});
document.addEventListener('pointerout', (event) => {
  if (termLink(event.target) && event.pointerType === 'mouse') hide();
});
document.addEventListener('focusin', (event) => {
  const link = termLink(event.target);
  if (link) void show(link);
  else if (owner) hide();
});
document.addEventListener('click', (event) => {
  const link = termLink(event.target);
  if (link && (owner !== link || card?.hidden)) {
    event.preventDefault();
    void show(link);
  } else if (!link && owner) hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && owner) hide();
});
export {};
