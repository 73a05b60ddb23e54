/**
 * Light or dark: every tap shows the other one. A choice that matches the system's is not stored, so the page
 * goes back to following the system; any other choice is remembered. The page applies it before first paint
 * (an inline script in the head), so it never flashes the other theme.
 */
const KEY = 'statement-theme';
type Theme = 'light' | 'dark';

class ThemeToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    const labels = JSON.parse(this.dataset.labels ?? '{}') as Record<Theme, string>;
    const html = document.documentElement;
    const systemDark = matchMedia('(prefers-color-scheme: dark)');
    const system = (): Theme => (systemDark.matches ? 'dark' : 'light');
    const shown = (): Theme =>
      html.dataset.theme === 'light' || html.dataset.theme === 'dark' ? html.dataset.theme : system();
    // The button names what a tap will show.
    const render = () => {
      button.textContent = labels[shown() === 'dark' ? 'light' : 'dark'] ?? '';
    };
    render();
    systemDark.addEventListener('change', render);
    button.addEventListener('click', () => {
      const next: Theme = shown() === 'dark' ? 'light' : 'dark';
      const followSystem = next === system();
      if (followSystem) delete html.dataset.theme;
      else html.dataset.theme = next;
      try {
        if (followSystem) localStorage.removeItem(KEY);
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
