import { describe, expect, it } from 'vitest';
import {
  citePath,
  interfacePath,
  paragraphPath,
  parseAddress,
  partPath,
  permalinks,
  readingVariants,
  sentencePath,
  shortLinkPath,
  switchInterface,
  switchView,
  withBase,
  withoutBase,
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
    expect(switchView('/statement/section-3/', 'en')).toBe('/en/statement/section-3/');
    expect(switchView('/en/statement/', 'both')).toBe('/statement/');
    expect(switchView('/en/statement/closing/', 'en')).toBe('/en/statement/closing/');
    // The interface stays: the Chinese interface switched to both columns is still Chinese.
    expect(switchView('/zh/statement/', 'both')).toBe('/zh/both/statement/');
    expect(switchView('/zh/both/statement/section-1/', 'en')).toBe('/zh/en/statement/section-1/');
    expect(switchView('/statement/section-1/', 'zh')).toBe('/en/zh/statement/section-1/');
    expect(switchView('/about/', 'zh')).toBeUndefined();
  });

  it('prefixes the base path of a sub-path deploy', () => {
    expect(withBase('/', '/p/s2-5/')).toBe('/p/s2-5/');
    expect(withBase('/joint-statement/', '/p/s2-5/')).toBe('/joint-statement/p/s2-5/');
  });

  it('keeps the addresses published before the interface was its own choice', () => {
    expect(partPath('section-2', 'zh')).toBe('/zh/statement/section-2/');
    expect(partPath('section-2', 'zh', 'zh')).toBe('/zh/statement/section-2/');
    expect(partPath('section-2', 'en', 'en')).toBe('/en/statement/section-2/');
    expect(partPath('section-2', 'both', 'en')).toBe('/statement/section-2/');
  });

  it('gives each of the six interface and view pairs its own address', () => {
    const paths = readingVariants().map(({ locale, view }) => partPath('closing', view, locale));
    expect(new Set(paths).size).toBe(6);
    expect(paths).toContain('/zh/both/statement/closing/');
    expect(paths).toContain('/zh/en/statement/closing/');
    expect(paths).toContain('/en/zh/statement/closing/');
    for (const { locale, view } of readingVariants()) {
      expect(parseAddress(wholePath(view, locale))).toEqual({ locale, view, rest: '/statement/' });
    }
  });

  it('puts every other page in the Chinese interface under /zh', () => {
    expect(interfacePath('en', '/instruments/')).toBe('/instruments/');
    expect(interfacePath('zh', '/instruments/')).toBe('/zh/instruments/');
    expect(citePath('s2-5', 'zh')).toBe('/zh/cite/s2-5/');
    // At the citations of one text cited on its own (a Russian translation).
    expect(citePath('s1-2', 'zh', 'ru')).toBe('/zh/cite/s1-2/#text-ru');
    expect(citePath(undefined, 'en', 'ru')).toBe('/cite/#text-ru');
    expect(shortLinkPath('s2-5', 'zh')).toBe('/zh/p/s2-5/');
    expect(parseAddress('/zh/glossary/')).toEqual({ locale: 'zh', rest: '/glossary/' });
  });

  it('switches the interface and keeps the text view', () => {
    expect(switchInterface('/statement/section-2/', 'zh')).toBe('/zh/both/statement/section-2/');
    expect(switchInterface('/zh/statement/section-2/', 'en')).toBe('/en/zh/statement/section-2/');
    expect(switchInterface('/en/statement/', 'zh')).toBe('/zh/en/statement/');
    expect(switchInterface('/zh/both/statement/', 'en')).toBe('/statement/');
    expect(switchInterface('/', 'zh')).toBe('/zh/');
    expect(switchInterface('/zh/', 'en')).toBe('/');
    expect(switchInterface('/cite/s2-5/', 'zh')).toBe('/zh/cite/s2-5/');
    expect(switchInterface('/zh/instruments/links/', 'en')).toBe('/instruments/links/');
  });
});

describe('interface twins', () => {
  it('puts the Chinese interface of a page under /zh and leaves the English alone', () => {
    expect(interfacePath('en', '/topics/')).toBe('/topics/');
    expect(interfacePath('zh', '/commitments/')).toBe('/zh/commitments/');
  });
});
