import { describe, expect, it } from 'vitest';
import {
  compareSites,
  describeChanges,
  normaliseAddress,
  pageText,
  readSiteRecord,
  recordPage,
  storeSiteRecord,
  type SiteRecord,
} from './page-record.ts';

const section = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>Section II</title>${head}</head><body>` +
  `<header><a href="/">Home</a></header><main id="main">${body}</main><footer id="footer">CC BY</footer></body></html>`;

const paragraph = `<h1>II. Political relations</h1>
  <div class="pair" id="s2-5"><a href="#s2-5">II.5</a>
    <p lang="zh-Hans"><span id="s2-5.1">哈方坚定支持一个中国原则</span>。</p>
    <p lang="en"><span id="s2-5.1-en">The Kazakh side firmly supports the one-China principle.</span></p>
  </div>`;

const before = section(
  paragraph,
  '<link rel="canonical" href="http://localhost:4321/statement/section-2/">' +
    '<link rel="alternate" hreflang="zh-Hans" href="http://localhost:4321/zh/statement/section-2/">',
);

function site(pages: Record<string, string>, files: string[] = ['/permalinks.json']): SiteRecord {
  return {
    pages: Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, recordPage(html)])),
    files,
  };
}

const published = site({ '/statement/section-2/': before, '/p/s2-5/': redirectTo('/statement/section-2/#s2-5') });

function redirectTo(target: string) {
  return `<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0; url=${target}"></head><body><main><a href="${target}">II.5</a></main></body></html>`;
}

/** The report for a current build whose section II page is `html`. */
function report(html: string) {
  const current = site({ '/statement/section-2/': html, '/p/s2-5/': redirectTo('/statement/section-2/#s2-5') });
  return describeChanges(compareSites(published, current));
}

describe('recording a page', () => {
  const record = recordPage(before);

  it('keeps every id in document order, head to footer', () => {
    expect(record.ids).toEqual(['main', 's2-5', 's2-5.1', 's2-5.1-en', 'footer']);
  });

  it('reads the text of <main> only, blocks apart, inline text joined, whitespace collapsed', () => {
    expect(pageText(record)).toBe(
      'II. Political relations II.5 哈方坚定支持一个中国原则。 The Kazakh side firmly supports the one-China principle.',
    );
  });

  it('reads the body when there is no <main>, and skips scripts, styles and templates but not <noscript>', () => {
    const page = recordPage(
      '<body><p>Search</p><script>let x = 1;</script><style>p{}</style><template><p>card</p></template>' +
        '<noscript><p>Search needs JavaScript.</p></noscript></body>',
    );
    expect(pageText(page)).toBe('Search Search needs JavaScript.');
  });

  it('keeps links, canonical and alternate addresses, each once', () => {
    expect(record.links).toEqual([
      'canonical http://localhost:4321/statement/section-2/',
      'alternate zh-Hans http://localhost:4321/zh/statement/section-2/',
      '/',
      '#s2-5',
    ]);
  });

  it('notes where a redirect page sends the reader', () => {
    expect(recordPage(redirectTo('/statement/section-2/#s2-5')).redirect).toBe('/statement/section-2/#s2-5');
  });

  it('drops the content hash of built assets, which changes unseen', () => {
    expect(normaliseAddress('/_astro/BaseLayout.astro_astro_type_script_index_0_lang.DpJ8n4NL.js')).toBe(
      '/_astro/BaseLayout.astro_astro_type_script_index_0_lang.[hash].js',
    );
    expect(normaliseAddress('/data/statement.json')).toBe('/data/statement.json');
  });

  it('names a cite page’s access date instead of the day it was built, and keeps every other date', () => {
    const citePage = (built: string, day: string) =>
      section(
        `<cite-panel data-accessed="${built}"><p>Edition (2026-12-04)[${built}]. http://localhost:4321/p/s2-5/.</p>` +
          `<p>Joint Statement (Nur-Sultan, 14 September 2022) accessed ${day}</p>` +
          `<pre>PY - 2022 M1 - ${built.slice(0, 8).replace(/-/g, '/')}${Number(built.slice(8))}/</pre></cite-panel>`,
      );
    const onePage = (html: string) => site({ '/cite/s2-5/': html });
    const built4th = onePage(citePage('2026-12-04', '4 December 2026'));
    expect(pageText(built4th.pages['/cite/s2-5/']!)).toBe(
      'Edition (2026-12-04)[access date]. http://localhost:4321/p/s2-5/. Joint Statement (Nur-Sultan, 14 September 2022) accessed (access date) PY - 2022 M1 - (access date)',
    );
    // Built the next day, the same page: unchanged for readers.
    expect(describeChanges(compareSites(built4th, onePage(citePage('2026-12-05', '5 December 2026'))))).toBe('');
    // A page that is no cite page keeps its dates as printed.
    expect(pageText(recordPage(section('<p>Searched on [2026-12-04]</p>')))).toBe('Searched on [2026-12-04]');
  });

  it('stores and reads back the same record', () => {
    expect(readSiteRecord(JSON.parse(JSON.stringify(storeSiteRecord(published))) as never)).toEqual(published);
  });
});

