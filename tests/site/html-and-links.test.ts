import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlFiles } from '../support/dist.ts';

const files = htmlFiles();

/** The file a root-relative URL path is served from, as a static host resolves it. */
function fileFor(urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath);
  const candidates = clean.endsWith('/') ? [`dist${clean}index.html`] : [`dist${clean}`, `dist${clean}/index.html`];
  return candidates.find((f) => existsSync(f));
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...parseHTML(readFileSync(file, 'utf8')).document.querySelectorAll('[id]')].map((el) => el.id));
    idsCache.set(file, ids);
  }
  return ids;
}

describe('valid HTML', () => {
  it('html-validate finds no error in any built page', () => {
    const result = spawnSync('npx', ['html-validate', 'dist/**/*.html'], { encoding: 'utf8' });
    expect(result.stdout + result.stderr, 'html-validate output').not.toMatch(/error/);
    expect(result.status).toBe(0);
    // 487 pages since every sentence has a cite page and a short link: about 100 s on a loaded 2-core machine.
  }, 240_000);
});

describe('links and anchors', () => {
  it.each(files)('%s: every internal link and fragment resolves', (file) => {
    const doc = parseHTML(readFileSync(file, 'utf8')).document;
    const here = `/${path.relative('dist', file).replace(/index\.html$/, '')}`;
    const broken: string[] = [];
    for (const el of doc.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (/^(https?:|mailto:|data:)/.test(raw) || raw === '') continue;
      const url = new URL(raw, `http://site${here}`);
      if (url.host !== 'site') continue;
      const target = fileFor(url.pathname);
      if (!target) {
        broken.push(`${raw} (no file)`);
        continue;
      }
      // Fragments: an element id, or a range of two paragraph ids (#s2-5..s2-7).
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html')) {
        const ids = idsOf(target);
        const parts = fragment.includes('..') ? fragment.split('..') : [fragment];
        for (const id of parts) if (!ids.has(id)) broken.push(`${raw} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
