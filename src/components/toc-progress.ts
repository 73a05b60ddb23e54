import { decodeFragment } from '../lib/fragment.ts';
import { firstIdOfFragment } from '../lib/edition/id-format.ts';

/**
 * The contents of a long part: marks the paragraph the reader arrived at (a
 * fragment, a short link, a search result), then the paragraph under the
 * bar while scrolling, keeps that label in view in the bar's own scroller on
 * phones, and shows how far through the part the reader is. It also tells
 * the stylesheet how tall the bar is, so anchors land clear of it. Without
 * JavaScript it is a plain list of links.
 */
class TocProgress extends HTMLElement {
  connectedCallback() {
    const nav = this.querySelector<HTMLElement>('.toc');
    const list = this.querySelector<HTMLElement>('ol');
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const bar = this.querySelector<HTMLProgressElement>('progress');
    const rows = links.map((a) => document.getElementById(a.hash.slice(1))).filter((r): r is HTMLElement => r !== null);
    if (!nav || !list || !bar || rows.length === 0) return;
    const root = document.documentElement;
    const measure = () => root.style.setProperty('--bar-height', `${nav.offsetHeight}px`);
    measure();
    new ResizeObserver(measure).observe(nav);

    // The row the reader arrived at stays marked while it is on screen, even
    // when it sits too low on the last screen to reach the bar.
    let arrived: number | undefined;
    let seen = false;
    const arrive = () => {
      seen = false;
      const id = firstIdOfFragment(decodeFragment(location.hash));
      const row = id ? document.getElementById(id)?.closest('.pair') : null;
      const index = row ? rows.indexOf(row as HTMLElement) : -1;
      arrived = index >= 0 ? index : undefined;
    };
    let current = -1;
    const update = () => {
      // Anchors land a little below the bar (scroll-margin); that row is the one under it.
      const under = nav.getBoundingClientRect().bottom + 24;
      if (arrived !== undefined) {
        // Until the browser has scrolled to the fragment the row may be off screen; only
        // leaving the screen after being on it ends the arrival.
        const box = rows[arrived]!.getBoundingClientRect();
        const onScreen = box.bottom > under && box.top < window.innerHeight;
        if (onScreen) seen = true;
        else if (seen) arrived = undefined;
      }
      let at = 0;
      rows.forEach((row, i) => {
        if (row.getBoundingClientRect().top <= under) at = i;
      });
      if (arrived !== undefined) at = arrived;
      if (at !== current) {
        current = at;
        links.forEach((a, i) =>
          i === at ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current'),
        );
        const chip = links[at]!;
        // Only the bar's own scroller moves, never the page.
        const left = chip.offsetLeft - (list.clientWidth - chip.offsetWidth) / 2;
        list.scrollTo({ left: Math.max(0, left) });
      }
      const first = rows[0]!.getBoundingClientRect().top + window.scrollY;
      const last = rows.at(-1)!.getBoundingClientRect().bottom + window.scrollY;
      const percent = Math.round(Math.min(1, Math.max(0, (window.scrollY + under - first) / (last - first))) * 100);
      bar.value = percent;
    };
    let queued = false;
    const schedule = () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        update();
      });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule, { passive: true });
    window.addEventListener('hashchange', () => {
      arrive();
      schedule();
    });
    arrive();
    update();
  }
}
export default function tocProgress(): void {
  if (!customElements.get('toc-progress')) customElements.define('toc-progress', TocProgress);
}