describe('comparing with the published record', () => {
  it('passes an unchanged build, and one that only adds ids, links and pages', () => {
    expect(report(before)).toBe('');
    const added = before.replace(
      '<div class="pair" id="s2-5">',
      '<div class="pair" id="s2-5"><a id="s2-5-tools" href="/cite/s2-5/"></a>',
    );
    expect(report(added)).toBe('');
    expect(
      describeChanges(compareSites(published, { ...site({ '/new/': before }), pages: { ...published.pages } })),
    ).toBe('');
  });

  it('passes markup that reads the same: other whitespace, other block elements', () => {
    expect(
      report(
        before
          .replace(/\n\s+/g, '')
          .replace(/<p lang/g, '<div lang')
          .replace(/<\/p>/g, '</div>'),
      ),
    ).toBe('');
  });

  it('fails a changed word, showing where with the text around it', () => {
    // 24 + 5 + 14 + 16 characters before the changed word.
    expect(report(before.replace('firmly supports', 'strongly supports'))).toBe(
      [
        '/statement/section-2/',
        '  text differs at character 59, after “II. Political relations II.5 哈方坚定支持一个中国原则。 The Kazakh side ”',
        '    was: “firmly supports the one-China principle.”',
        '    now: “strongly supports the one-China principle.”',
      ].join('\n'),
    );
  });

  it('shows 80 characters either side of a change in a long text', () => {
    const long = (word: string) => section(`<p>${'a'.repeat(200)} ${word} ${'b'.repeat(200)}</p>`);
    const [, after, was, now] = describeChanges(
      compareSites(site({ '/long/': long('firmly') }), site({ '/long/': long('strongly') })),
    ).split('\n');
    expect(after).toBe(`  text differs at character 201, after “${'a'.repeat(79)} ”`);
    expect(was).toBe(`    was: “firmly ${'b'.repeat(73)}”`);
    expect(now).toBe(`    now: “strongly ${'b'.repeat(71)}”`);
  });

  it('fails a lost id, naming it', () => {
    expect(report(before.replace(' id="s2-5.1"', ''))).toBe('/statement/section-2/\n  ids lost (1): s2-5.1');
  });

  it('fails a lost link, naming it', () => {
    expect(
      report(before.replace('<link rel="alternate" hreflang="zh-Hans"', '<link rel="alternate" hreflang="zh"')),
    ).toBe('/statement/section-2/\n  links lost (1): alternate zh-Hans http://localhost:4321/zh/statement/section-2/');
  });

  it('fails a lost page, and a lost file', () => {
    const current = site({ '/p/s2-5/': redirectTo('/statement/section-2/#s2-5') }, []);
    expect(describeChanges(compareSites(published, current))).toBe(
      'Files lost (1): /permalinks.json\n/statement/section-2/\n  lost: the page is gone, and no redirect stands at its address',
    );
  });

  it('fails a short link that now sends the reader elsewhere', () => {
    const current = site({ '/statement/section-2/': before, '/p/s2-5/': redirectTo('/statement/section-3/#s2-5') });
    expect(describeChanges(compareSites(published, current))).toContain(
      '/p/s2-5/\n  redirect changed: was /statement/section-2/#s2-5, now /statement/section-3/#s2-5',
    );
  });

  it('accepts a page moved behind a redirect, comparing its record with the page it now leads to', () => {
    const moved = site({
      '/statement/section-2/': redirectTo('/statement/political-relations/'),
      '/statement/political-relations/': before,
      '/p/s2-5/': redirectTo('/statement/section-2/#s2-5'),
    });
    expect(describeChanges(compareSites(published, moved))).toBe('');
    const movedAndChanged = site({
      '/statement/section-2/': redirectTo('/statement/political-relations/'),
      '/statement/political-relations/': before.replace(' id="s2-5.1"', ''),
      '/p/s2-5/': redirectTo('/statement/section-2/#s2-5'),
    });
    expect(describeChanges(compareSites(published, movedAndChanged))).toBe(
      '/statement/section-2/ (now a redirect to /statement/political-relations/)\n  ids lost (1): s2-5.1',
    );
  });

  it('caps a long report', () => {
    const many = site(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`/cite/s${i}/`, before])));
    const lost = Array.from({ length: 30 }, (_, i) => `/cite/s${i}/`).map(() => before.replace(/ id="[^"]*"/g, ''));
    const current = site(Object.fromEntries(lost.map((html, i) => [`/cite/s${i}/`, html])));
    const message = describeChanges(compareSites(many, current), { maxPages: 2, maxItems: 3 });
    expect(message).toBe(
      [
        '/cite/s0/',
        '  ids lost (5): main, s2-5, s2-5.1, … and 2 more',
        '/cite/s1/',
        '  ids lost (5): main, s2-5, s2-5.1, … and 2 more',
        '… and 28 more pages changed',
      ].join('\n'),
    );
  });
});
