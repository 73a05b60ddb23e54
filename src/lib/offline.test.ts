import { describe, expect, it } from 'vitest';
import { cachePrefix, precachePaths, readingPages } from './offline.ts';

describe('what is stored offline', () => {
  it('stores the whole statement and every part in all three views of both interfaces, and both homes', () => {
    const paths = precachePaths();
    expect(readingPages()).toHaveLength(2 * 3 * 8);
    for (const path of [
      '/',
      '/zh/',
      '/statement/',
      '/zh/statement/section-4/',
      '/en/statement/closing/',
      '/zh/both/statement/section-2/',
      '/zh/en/statement/',
      '/en/zh/statement/preamble/',
    ]) {
      expect(paths).toContain(path);
    }
    expect(paths).toContain('/offline/');
    expect(paths).toContain('/zh/offline/');
  });

  it('names caches so that no copy’s prefix is the start of another’s', () => {
    const bases = ['/', '/joint-statement/', '/joint-statement/v2/', '/j/'];
    for (const a of bases) {
      for (const b of bases) {
        if (a !== b) expect(cachePrefix(a).startsWith(cachePrefix(b))).toBe(false);
      }
    }
  });
});
