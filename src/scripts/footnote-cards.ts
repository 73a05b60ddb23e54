/**
 * Footnote cards: pointing at, focusing or tapping a footnote number shows
 * the cited document's names, kind, date and official link beside it,
 * without leaving the page. A second tap (or Enter) follows the link to the
 * note; Escape closes the card. Without JavaScript the number is a plain
 * link to the note.
 */
let card: HTMLDivElement | undefined;
let owner: HTMLAnchorElement | undefined;
let hideTimer: number | undefined;

function ensureCard(): HTMLDivElement {
  if (card) return card;
  card = document.createElement('div');
  card.className = 'fn-popover';
  card.id = 'fn-popover';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  card.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  card.addEventListener('pointerleave', () => scheduleHide());
  document.body.append(card);
  return card;
}

function show(link: HTMLAnchorElement) {
  const note = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  const content = note?.querySelector('.fn-card');
  if (!content) return;
  const popover = ensureCard();
  window.clearTimeout(hideTimer);
  popover.replaceChildren(content.cloneNode(true));
  popover.hidden = false;
  owner?.removeAttribute('aria-describedby');
  owner = link;
  link.setAttribute('aria-describedby', popover.id);
  const box = link.getBoundingClientRect();
  const width = Math.min(352, document.documentElement.clientWidth - 16);
  popover.style.width = `${width}px`;
  popover.style.left = `${Math.max(8, Math.min(box.left + window.scrollX - 16, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
  popover.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hide() {
  if (card) card.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
}

function scheduleHide() {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hide, 250);
}

const footnoteLink = (target: EventTarget | null) =>
  (target as Element | null)?.closest?.<HTMLAnchorElement>('sup.fn a') ?? null;

document.addEventListener('pointerover', (event) => {
  const link = footnoteLink(event.target);
  if (link && event.pointerType === 'mouse') show(link);
});
document.addEventListener('pointerout', (event) => {
  if (footnoteLink(event.target) && event.pointerType === 'mouse') scheduleHide();
});
document.addEventListener('focusin', (event) => {
  const link = footnoteLink(event.target);
  if (link) show(link);
  else if (!card?.contains(event.target as Node)) hide();
});
document.addEventListener('click', (event) => {
  const link = footnoteLink(event.target);
  if (link) {
    // First activation shows the card; the next one follows the link to the note.
    if (owner !== link || card?.hidden) {
      event.preventDefault();
      show(link);
    }
  } else if (card && !card.contains(event.target as Node)) hide();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && card && !card.hidden) {
    const back = owner;
    hide();
    back?.focus();
  }
});
export {};
