import { decodeFragment } from '../lib/fragment.ts';
import { firstIdOfFragment } from '../lib/edition/id-format.ts';
import { served } from './site-root.ts';

/**
 * Reading with the keyboard: j / k next and previous paragraph, [ / ]
 * previous and next part, c copies the link of the current paragraph,
 * ? shows these keys. Never while the reader is typing in a field.
 */
const rows = () => [...document.querySelectorAll<HTMLElement>('.pair')];
let current: HTMLElement | undefined;

/** The paragraph the reader is on: the last one moved to or focused, or the one linked to. */
function currentRow(): HTMLElement | undefined {
  if (current && document.contains(current)) return current;
  const target = location.hash ? document.getElementById(firstIdOfFragment(decodeFragment(location.hash))) : null;
  return target?.classList.contains('pair') ? target : undefined;
}

function go(step: 1 | -1) {
  const all = rows();
  const here = currentRow();
  // With no current paragraph, j starts at the first one in view.
  const next = here ? all[all.indexOf(here) + step] : all.find((row) => row.getBoundingClientRect().top >= 0);
  if (!next) return;
  current = next;
  next.querySelector<HTMLElement>('.label')?.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'start' });
  history.replaceState(null, '', `#${next.id}`);
}

const typing = (target: EventTarget | null) => {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
};

export default function shortcuts(): void {
  document.addEventListener('keydown', (event) => {
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    const dialog = document.querySelector<HTMLDialogElement>('dialog.shortcuts');
    if (event.key === '?') {
      event.preventDefault();
      if (dialog && !dialog.open) dialog.showModal();
      return;
    }
    if (!rows().length) return;
    if (event.key === 'j') go(1);
    else if (event.key === 'k') go(-1);
    else if (event.key === ']' || event.key === '[') {
      const link = document.querySelector<HTMLAnchorElement>(
        `.part-nav a[rel="${event.key === ']' ? 'next' : 'prev'}"]`,
      );
      if (link) location.href = link.href;
    } else if (event.key === 'c') {
      const row = currentRow() ?? rows().find((r) => r.getBoundingClientRect().bottom > 80);
      const button = row?.querySelector<HTMLElement>('.tools copy-button');
      const text = button?.dataset.text;
      if (!row || !text || !navigator.clipboard) return;
      void navigator.clipboard.writeText(served(text));
      const status = document.querySelector('p[role="status"]');
      if (status) status.textContent = button.dataset.done ?? '';
    } else return;
    event.preventDefault();
  });

  document.addEventListener('focusin', (event) => {
    const row = (event.target as Element).closest<HTMLElement>('.pair');
    if (row) current = row;
  });
}
