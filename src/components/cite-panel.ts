import { accessDateForms } from '../lib/dates.ts';
import { siteRoot } from '../scripts/site-root.ts';

/**
 * The citations were formatted when the site was built, with the build date
 * as access date; a reader citing today wants today's date. Only the access
 * date is swapped — GB/T 7714's “[2026-12-04]” and OSCOLA's “accessed
 * 4 December 2026” — never the edition's own date, which may be the same
 * day — and so is the site address when the page is served elsewhere.
 */

class CitePanel extends HTMLElement {
  connectedCallback() {
    const built = this.dataset.accessed;
    const now = new Date();
    const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const pairs: (readonly [string, string])[] = [];
    if (built && built !== today)
      pairs.push(...accessDateForms(built).map((from, i) => [from, accessDateForms(today)[i] ?? from] as const));
    // The addresses were built for the canonical site; cite the copy the reader is using.
    const canonical = document.documentElement.dataset.siteRoot;
    if (canonical && canonical !== siteRoot()) pairs.push([canonical, siteRoot()]);
    if (pairs.length === 0) return;
    const walker = document.createTreeWalker(this, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      let value = text.data;
      for (const [from, to] of pairs) value = value.replaceAll(from, to);
      if (value !== text.data) text.data = value;
    }
  }
}
if (!customElements.get('cite-panel')) customElements.define('cite-panel', CitePanel);
export {};
