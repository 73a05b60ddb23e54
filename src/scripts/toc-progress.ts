/**
 * The contents of a long part: marks the paragraph being read and how far
 * through the part the reader is. Without JavaScript it is a plain list of links.
 */
class TocProgress extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const bar = this.querySelector<HTMLProgressElement>('progress');
    const rows = links.map((a) => document.getElementById(a.hash.slice(1))).filter((r): r is HTMLElement => r !== null);
    if (!bar || rows.length === 0) return;
    const update = () => {
      // The paragraph being read: the last whose top has passed a third of the window.
      const line = window.innerHeight / 3;
      let at = 0;
      rows.forEach((row, i) => {
        if (row.getBoundingClientRect().top <= line) at = i;
      });
      links.forEach((a, i) =>
        i === at ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current'),
      );
      const first = rows[0]!.getBoundingClientRect().top + window.scrollY;
      const last = rows.at(-1)!.getBoundingClientRect().bottom + window.scrollY;
      const percent = Math.round(Math.min(1, Math.max(0, (window.scrollY + line - first) / (last - first))) * 100);
      bar.value = percent;
    };
    let queued = false;
    window.addEventListener(
      'scroll',
      () => {
        if (queued) return;
        queued = true;
        requestAnimationFrame(() => {
          queued = false;
          update();
        });
      },
      { passive: true },
    );
    update();
  }
}
export default function tocProgress(): void {
  if (!customElements.get('toc-progress')) customElements.define('toc-progress', TocProgress);
}
