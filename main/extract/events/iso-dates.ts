/**
 * Whole-day arithmetic on ISO strings, BCE-safe (astronomical years with a sign). Never goes through
 * JavaScript Dates, whose time zones and year-0 handling would shift days.
 */

const ISO = /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?$/;

export interface IsoParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

export function parseIso(value: string): IsoParts | undefined {
  const match = ISO.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (match[4] === undefined) return { year, month, day };
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (hour > 23 || minute > 59) return undefined;
  return { year, month, day, hour, minute };
}

export function isIsoDate(value: string): boolean {
  return parseIso(value) !== undefined;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

export function formatYear(year: number): string {
  return year < 0 ? `-${pad(year, 4)}` : pad(year, 4);
}

export function formatDay(parts: IsoParts): string {
  return `${formatYear(parts.year)}-${pad(parts.month)}-${pad(parts.day)}`;
}

/** Orders two ISO dates or moments; unparseable values sort last but never throw. */
export function compareIso(a: string, b: string): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
  const keys: Array<keyof IsoParts> = ['year', 'month', 'day', 'hour', 'minute'];
  for (const key of keys) {
    const diff = (pa[key] ?? -1) - (pb[key] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
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
