import { Popover } from '../scripts/popover.ts';

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
let card: Popover | undefined;

const load = () => {
  // The base path, not the canonical origin: the data comes from wherever the page is served.
  const base = document.documentElement.dataset.base ?? '/';
  data ??= fetch(`${base.replace(/\/$/, '')}/glossary.json`).then((r) => r.json() as Promise<Record<string, Entry>>);
  return data;
};

const line = (className: string, text: string, lang: string) => {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  el.lang = lang;
  return el;
};

async function show(link: HTMLAnchorElement) {
  const entry = (await load())[link.dataset.term ?? ''];
  if (!entry) return;
  const zh = document.documentElement.lang.startsWith('zh');
  card ??= new Popover('term-card', 'fn-popover term-card');
  card.show(
    link,
    [
      line('term-zh', entry.zh, 'zh-Hans'),
      line('pinyin', entry.pinyin, 'zh-Latn-pinyin'),
      line('term-en', entry.en, 'en'),
      line('definition', zh ? entry.definition.zh : entry.definition.en, zh ? 'zh-Hans' : 'en'),
    ],
    320,
  );
}

const termLink = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLAnchorElement>('a.term') ?? null;

export default function termCards(): void {
  document.addEventListener('pointerover', (event) => {
    const link = termLink(event.target);
    if (link && event.pointerType === 'mouse') void show(link);
  });
  document.addEventListener('pointerout', (event) => {
    if (termLink(event.target) && event.pointerType === 'mouse') card?.hide();
  });
  // Keyboard focus opens the card; a tap also focuses the link, and must not count as the first tap.
  document.addEventListener('focusin', (event) => {
    const link = termLink(event.target);
    if (link?.matches(':focus-visible')) void show(link);
    else if (card?.owner) card.hide();
  });
  document.addEventListener('click', (event) => {
    const link = termLink(event.target);
    if (link && (card?.owner !== link || !card.open)) {
      event.preventDefault();
      void show(link);
    } else if (!link && card?.owner) card.hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card?.owner) card.hide();
  });
}
