/**
 * Sentence pairs: hovering, focusing or tapping a sentence lights it and its
 * counterpart in the other column; `#s2-5.2` lights the pair on arrival.
 * Each row is one tab stop; ←/→ move between its sentences. Highlighting
 * only changes colours, so nothing moves.
 */
import { decodeFragment } from '../lib/fragment.ts';
import { isWellFormedSentenceId } from '../lib/edition/id-format.ts';
import { sentenceLabel } from '../lib/notes.ts';
import { siteRoot } from '../scripts/site-root.ts';
import { defaultView, partPath } from '../lib/routes.ts';

const LIT = 'lit';

function light(id: string | undefined) {
  for (const el of document.querySelectorAll(`.${LIT}`)) el.classList.remove(LIT);
  if (!id) return;
  for (const el of document.querySelectorAll(`[data-s="${CSS.escape(id)}"]`)) el.classList.add(LIT);
}

function fromHash() {
  const id = decodeFragment(location.hash);
  light(isWellFormedSentenceId(id) ? id : undefined);
}

/**
 * Choosing a sentence (focus, click or tap) turns its row's “Copy link”
 * into a link to that sentence: `…/statement/section-2/#s2-5.2`.
 */
function choose(sentence: HTMLElement) {
  const id = sentence.dataset.s;
  const row = sentence.closest<HTMLElement>('.pair');
  const copy = row?.querySelector<HTMLElement>('.tools copy-button');
  const button = copy?.querySelector('button');
  const part = sentence.closest<HTMLElement>('[data-part]')?.dataset.part;
  if (!id || !copy || !button || !part) return;
  copy.dataset.paragraphText ??= copy.dataset.text ?? '';
  copy.dataset.paragraphLabel ??= button.textContent ?? '';
  const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  copy.dataset.text = `${siteRoot()}${partPath(part, defaultView(locale), locale).slice(1)}#${id}`;
  button.textContent = `${copy.dataset.paragraphLabel} · ${sentenceLabel(id, locale)}`;
}

export default function sentences(): void {
  const rows = document.querySelectorAll<HTMLElement>('.pair');
  for (const row of rows) {
    // The anchoring column's sentences take focus: one tab stop per row.
    const sentences = [...row.querySelectorAll<HTMLElement>('.s[id]')];
    sentences.forEach((s, i) => (s.tabIndex = i === 0 ? 0 : -1));
    row.addEventListener('keydown', (event) => {
      const at = sentences.indexOf(event.target as HTMLElement);
      if (at < 0) return;
      const step =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? 1
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? -1
            : 0;
      const next = sentences[at + step];
      if (!step || !next) return;
      event.preventDefault();
      sentences[at]!.tabIndex = -1;
      next.tabIndex = 0;
      next.focus();
    });
  }

  // The edition's commitment links under a paragraph name their sentences; each of those
  // sentences gets a small mark that opens the same entry. It is for the pointer: the keyboard
  // and screen readers have the links themselves, and the mark is never selected with the text.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-commitment]')) {
    const column = link.closest('.text');
    const sentence = column?.querySelector<HTMLElement>(`.s[data-s="${CSS.escape(link.dataset.commitment!)}"]`);
    if (!sentence || sentence.nextElementSibling?.classList.contains('commitment-mark')) continue;
    const mark = document.createElement('a');
    mark.className = 'commitment-mark';
    mark.href = link.href;
    mark.title = link.title;
    mark.tabIndex = -1;
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = '◆';
    sentence.after(mark);
  }

  document.addEventListener('pointerover', (event) => {
    // A translator's note, or a commitment link, lights the sentence it is about.
    const about = (event.target as Element).closest<HTMLElement>('.s, .tnote, [data-commitment]');
    if (about) light(about.dataset.s ?? about.dataset.commitment);
  });
  document.addEventListener('focusin', (event) => {
    const link = (event.target as Element).closest<HTMLElement>('[data-commitment]');
    if (link) return light(link.dataset.commitment);
    const sentence = (event.target as Element).closest<HTMLElement>('.s');
    if (!sentence) return;
    light(sentence.dataset.s);
    choose(sentence);
  });
  document.addEventListener('click', (event) => {
    const sentence = (event.target as Element).closest<HTMLElement>('.s');
    if (sentence && !(event.target as Element).closest('a')) choose(sentence);
  });
  document.addEventListener('pointerout', (event) => {
    const to = (event.relatedTarget as Element | null)?.closest('.s');
    if (!to && !isWellFormedSentenceId(decodeFragment(location.hash))) light(undefined);
  });

  if (rows.length) {
    fromHash();
    window.addEventListener('hashchange', fromHash);
  }
}
