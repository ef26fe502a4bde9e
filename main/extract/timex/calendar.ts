/**
 * Proleptic Gregorian calendar arithmetic on plain integers. Whole days never go through JavaScript
 * Date, so no time zone can shift a date by one.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

import { daysInMonth, formatIsoYear, isLeapYear, pad } from '../../../preload/calendar';

export { daysInMonth, formatIsoYear, isLeapYear, pad };

/** Days since 1970-01-01 (may be negative); the civil-from-days algorithm, valid for any year. */
export function toDayNumber(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function weekday(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (4).
  const n = toDayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week: the week with the year's first Thursday is week 1. */
export function isoWeek(date: CalendarDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - weekday(date));
  const jan1 = toDayNumber({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toDayNumber(thursday) - jan1) / 7) + 1 };
}

/** Monday of an ISO week. */
export function isoWeekStart(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 };
  const week1Monday = addDays(jan4, 1 - weekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

export function formatIsoDate(date: CalendarDate): string {
  return `${formatIsoYear(date.year)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** TimeML writes years before 1 AD with a BC prefix and the historical number: 44 BC = BC0044. */
export function formatTimexYear(year: number): string {
  return year <= 0 ? `BC${pad(1 - year, 4)}` : pad(year, 4);
}

export function formatTimexDate(date: CalendarDate): string {
  return `${formatTimexYear(date.year)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a `YYYY-MM-DD` reference date; returns null for anything that is not a real calendar day. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DAY.exec(text);
  if (!m) return null;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    return null;
  }
  return date;
}
