import { decodeFragment } from '../../lib/fragment.ts';
import { chineseTerms, englishPhrases, englishTerms, normaliseQuery } from '../../lib/search.ts';

/**
 * Arriving from a search result (`?q=…#s4-7`): mark the query in the target
 * paragraph, in both columns, with the glossary's name for it in the other
 * language (`&also=一带一路`). Stop words are never marked. Escape clears the
 * marks and the query from the URL.
 */
const params = new URLSearchParams(location.search);
const query = normaliseQuery(params.get('q') ?? '');
const also = params.getAll('also').filter((term) => term.length <= 80);
const target = location.hash ? document.getElementById(decodeFragment(location.hash)) : null;

function markIn(root: Element, pattern: RegExp) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const pieces: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      const at = match.index;
      pieces.push(text.slice(last, at));
      const mark = document.createElement('mark');
      mark.className = 'search-term';
      mark.textContent = match[0];
      pieces.push(mark);
      last = at + match[0].length;
    }
    pieces.push(text.slice(last));
    node.replaceWith(...pieces);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

if (query && target) {
  const han = /\p{Script=Han}/u;
  const zh = [...chineseTerms(query), ...also.filter((term) => han.test(term))];
  const en = [
    ...englishPhrases(query),
    ...also.filter((term) => !han.test(term)).map((t) => t.toLowerCase()),
    ...englishTerms(query),
  ];
  for (const cell of target.querySelectorAll('.text[lang="zh-Hans"]')) {
    if (zh.length)
      markIn(
        cell,
        new RegExp(
          zh
            .sort((a, b) => b.length - a.length)
            .map(escape)
            .join('|'),
          'g',
        ),
      );
  }
  for (const cell of target.querySelectorAll('.text[lang="en"]')) {
    // Prefixes, so "cooperat" or "transbound" mark whole words as Pagefind found them.
    // Phrases first, with any spacing between their words.
    const words = en.map((term) => escape(term).replace(/\s+/g, '\\s+'));
    if (en.length) markIn(cell, new RegExp(`\\b(?:${words.join('|')})[\\p{L}-]*`, 'giu'));
  }
  target.scrollIntoView({ block: 'start' });
  document.addEventListener('keydown', function clear(event) {
    if (event.key !== 'Escape') return;
    for (const mark of document.querySelectorAll('mark.search-term')) mark.replaceWith(mark.textContent ?? '');
    target.normalize();
    const url = new URL(location.href);
    url.searchParams.delete('q');
    history.replaceState(null, '', url.href);
    document.removeEventListener('keydown', clear);
  });
}
