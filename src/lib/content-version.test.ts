import { describe, expect, it } from 'vitest';
import { contentVersion, offlineAssets } from './content-version.ts';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const site = [file('index.html', '<p>2022</p>'), file('statement/index.html', '<p>中哈</p>'), file('_astro/a.js', 'x')];

describe('contentVersion', () => {
  it('is the same for the same content, in any order', () => {
    expect(contentVersion(site)).toBe(contentVersion([...site].reverse()));
    expect(contentVersion(site)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when one byte of one file changes, or a file is added, removed or renamed', () => {
    const base = contentVersion(site);
    expect(contentVersion([file('index.html', '<p>2021</p>'), ...site.slice(1)])).not.toBe(base);
    expect(contentVersion([...site, file('p/s2-5/index.html', '')])).not.toBe(base);
    expect(contentVersion(site.slice(1))).not.toBe(base);
    expect(contentVersion([file('home.html', '<p>2022</p>'), ...site.slice(1)])).not.toBe(base);
    // Bytes moved from one file to the next are a change.
    expect(contentVersion([file('a', 'xy'), file('b', 'z')])).not.toBe(
      contentVersion([file('a', 'x'), file('b', 'yz')]),
    );
  });

  it('ignores the service worker itself and the time-stamped PDFs', () => {
    const base = contentVersion(site);
    expect(contentVersion([...site, file('sw.js', 'const VERSION = 1')])).toBe(base);
    expect(contentVersion([...site, file('data/statement.pdf', '/CreationDate (D:2026)')])).toBe(base);
  });
});

describe('offlineAssets', () => {
  it('takes the built scripts and stylesheets, nothing else', () => {
    expect(
      offlineAssets(['_astro/b.js', 'index.html', '_astro/a.css', '_astro/img.png', 'pagefind/pagefind.js']),
    ).toEqual(['_astro/a.css', '_astro/b.js']);
  });
});
