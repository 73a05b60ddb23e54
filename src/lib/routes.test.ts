import { describe, expect, it } from 'vitest';
import {
  interfacePath,
  paragraphPath,
  partPath,
  permalinks,
  shortLinkPath,
  switchView,
  withBase,
  wholePath,
} from './routes.ts';

describe('routes', () => {
  it('puts each view of a part at its own address', () => {
    expect(partPath('section-2')).toBe('/statement/section-2/');
    expect(partPath('section-2', 'zh')).toBe('/zh/statement/section-2/');
    expect(partPath('section-2', 'en')).toBe('/en/statement/section-2/');
    expect(wholePath('zh')).toBe('/zh/statement/');
  });

  it('sends a paragraph to its part page', () => {
    expect(paragraphPath('s2-5')).toBe('/statement/section-2/#s2-5');
    expect(paragraphPath('signatures', 'en')).toBe('/en/statement/closing/#signatures');
    expect(shortLinkPath('pre-1')).toBe('/p/pre-1/');
  });

  it('lists a permalink for all 77 ids', () => {
    const links = permalinks();
    expect(Object.keys(links)).toHaveLength(77);
    expect(links['s4-22']).toBe('/statement/section-4/#s4-22');
  });

  it('switches a reading page between views and leaves other pages alone', () => {
    expect(switchView('/statement/section-3/', 'zh')).toBe('/zh/statement/section-3/');
    expect(switchView('/zh/statement/', 'both')).toBe('/statement/');
    expect(switchView('/en/statement/closing/', 'en')).toBe('/en/statement/closing/');
    expect(switchView('/about/', 'zh')).toBeUndefined();
  });

  it('prefixes the base path of a sub-path deploy', () => {
    expect(withBase('/', '/p/s2-5/')).toBe('/p/s2-5/');
    expect(withBase('/joint-statement/', '/p/s2-5/')).toBe('/joint-statement/p/s2-5/');
  });
});

describe('interface twins', () => {
  it('puts the Chinese interface of a page under /zh and leaves the English alone', () => {
    expect(interfacePath('en', '/topics/')).toBe('/topics/');
    expect(interfacePath('zh', '/commitments/')).toBe('/zh/commitments/');
  });
});
