/**
 * Choosing a sentence (a click, a tap, a selection inside it, or keyboard focus) shows a small chip after it:
 * link · cite · share. "Link" copies the sentence's short link, "Cite" opens its cite page, "Share" hands the
 * sentence to the system share sheet where there is one and copies it otherwise. The chip follows the sentence
 * in the document, so Tab reaches it next; Escape closes it and returns to the sentence.
 */
import { sentenceLabel } from '../lib/notes.ts';
import { citePath, shortLinkPath, withBase } from '../lib/routes.ts';
import { siteRoot } from '../scripts/site-root.ts';

interface ChipStrings {
  group: string;
  link: string;
  cite: string;
  share: string;
  copied: string;
  shareCopied: string;
}

const root = document.documentElement;
const locale = root.lang.startsWith('zh') ? 'zh' : 'en';
const strings = JSON.parse(root.dataset.chipStrings ?? '{}') as ChipStrings;
const base = root.dataset.base ?? '/';
let chip: HTMLElement | undefined;
let current: HTMLElement | undefined;
// Escape returns focus to the sentence; that focus must not open the chip again.
let returning = false;

function absolute(path: string): string {
  return new URL(path.slice(1), siteRoot()).href;
}

function say(button: HTMLButtonElement, text: string) {
  const label = button.textContent;
  button.textContent = text;
  window.setTimeout(() => (button.textContent = label), 1500);
}

function button(text: string, action: (b: HTMLButtonElement) => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  b.addEventListener('click', () => action(b));
  return b;
}

function build(id: string, sentence: HTMLElement): HTMLElement {
  const el = document.createElement('span');
  el.className = 'sentence-chip';
  el.setAttribute('role', 'group');
  el.setAttribute('aria-label', strings.group.replace('{label}', sentenceLabel(id, locale)));
  el.dataset.for = id;
  const url = absolute(shortLinkPath(id, locale));
  const link = button(strings.link, (b) => {
    void navigator.clipboard?.writeText(url).then(() => say(b, strings.copied));
  });
  const cite = document.createElement('a');
  // Where the row's own Cite link goes within the cite page (a text cited on its own: #text-ru), the chip's goes too.
  const rowCite = sentence.closest('.pair')?.querySelector<HTMLAnchorElement>('a.cite-link');
  cite.href = `${withBase(base, citePath(id, locale))}${rowCite ? new URL(rowCite.href).hash : ''}`;
  cite.textContent = strings.cite;
  const share = button(strings.share, (b) => {
    const text = sentence.innerText.trim();
    const title = document.title;
    if (typeof navigator.share === 'function') {
      navigator.share({ title, text, url }).catch(() => {
        /* the reader closed the share sheet */
      });
    } else {
      void navigator.clipboard?.writeText(`${text}\n${url}`).then(() => say(b, strings.shareCopied));
    }
  });
  const dot = () => Object.assign(document.createElement('span'), { textContent: ' · ', ariaHidden: 'true' });
  el.append(link, dot(), cite, dot(), share);
  el.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    const back = current;
    hide();
    returning = true;
    back?.focus();
    returning = false;
  });
  return el;
}

function place(el: HTMLElement, sentence: HTMLElement) {
  const parent = el.offsetParent ?? document.body;
  const frame = parent.getBoundingClientRect();
  const rects = sentence.getClientRects();
  const last = rects[rects.length - 1] ?? sentence.getBoundingClientRect();
  const width = el.offsetWidth;
  const left = Math.max(0, Math.min(last.left - frame.left, frame.width - width));
  el.style.left = `${left}px`;
  el.style.top = `${last.bottom - frame.top + 4}px`;
}

function hide() {
  chip?.remove();
  chip = undefined;
  current = undefined;
}

function show(sentence: HTMLElement) {
  const id = sentence.dataset.s;
  if (!id || !strings.link) return;
  if (current === sentence && chip) return;
  hide();
  current = sentence;
  chip = build(id, sentence);
  sentence.after(chip);
  place(chip, sentence);
}

const sentenceOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>('.text .s[data-s]') : null;

export default function sentenceChip(): void {
  document.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('.sentence-chip')) return;
    const sentence = sentenceOf(target);
    // Links inside a sentence (footnote numbers, glossary terms) keep their own behaviour.
    if (sentence && !target.closest('a')) show(sentence);
    else hide();
  });
  document.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    if (target.closest('.sentence-chip') || returning) return;
    const sentence = sentenceOf(target);
    if (sentence) show(sentence);
    else hide();
  });
  // A selection made inside one sentence offers the same chip.
  document.addEventListener('selectionchange', () => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed) return;
    const start = sentenceOf(selection.anchorNode?.parentElement ?? null);
    if (start && start === sentenceOf(selection.focusNode?.parentElement ?? null)) show(start);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && chip) hide();
  });
  window.addEventListener('resize', () => chip && current && place(chip, current));
}
