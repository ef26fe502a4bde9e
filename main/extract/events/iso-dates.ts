/**
 * Whole-day arithmetic on ISO strings, BCE-safe (astronomical years with a sign). Never goes through
 * JavaScript Dates, whose time zones and year-0 handling would shift days.
 */
import { formatIsoYear, pad } from '../../../preload/calendar';
import { compareIso, daysInMonth, type IsoParts, parseIso } from '../../dates';

export { compareIso, daysInMonth, type IsoParts, parseIso };

export function isIsoDate(value: string): boolean {
  return parseIso(value) !== undefined;
}

export { formatIsoYear as formatYear } from '../../../preload/calendar';

export function formatDay(parts: IsoParts): string {
  return `${formatIsoYear(parts.year)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** The calendar day of a date or moment ("2024-01-15T10:30" → "2024-01-15"). */
export function dayOf(value: string): string {
  const parts = parseIso(value);
  return parts ? formatDay(parts) : value;
}

export type CalendarUnit = 'day' | 'week' | 'month' | 'year' | 'decade';

/** Last day of the unit (year, month, ...) that contains the date. */
export function endOfUnit(value: string, unit: CalendarUnit): string | undefined {
  const parts = parseIso(value);
  if (!parts) return undefined;
  switch (unit) {
    case 'day':
      return formatDay(parts);
    case 'week': {
      // ISO weeks end on Sunday; whole days through a UTC date for the weekday only.
      const date = new Date(Date.UTC(2000, parts.month - 1, parts.day));
      date.setUTCFullYear(parts.year);
      const weekday = (date.getUTCDay() + 6) % 7;
      date.setUTCDate(date.getUTCDate() + 6 - weekday);
      return formatDay({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      });
    }
    case 'month':
      return formatDay({ ...parts, day: daysInMonth(parts.year, parts.month) });
    case 'year':
      return formatDay({ year: parts.year, month: 12, day: 31 });
    case 'decade':
      return formatDay({ year: Math.floor(parts.year / 10) * 10 + 9, month: 12, day: 31 });
  }
}

export type DayUnit = 'D' | 'W' | 'M' | 'Y';

/** Moves a day by whole days, weeks, months or years (month ends clamp: Jan 31 + 1 month = Feb 28/29). */
export function shiftDay(value: string, amount: number, unit: DayUnit): string | undefined {
  const parts = parseIso(value);
  if (!parts) return undefined;
  if (unit === 'D' || unit === 'W') {
    const date = new Date(Date.UTC(2000, parts.month - 1, parts.day));
    date.setUTCFullYear(parts.year);
    date.setUTCDate(date.getUTCDate() + amount * (unit === 'W' ? 7 : 1));
    return formatDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  }
  const months = parts.year * 12 + (parts.month - 1) + amount * (unit === 'Y' ? 12 : 1);
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return formatDay({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
}
