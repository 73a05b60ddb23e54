import type { Locale } from '../i18n/index.ts';

const MONTHS = [
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
