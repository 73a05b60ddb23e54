import { decodeFragment } from '../lib/fragment.ts';
import { Popover } from '../scripts/popover.ts';

/**
 * Footnote cards: pointing at, focusing or tapping a footnote number shows
 * the cited document’s names, kind, date and its best address, labelled
 * for what it is (official text, official record, report or reference),
 * without leaving the page. A mouse click follows the link to the note at
 * once (pointing already showed the card); on touch the first tap shows the
 * card and a second one follows; Enter follows a focused number. Escape
 * closes the card. Without JavaScript the number is a plain link to the note.
 */
let card: Popover | undefined;
let hideTimer: number | undefined;

function ensureCard(): Popover {
  if (card) return card;
  card = new Popover('fn-popover', 'fn-popover');
  card.element.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  card.element.addEventListener('pointerleave', () => scheduleHide());
  return card;
}

// The paragraph whose footnote number the reader last used: the register entry offers the way back to it.
let from: string | undefined;

function show(link: HTMLAnchorElement) {
  from = link.closest('.pair')?.id ?? from;
  const note = document.getElementById(decodeFragment(link.hash));
  const content = note?.querySelector('.fn-card');
  if (!content) return;
  window.clearTimeout(hideTimer);
  ensureCard().show(link, [content.cloneNode(true)], 352);
}

function scheduleHide() {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(() => card?.hide(), 250);
}

const footnoteLink = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLAnchorElement>('sup.fn a') ?? null;

export default function footnoteCards(): void {
  document.addEventListener('pointerover', (event) => {
    const link = footnoteLink(event.target);
    if (link && event.pointerType === 'mouse') show(link);
  });
  document.addEventListener('pointerout', (event) => {
    if (footnoteLink(event.target) && event.pointerType === 'mouse') scheduleHide();
  });
  // Keyboard focus opens the card; a tap also focuses the link, and must not count as the first tap.
  document.addEventListener('focusin', (event) => {
    const link = footnoteLink(event.target);
    if (link?.matches(':focus-visible')) show(link);
    else if (card && !card.element.contains(event.target as Node)) card.hide();
  });
  // The kind of pointer behind the next click: Safari's click events carry no pointerType.
  let pointer = '';
  document.addEventListener('pointerdown', (event) => (pointer = event.pointerType), { capture: true });
  document.addEventListener('click', (event) => {
    const entry = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('.fn-card a.fn-name');
    if (entry && from) {
      const url = new URL(entry.href);
      url.searchParams.set('from', from);
      entry.href = url.href;
    }
    const link = footnoteLink(event.target);
    if (link) {
      from = link.closest('.pair')?.id ?? from;
      const mouse = pointer === 'mouse' && event.detail > 0;
      pointer = '';
      if (mouse) card?.hide();
      // Touch: the first tap shows the card; the next one follows the link to the note.
      if (!mouse && (card?.owner !== link || !card.open)) {
        event.preventDefault();
        show(link);
      }
    } else if (card && !card.element.contains(event.target as Node)) card.hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card?.open) {
      const back = card.owner;
      card.hide();
      back?.focus();
    }
  });
}
