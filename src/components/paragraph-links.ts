import { decodeFragment } from '../lib/fragment.ts';
import { looksLikeRange, rangeFragment } from '../lib/edition/id-format.ts';
import { parseRange, rangeLabel } from '../lib/ranges.ts';
import { partOfParagraph } from '../lib/ids.ts';
import { siteRoot } from '../scripts/site-root.ts';

const parseRangeIds = (first: string, last: string): string[] => {
  const range = parseRange(rangeFragment(first, last));
  return range.ok ? range.ids : [first];
};

/**
 * Reading pages: highlight a range of paragraphs (`#s2-5..s2-7`) in both
 * columns, and when a reader copies text from the statement, add the line
 * that says where it comes from.
 */
/** Says what is wrong with a range link, or where the rest of it is, at the top of the text. */
function rangeNote(text: string, link?: { href: string; label: string }) {
  document.querySelector('.range-note')?.remove();
  if (!text) return;
  const note = document.createElement('p');
  note.className = 'range-note';
  note.setAttribute('role', 'status');
  note.textContent = text;
  if (link) {
    const a = document.createElement('a');
    a.href = link.href;
    a.textContent = link.label;
    note.append(' ', a);
  }
  document.getElementById('main')?.prepend(note);
}

function highlightRange() {
  for (const row of document.querySelectorAll('.pair.in-range')) row.classList.remove('in-range');
  rangeNote('');
  const hash = decodeFragment(location.hash);
  if (!looksLikeRange(hash)) return;
  const strings = JSON.parse(document.documentElement.dataset.rangeStrings ?? '{}') as Record<string, string>;
  const range = parseRange(hash);
  if (!range.ok) {
    rangeNote(`${strings.invalid ?? ''} ${range.reason}.`);
    return;
  }
  const rows = range.ids.map((id) => document.getElementById(id)).filter((row): row is HTMLElement => row !== null);
  for (const row of rows) row.classList.add('in-range');
  rows[0]?.scrollIntoView({ block: 'start' });
  if (rows.length < range.ids.length) {
    rangeNote(strings.partial ?? '', { href: `${siteRoot()}statement/#${hash}`, label: strings.whole ?? '' });
  }
}

export default function paragraphLinks(): void {
  if (!document.querySelector('.pair')) return;
  highlightRange();
  window.addEventListener('hashchange', highlightRange);
  document.addEventListener('copy', (event) => {
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !event.clipboardData) return;
    const rows = [...document.querySelectorAll<HTMLElement>('.pair')].filter((row) =>
      selection.containsNode(row, true),
    );
    const first = rows[0]?.id;
    const last = rows.at(-1)?.id;
    if (!first || !last) return;
    const html = document.documentElement;
    const locale = html.lang.startsWith('zh') ? 'zh' : 'en';
    const root = siteRoot();
    const url =
      first === last
        ? `${root}p/${first}/`
        : partOfParagraph(first) === partOfParagraph(last)
          ? `${root}statement/${partOfParagraph(first).slug}/#${rangeFragment(first, last)}`
          : `${root}statement/#${rangeFragment(first, last)}`;
    const label = rangeLabel(parseRangeIds(first, last), locale);
    const title = html.dataset.citeTitle ?? document.title;
    event.clipboardData.setData('text/plain', `${selection.toString()}\n\n— ${title}, ${label}, ${url}`);
    event.preventDefault();
  });
}
