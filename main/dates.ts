/**
 * Calendar-day helpers on ISO strings. Whole days are never computed with local-time Date arithmetic:
 * a day is a (year, month, day) triple, converted through UTC when a weekday or offset is needed.
 */
import { daysInMonth, type IsoParts, isLeapYear, localToday } from '../preload/calendar';

export { daysInMonth, type IsoParts, isLeapYear, localToday };

const ISO_DAY = /^(-?\d{4,6})-(\d{2})-(\d{2})$/;
const ISO_MOMENT = /^(-?\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** True for `YYYY-MM-DD` (or signed astronomical years) naming a real calendar day. */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for an ISO day or `YYYY-MM-DDTHH:mm` with a real day and time. */
export function isIsoMoment(value: string): boolean {
  const match = ISO_MOMENT.exec(value);
  if (!match) return false;
  if (!isIsoDay(`${match[1]}-${match[2]}-${match[3]}`)) return false;
  if (match[4] === undefined) return true;
  return Number(match[4]) < 24 && Number(match[5]) < 60;
}

const ISO = /^([+-]?\d{4,6})(?:-(\d{2})(?:-(\d{2}))?)?(?:T(\d{2}):(\d{2}))?$/;

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
