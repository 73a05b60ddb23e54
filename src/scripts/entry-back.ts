import { isParagraphId, paragraphLabel } from '../lib/ids.ts';

/**
 * A register entry reached from a footnote (`?from=s4-10`) offers the way
 * back to that paragraph, "← IV.10", at the top of the entry: to the page the
 * reader came from when it was this site's reading page (so the text view is
 * kept), else to the paragraph's short link. Without JavaScript the entry's
 * "cited in" list links every paragraph.
 */
const from = new URLSearchParams(location.search).get('from') ?? '';
const article = document.querySelector<HTMLElement>('article.instrument');
const cited = [...document.querySelectorAll<HTMLAnchorElement>('.cited-in a')].find((a) =>
  a.pathname.endsWith(`/p/${from}/`),
);
if (isParagraphId(from) && article && cited) {
  let href = cited.href;
  try {
    const previous = new URL(document.referrer);
    if (previous.origin === location.origin && previous.pathname.includes('/statement/')) {
      previous.hash = from;
      href = previous.href;
    }
  } catch {
    /* no referrer: the short link it is */
  }
  const locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const label = paragraphLabel(from, locale);
  const back = document.createElement('p');
  back.className = 'entry-back';
  const link = document.createElement('a');
  link.href = href;
  link.textContent = `← ${label}`;
  const name = article.dataset.back;
  if (name) link.setAttribute('aria-label', name.replace('{label}', label));
  back.append(link);
  article.prepend(back);
}
