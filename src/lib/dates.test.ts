import { describe, expect, it } from 'vitest';
import { MONTHS, formatDate, formatPartialDate } from './dates.ts';

describe('formatDate', () => {
  it('writes dates as the statement does in each language', () => {
    expect(formatDate('2022-09-14', 'en')).toBe('14 September 2022');
    expect(formatDate('2022-09-14', 'zh')).toBe('2022年9月14日');
    expect(formatDate('1992-01-03', 'en')).toBe('3 January 1992');
  });
  it('rejects what is not a date', () => {
    expect(() => formatDate('14/09/2022', 'en')).toThrow();
    expect(() => formatDate('2022-13-01', 'en')).toThrow();
  });
});

describe('dates through Intl.DateTimeFormat', () => {
  it('prints the forms the pages have always printed, day first in English', () => {
    expect(formatDate('2001-06-15', 'en')).toBe('15 June 2001');
    expect(formatDate('2026-12-04', 'zh')).toBe('2026年12月4日');
    expect(formatPartialDate('2012-12', 'zh')).toBe('2012年12月');
    expect(formatPartialDate('1997', 'zh')).toBe('1997年');
    expect(formatPartialDate('1997', 'en')).toBe('1997');
  });
  it('never shifts a day, whatever the time zone of the machine', () => {
    expect(formatDate('2022-01-01', 'en')).toBe('1 January 2022');
    expect(formatDate('2022-12-31', 'zh')).toBe('2022年12月31日');
  });
  it('rejects a day that does not exist', () => {
    expect(() => formatDate('2022-02-30', 'en')).toThrow();
  });
  it('names the months in English for the citation styles', () => {
    expect(MONTHS).toHaveLength(12);
    expect(MONTHS[0]).toBe('January');
    expect(MONTHS[8]).toBe('September');
  });
});
