import type { Locale } from '../i18n/index.ts';

/** English month names, for the date forms the statement's texts use. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2022-09-14` → `14 September 2022` / `2022年9月14日`: the forms the
 * statement's own texts use, independent of the reader's browser locale.
 */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}".`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const monthName = MONTHS[month - 1];
  if (!monthName || day < 1 || day > 31) throw new Error(`Not a valid date: "${iso}".`);
  return locale === 'zh' ? `${year}年${month}月${day}日` : `${day} ${monthName} ${year}`;
}

/** `1971-10-25` → `25 October 1971` / `1971年10月25日`; `2012-12` → `December 2012` / `2012年12月`; `1997` stays. */
export function formatPartialDate(date: string, lang: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  const month = m ? MONTHS[m - 1] : undefined;
  return [d, month, y].filter((x) => x !== undefined).join(' ');
}
