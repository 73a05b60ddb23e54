/**
 * Remembers the reader's choice of view (Chinese, both, English) and applies it
 * to links into the text. Without JavaScript every view is still its own URL;
 * this only saves a click on the next visit.
 */
import { switchView, type View } from '../lib/routes.ts';

const KEY = 'statement-view';
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

function storedView(): View | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'zh' || value === 'both' || value === 'en' ? value : undefined;
  } catch {
    return undefined; // storage blocked: behave as without JavaScript
  }
}

/** `/statement/…` in the stored view, keeping the fragment. */
function inView(href: string, view: View): string {
  const url = new URL(href, location.href);
  const switched = switchView(url.pathname.slice(base.length), view);
  if (!switched) return href;
  url.pathname = `${base}${switched}`;
  return url.href;
}

class ViewSwitch extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-view]');
      const view = link?.dataset.view;
      if (!link || !view) return;
      try {
        localStorage.setItem(KEY, view);
      } catch {
        /* storage blocked: the link still works */
      }
      // Keep the reader's place: carry the paragraph in view (or the one linked to) across.
      const inView = [...document.querySelectorAll<HTMLElement>('.pair')].find(
        (row) => row.getBoundingClientRect().bottom > 80,
      );
      const place = location.hash || (inView && window.scrollY > 0 ? `#${inView.id}` : '');
      if (place) link.href = `${link.href.split('#')[0]}${place}`;
    });
  }
}

export default function viewMemory(): void {
  if (!customElements.get('view-switch')) customElements.define('view-switch', ViewSwitch);
  const preferred = storedView();
  if (!preferred) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-view-link]')) {
    link.href = inView(link.href, preferred);
  }
  // A short link /p/<id>/ lands in the reader's own view.
  const target = document.querySelector<HTMLAnchorElement>('a[data-paragraph]');
  if (target) location.replace(target.href);
}
