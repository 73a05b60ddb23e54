/**
 * Light, dark, or the system's choice: the button cycles through them and
 * remembers the reader's choice. The page applies it before first paint (an
 * inline script in the head), so it never flashes the other theme.
 */
const KEY = 'statement-theme';
type Theme = 'system' | 'light' | 'dark';
const ORDER: Theme[] = ['system', 'light', 'dark'];

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Record<Theme, string>;
    const html = document.documentElement;
    const current = (): Theme =>
      html.dataset.theme === 'light' || html.dataset.theme === 'dark' ? html.dataset.theme : 'system';
    const render = () => {
      button.textContent = labels[current()] ?? current();
    };
    render();
    button.addEventListener('click', () => {
      const next = ORDER[(ORDER.indexOf(current()) + 1) % ORDER.length] ?? 'system';
      if (next === 'system') delete html.dataset.theme;
      else html.dataset.theme = next;
      try {
        if (next === 'system') localStorage.removeItem(KEY);
        else localStorage.setItem(KEY, next);
      } catch {
        /* storage blocked: the choice lasts for this page */
      }
      render();
    });
  }
}
export default function themeToggle(): void {
  if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);
}
