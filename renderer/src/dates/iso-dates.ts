/**
 * ISO 8601 date strings (the domain's dates) to and from JavaScript Dates, and their display.
 *
 * Every conversion goes through UTC with setUTCFullYear: `new Date('0044-03-15')` style parsing is
 * ambiguous (local vs UTC, two-digit years mapped to 19xx) and the timeline is configured to show
 * UTC, so a day stays the same day in every time zone. Years use astronomical numbering: -0043 = 44 BC.
 */
import {
  daysInMonth,
  formatIsoYear,
  type IsoParts,
  isLeapYear,
  localToday,
  pad,
} from '../../../preload/calendar';
import { PRECISIONS, type Precision } from '../../../preload/domain';

export { daysInMonth, formatIsoYear, type IsoParts, isLeapYear, localToday };

const ISO_MOMENT = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
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

/** Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` (signed years allowed); null unless it names a real moment. */
export function parseIso(value: string): IsoParts | null {
  const match = ISO_MOMENT.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (match[4] === undefined) return { year, month, day };
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

export const isIsoDate = (value: string): boolean => parseIso(value) !== null;

/** The instant an ISO day or moment starts, as a UTC Date. */
export function isoToDate(value: string): Date {
  const parts = parseIso(value);
  if (!parts) throw new Error(`not an ISO date: ${value}`);
  return partsToDate(parts);
}

function partsToDate({ year, month, day, hour = 0, minute = 0 }: IsoParts): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date;
}

/**
 * The instant an inclusive end stops: the end of its day for a calendar day, the moment itself for a
 * time. January 2024 = 2024-01-01 .. 2024-01-31 is drawn up to 1 February 00:00.
 */
export function isoEndToDate(value: string): Date {
  const parts = parseIso(value);
  if (!parts) throw new Error(`not an ISO date: ${value}`);
  if (parts.hour !== undefined) return partsToDate(parts);
  const date = partsToDate(parts);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

/** The calendar day of a Date (read in UTC) as `YYYY-MM-DD`. */
export function dateToIsoDay(date: Date): string {
  return `${formatIsoYear(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** 2024 → "2024", 0 → "1 BC", -43 → "44 BC" (there is no year 0 in the historians' calendar). */
export function displayYear(year: number): string {
  return year <= 0 ? `${1 - year} BC` : String(year);
}

/**
 * A year in labels people read next to BCE dates: 44 BC, AD 14, 2024. Years before 1000 take "AD" so
 * that "19 Aug 14" cannot be read as 2014 and "1 BC" is followed by "AD 1".
 */
export function eraYear(year: number): string {
  return year >= 1 && year < 1000 ? `AD ${year}` : displayYear(year);
}

export function displayMonth(month: number, long = false): string {
  return (long ? MONTHS_LONG : MONTHS_SHORT)[month - 1] ?? '';
}

/** A single date written for a person, only as fine as its precision: "15 Jan 2024", "January 2024". */
export function formatIso(value: string, precision: Precision = 'day'): string {
  const parts = parseIso(value);
  if (!parts) return value;
  const { year, month, day, hour, minute } = parts;
  const y = eraYear(year);
  switch (precision) {
    case 'millennium':
    case 'century':
    case 'decade':
    case 'year':
      return y;
    case 'quarter':
      return `Q${Math.floor((month - 1) / 3) + 1} ${y}`;
    case 'season':
    case 'month':
      return `${displayMonth(month, true)} ${y}`;
    case 'week':
      return `week of ${day} ${displayMonth(month)} ${y}`;
    case 'hour':
    case 'minute':
      if (hour !== undefined && minute !== undefined) {
        return `${day} ${displayMonth(month)} ${y}, ${pad(hour)}:${pad(minute)}`;
      }
      return `${day} ${displayMonth(month)} ${y}`;
    default:
      return `${day} ${displayMonth(month)} ${y}`;
  }
}

/** Start and optional end of an event, written for a person: "15 Jan 2024", "1 Jan – 31 Dec 2024". */
export function formatEventWhen(start: string, end: string | undefined, precision: Precision): string {
  const startText = formatIso(start, precision);
  if (!end || end === start) return startText;
  const endText = formatIso(end, precision);
  if (startText === endText) return startText;
  return `${startText} – ${endText}`;
}

/** Precisions coarser than a day: the event happened somewhere inside its interval, not across it. */
export const COARSE_PRECISIONS: ReadonlySet<Precision> = new Set(
  PRECISIONS.slice(PRECISIONS.indexOf('week')),
);

export const isCoarse = (precision: Precision): boolean => COARSE_PRECISIONS.has(precision);

/**
 * The last day a coarse date can mean when the event gives no end: "March 2024" (month precision,
 * start 2024-03-01) reaches 2024-03-31. Day and finer precisions return the start unchanged.
 */
export function impliedEnd(start: string, precision: Precision): string {
  const parts = parseIso(start);
  if (!parts) return start;
  const { year, month, day } = parts;
  const lastOfMonth = (y: number, m: number) => `${formatIsoYear(y)}-${pad(m)}-${pad(daysInMonth(y, m))}`;
  switch (precision) {
    case 'week': {
      const date = partsToDate({ year, month, day });
      date.setUTCDate(date.getUTCDate() + 6);
      return dateToIsoDay(date);
    }
    case 'month':
      return lastOfMonth(year, month);
    case 'quarter':
    case 'season': {
      const endMonth = Math.min(12, month + 2);
      return lastOfMonth(year, endMonth);
    }
    case 'year':
      return `${formatIsoYear(year)}-12-31`;
    case 'decade':
      return `${formatIsoYear(year - (((year % 10) + 10) % 10) + 9)}-12-31`;
    case 'century':
      return `${formatIsoYear(year - (((year % 100) + 100) % 100) + 99)}-12-31`;
    case 'millennium':
      return `${formatIsoYear(year - (((year % 1000) + 1000) % 1000) + 999)}-12-31`;
    default:
      return start;
  }
}

/** Orders ISO dates, signed years included, without going through Date. */
export function compareIso(a: string, b: string): number {
  const pa = parseIso(a);
  const pb = parseIso(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  const key = (p: IsoParts) => [p.year, p.month, p.day, p.hour ?? -1, p.minute ?? -1];
  const ka = key(pa);
  const kb = key(pb);
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return ka[i] - kb[i];
  }
  return 0;
}

/**
 * Checks a date the user typed; returns a message for them, or null when it is fine.
 * Accepts `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` and signed years (`-0043-03-15` for 15 March 44 BC).
 */
export function dateInputProblem(value: string, label: string, required: boolean): string | null {
  const text = value.trim();
  if (text === '') return required ? `${label} is required.` : null;
  if (!ISO_MOMENT.test(text)) return `${label}: write it as YYYY-MM-DD (for example 2024-01-15).`;
  if (!parseIso(text)) return `${label}: ${text} is not a real date.`;
  return null;
}
