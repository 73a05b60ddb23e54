import { describe, expect, it } from 'vitest';
import { addressKinds, citedIn, groupByKind, rankAddresses, timeline, uncited } from './instruments.ts';
import { formatPartialDate } from './dates.ts';

const entry = (key: string, kind: string, en: string, date?: string) => ({ key, kind, name: { zh: key, en }, date });
const entries = [
  entry('b', 'treaty', 'Beta treaty', '2002-12-23'),
  entry('a', 'communique', 'Alpha communique', '1992-01-03'),
  entry('c', 'treaty', 'Another treaty', '1997'),
  entry('d', 'initiative', 'No date'),
];
const parts = [
  {
    slug: 'preamble',
    paragraphs: [
      { id: 'pre-1', refs: [{ id: 'a' }, { id: 'b' }] },
      { id: 'pre-3', refs: [{ id: 'b' }] },
    ],
  },
  { slug: 'section-1', paragraphs: [{ id: 's1-1', refs: [] }] },
];

describe('the register', () => {
  it('writes dates as precisely as they are known', () => {
    expect(formatPartialDate('1971-10-25', 'en')).toBe('25 October 1971');
    expect(formatPartialDate('2012-12', 'en')).toBe('December 2012');
    expect(formatPartialDate('1997', 'en')).toBe('1997');
    expect(formatPartialDate('1971-10-25', 'zh')).toBe('1971年10月25日');
    expect(formatPartialDate('2012-12', 'zh')).toBe('2012年12月');
  });

  it('orders the timeline by date and leaves out undated entries', () => {
    expect(timeline(entries).map((e) => e.key)).toEqual(['a', 'c', 'b']);
  });

  it('groups by kind in the order given', () => {
    expect(
      groupByKind(entries, ['treaty', 'communique', 'mechanism']).map((g) => [g.kind, g.entries.map((e) => e.key)]),
    ).toEqual([
      ['treaty', ['c', 'b']],
      ['communique', ['a']],
    ]);
  });

  it('computes where each entry is cited, and which are cited nowhere', () => {
    expect(citedIn('b', parts)).toEqual(['pre-1', 'pre-3']);
    expect(uncited(entries, parts)).toEqual(['c', 'd']);
  });
});

describe('rankAddresses and addressKinds', () => {
  const urls = [
    { url: 'https://news.test/a', kind: 'report' as const },
    { url: 'https://gov.test/b', kind: 'official-record' as const },
    { url: 'https://news.test/c', kind: 'report' as const },
    { url: 'https://gov.test/d', kind: 'official-text' as const },
  ];
  it('puts the official text first and keeps the order within a kind', () => {
    expect(rankAddresses(urls).map((u) => u.url)).toEqual([
      'https://gov.test/d',
      'https://gov.test/b',
      'https://news.test/a',
      'https://news.test/c',
    ]);
  });
  it('lists each kind once, most authoritative first', () => {
    expect(addressKinds(urls)).toEqual(['official-text', 'official-record', 'report']);
    expect(addressKinds([])).toEqual([]);
  });
});
