/**
 * Translator's notes are shown by default. `?notes=off` hides them; the
 * toggle keeps the URL in step, so a shared link opens with the same choice,
 * and remembers it for the next page the reader opens.
 */
const KEY = 'statement-notes';
const html = document.documentElement;
const stored = () => {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
};

class NotesToggle extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button || !document.querySelector('.tnote')) return;
    const render = () => {
      const off = html.classList.contains('notes-off');
      button.textContent = off ? (this.dataset.show ?? '') : (this.dataset.hide ?? '');
      button.setAttribute('aria-pressed', String(!off));
    };
    render();
    button.addEventListener('click', () => {
      const off = html.classList.toggle('notes-off');
      const url = new URL(location.href);
      if (off) url.searchParams.set('notes', 'off');
      else url.searchParams.delete('notes');
      try {
        localStorage.setItem(KEY, off ? 'off' : 'on');
      } catch {
        /* storage blocked: the URL still carries the choice */
      }
      history.replaceState(null, '', url.href);
      for (const toggle of document.querySelectorAll<NotesToggle>('notes-toggle')) toggle.refresh();
    });
    this.refresh = render;
  }
  refresh: () => void = () => undefined;
}
export default function notesToggle(): void {
  if ((new URLSearchParams(location.search).get('notes') ?? stored()) === 'off') html.classList.add('notes-off');
  if (!customElements.get('notes-toggle')) customElements.define('notes-toggle', NotesToggle);
}
