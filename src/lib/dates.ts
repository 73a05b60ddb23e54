import type { Locale } from '../i18n/index.ts';

/**
 * The locale whose date forms the interface prints: `en-GB` writes the day first (`14 September 2022`), as
 * the statement's English texts do; `zh-Hans` writes `2022年9月14日`. Another interface language adds its tag.
 */
const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', zh: 'zh-Hans' };

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: string, parts: 'ymd' | 'ym' | 'y', date: Date): string {
  const key = `${lang} ${parts}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(lang, {
      year: 'numeric',
      month: parts === 'y' ? undefined : 'long',
      day: parts === 'ymd' ? 'numeric' : undefined,
      // The date is a calendar day, not an instant: read and written in UTC it never shifts a day.
      timeZone: 'UTC',
    });
    formats.set(key, found);
  }
  return found.format(date);
}

/** A calendar day as a Date at UTC midnight, or undefined when the day does not exist (`2022-02-30`). */
function utcDay(year: number, month = 1, day = 1): Date | undefined {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

/** English month names, for citation styles that spell the month in English whatever the interface. */
export const MONTHS = Array.from({ length: 12 }, (_, i) =>
  new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(utcDay(2000, i + 1)),
);

/**
 * How a citation prints the day it was accessed (src/lib/citation.ts): GB/T 7714's `[2026-12-04]` and
 * OSCOLA's `accessed 4 December 2026`. Only these carry the access date, never the edition's own date.
 */
export function accessDateForms(iso: string): [string, string] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return [`[${iso}]`, `accessed ${d} ${MONTHS[m - 1] ?? ''} ${y}`];
}

/**
 * `2022-09-14` → `14 September 2022` / `2022年9月14日`: the forms the
 * statement's own texts use, independent of the reader's browser locale.
 */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: "${iso}".`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = utcDay(year, month, day);
  if (!date) throw new Error(`Not a valid date: "${iso}".`);
  return format(DATE_LOCALE[locale], 'ymd', date);
}

/** `1971-10-25` → `25 October 1971` / `1971年10月25日`; `2012-12` → `December 2012` / `2012年12月`; `1997` → `1997` / `1997年`. */
export function formatPartialDate(date: string, lang: Locale): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = y === undefined ? undefined : utcDay(y, m, d);
  if (!day) throw new Error(`Not a valid date: "${date}".`);
  return format(DATE_LOCALE[lang], d ? 'ymd' : m ? 'ym' : 'y', day);
}
