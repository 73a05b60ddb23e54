import { decodeFragment } from '../lib/fragment.ts';
import { Popover } from './popover.ts';

/**
 * Footnote cards: pointing at, focusing or tapping a footnote number shows
 * the cited document’s names, kind, date and its best address, labelled
 * for what it is (official text, official record, report or reference),
 * without leaving the page. A second tap (or Enter) follows the link to the
 * note; Escape closes the card. Without JavaScript the number is a plain
 * link to the note.
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

function show(link: HTMLAnchorElement) {
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
  document.addEventListener('click', (event) => {
    const link = footnoteLink(event.target);
    if (link) {
      // First activation shows the card; the next one follows the link to the note.
      if (card?.owner !== link || !card.open) {
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
