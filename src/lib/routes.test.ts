import { describe, expect, it } from 'vitest';
import {
  paragraphPath,
  partPath,
  permalinks,
  sentencePath,
  shortLinkPath,
  switchView,
  withBase,
  withoutBase,
  interfacePath,
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

  it('sends a sentence to its paragraph’s part page, and lists sentences after the paragraphs', () => {
    expect(sentencePath('s2-5.2')).toBe('/statement/section-2/#s2-5.2');
    expect(sentencePath('closing.1', 'zh')).toBe('/zh/statement/closing/#closing.1');
    const links = permalinks(['s2-5.1', 's2-5.2']);
    expect(Object.keys(links).slice(77)).toEqual(['s2-5.1', 's2-5.2']);
    expect(links['s2-5.2']).toBe('/statement/section-2/#s2-5.2');
  });

  it('puts the base path in front of every permalink of a sub-path build, and takes it off again', () => {
    const links = permalinks([], '/joint-statement/');
    expect(links['s2-5']).toBe('/joint-statement/statement/section-2/#s2-5');
    expect(withoutBase('/joint-statement/', links['s2-5'] ?? '')).toBe('/statement/section-2/#s2-5');
    expect(withoutBase('/', '/statement/section-2/#s2-5')).toBe('/statement/section-2/#s2-5');
    // Only a whole leading segment is the base.
    expect(withoutBase('/joint', '/joint-statement/statement/')).toBe('/joint-statement/statement/');
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
