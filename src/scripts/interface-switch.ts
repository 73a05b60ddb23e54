/**
 * The 中文 / English switch keeps the reader's place: the link already points at the same page in the same
 * text view; on click it carries the fragment across. A browser that prefers Chinese is offered the Chinese
 * interface once on an English page; never redirected, since a shared link must show what its sender saw.
 */
const OFFER_KEY = 'interface-offer';

function remember(value: string) {
  try {
    localStorage.setItem(OFFER_KEY, value);
  } catch {
    /* storage blocked: the offer comes back next time */
  }
}

export default function interfaceSwitch(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-interface-switch]');
    if (!link) return;
    remember('answered');
    if (location.hash && !link.hash) link.hash = location.hash;
  });

  const offer = document.querySelector<HTMLElement>('[data-interface-offer]');
  const prefersChinese = navigator.languages.some((tag, i) => i === 0 && /^zh\b/i.test(tag));
  let answered: string | null = 'answered';
  try {
    answered = localStorage.getItem(OFFER_KEY);
  } catch {
    /* storage blocked: do not nag on every page */
  }
  if (offer && prefersChinese && !answered) {
    offer.hidden = false;
    offer.querySelector('[data-interface-dismiss]')?.addEventListener('click', () => {
      remember('dismissed');
      offer.hidden = true;
    });
  }
}
