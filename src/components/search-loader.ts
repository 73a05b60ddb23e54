/**
 * The only search code on the reading path: it waits for the reader to ask
 * (focus on a search box, `/`, Ctrl/⌘-K) before loading the search itself,
 * and loads the landing highlighter only when a search result was followed.
 */
let loading: Promise<unknown> | undefined;
// A failed load (the network dropped) is forgotten, so the next focus or keystroke tries again.
const load = () =>
  (loading ??= import('../scripts/search/site-search.ts').catch(() => {
    loading = undefined;
  }));

function focusSearch() {
  const box = document.querySelector<HTMLInputElement>('site-search input[name="q"]');
  if (!box) return;
  // On phones the box is inside the header menu: open it first.
  const menu = box.closest('details');
  if (menu) menu.open = true;
  void load();
  box.focus();
  box.select();
}

export default function searchLoader(): void {
  for (const input of document.querySelectorAll<HTMLInputElement>('site-search input[name="q"]')) {
    input.addEventListener('focus', () => void load());
    input.addEventListener('input', () => void load());
    if (input.value || input.closest('site-search[data-mode="page"]')) void load();
  }
  document.addEventListener('keydown', onKey);
  if (new URLSearchParams(location.search).has('q') && document.querySelector('.pair')) {
    import('../scripts/search/landing.ts').catch(() => undefined);
  }
}

function onKey(event: KeyboardEvent) {
  const target = event.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    focusSearch();
  } else if (event.key === '/' && !typing && !event.altKey && !event.ctrlKey && !event.metaKey) {
    event.preventDefault();
    focusSearch();
  }
}
