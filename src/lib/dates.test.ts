import { describe, expect, it } from 'vitest';
import { formatDate } from './dates.ts';

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
