import { parseRange, rangeLabel } from '../lib/ranges.ts';
import { partOfParagraph } from '../lib/ids.ts';
import { siteRoot } from './site-root.ts';

const parseRangeIds = (first: string, last: string): string[] => {
  const range = parseRange(`${first}..${last}`);
  return range.ok ? range.ids : [first];
};

/**
 * Reading pages: highlight a range of paragraphs (`#s2-5..s2-7`) in both
 * columns, and when a reader copies text from the statement, add the line
 * that says where it comes from.
 */
function highlightRange() {
  for (const row of document.querySelectorAll('.pair.in-range')) row.classList.remove('in-range');
  const hash = location.hash.slice(1);
  if (!hash.includes('..')) return;
  const range = parseRange(hash);
  if (!range.ok) return;
  const rows = range.ids.map((id) => document.getElementById(id)).filter((row): row is HTMLElement => row !== null);
  for (const row of rows) row.classList.add('in-range');
  rows[0]?.scrollIntoView({ block: 'start' });
}

if (document.querySelector('.pair')) {
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
          ? `${root}statement/${partOfParagraph(first).slug}/#${first}..${last}`
          : `${root}statement/#${first}..${last}`;
    const label = rangeLabel(parseRangeIds(first, last), locale);
    const title = html.dataset.citeTitle ?? document.title;
    event.clipboardData.setData('text/plain', `${selection.toString()}\n\n— ${title}, ${label}, ${url}`);
    event.preventDefault();
  });
}
