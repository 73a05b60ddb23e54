/**
 * Translator's notes are shown by default. `?notes=off` hides them; the
 * toggle keeps the URL in step, so a shared link opens with the same choice.
 */
const html = document.documentElement;
const params = new URLSearchParams(location.search);
if (params.get('notes') === 'off') html.classList.add('notes-off');

class NotesToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button || !document.querySelector('.tnote')) return;
    const render = () => {
      const off = html.classList.contains('notes-off');
      button.textContent = off ? (this.dataset.show ?? '') : (this.dataset.hide ?? '');
      button.setAttribute('aria-pressed', String(!off));
    };
    button.hidden = false;
    render();
    button.addEventListener('click', () => {
      html.classList.toggle('notes-off');
      const url = new URL(location.href);
      if (html.classList.contains('notes-off')) url.searchParams.set('notes', 'off');
      else url.searchParams.delete('notes');
      history.replaceState(null, '', url.href);
      for (const toggle of document.querySelectorAll<NotesToggle>('notes-toggle')) toggle.refresh();
    });
    this.refresh = render;
  }
  refresh: () => void = () => undefined;
}
if (!customElements.get('notes-toggle')) customElements.define('notes-toggle', NotesToggle);
export {};
