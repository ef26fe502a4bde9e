/**
 * Dates for an event dragged or resized on the timeline, as precise as the event claims to be: a
 * day-precision event lands on whole days, a month-precision one on the first of a month, an event
 * with a time of day keeps minutes. Pure, so the rounding is tested without a browser.
 */
import type { Precision, TimelineEvent } from '../../../preload/domain';
import {
  compareIso,
  dateToIsoDay,
  formatIsoYear,
  impliedEnd,
  isCoarse,
  isoEndToDate,
  isoToDate,
  parseIso,
} from '../dates/iso-dates';

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The nearest UTC midnight. */
export function roundToDay(date: Date): Date {
  return new Date(Math.round(date.getTime() / DAY_MS) * DAY_MS);
}

/** Where vis-timeline snaps a dragged edge: quarter hours when zoomed to hours, days otherwise. */
export function snapTime(date: Date, scale: string): Date {
  if (['millisecond', 'second', 'minute', 'hour'].includes(scale)) {
    const quarter = 15 * 60_000;
    return new Date(Math.round(date.getTime() / quarter) * quarter);
  }
  return roundToDay(date);
}

function isoMinute(date: Date): string {
  return `${dateToIsoDay(date)}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** The first day of the precision's unit that contains `day`: 2024-03-17 by month → 2024-03-01. */
export function unitStart(day: string, precision: Precision): string {
  const parts = parseIso(day);
  if (!parts) return day;
  const { year, month } = parts;
  const floorTo = (n: number) => year - (((year % n) + n) % n);
  switch (precision) {
    case 'month':
      return `${formatIsoYear(year)}-${pad(month)}-01`;
    case 'quarter':
    case 'season':
      return `${formatIsoYear(year)}-${pad(month - ((month - 1) % 3))}-01`;
    case 'year':
      return `${formatIsoYear(year)}-01-01`;
    case 'decade':
      return `${formatIsoYear(floorTo(10))}-01-01`;
    case 'century':
      return `${formatIsoYear(floorTo(100))}-01-01`;
    case 'millennium':
      return `${formatIsoYear(floorTo(1000))}-01-01`;
    default:
      return day;
  }
}

/** The start of the unit (month, year…) whose beginning is closest to `date`. */
export function nearestUnitStart(date: Date, precision: Precision): string {
  const current = unitStart(dateToIsoDay(date), precision);
  const following = dateToIsoDay(new Date(isoEndToDate(impliedEnd(current, precision)).getTime()));
  const distance = (iso: string) => Math.abs(isoToDate(iso).getTime() - date.getTime());
  return distance(following) < distance(current) ? following : current;
}

export interface MovedDates {
  start: string;
  /** null: the event is a single point (no end date). */
  end: string | null;
}

/**
 * New ISO dates from where an item was dropped. `start` is the drawn start; `end` the drawn exclusive
 * end for ranges (undefined for points).
 */
export function movedDates(
  event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>,
  start: Date,
  end: Date | undefined,
): MovedDates {
  const timed = event.start.includes('T') || event.precision === 'minute' || event.precision === 'hour';
  if (timed) {
    const quarter = 15 * 60_000;
    const s = new Date(Math.round(start.getTime() / quarter) * quarter);
    if (!end || !event.end) return { start: isoMinute(s), end: null };
    const e = new Date(Math.max(Math.round(end.getTime() / quarter) * quarter, s.getTime()));
    return { start: isoMinute(s), end: isoMinute(e) };
  }
  const startDay = dateToIsoDay(roundToDay(start));
  // The drawn end is the midnight after the last day.
  const lastDay = end ? dateToIsoDay(new Date(roundToDay(end).getTime() - DAY_MS)) : undefined;
  if (isCoarse(event.precision)) {
    // Both edges go to the nearest unit boundary, so a month dragged by a few weeks stays one month.
    const s = nearestUnitStart(start, event.precision);
    if (!end) return { start: s, end: null };
    const boundary = nearestUnitStart(end, event.precision);
    const last = dateToIsoDay(new Date(isoToDate(boundary).getTime() - DAY_MS));
    const e = compareIso(last, s) < 0 ? impliedEnd(s, event.precision) : last;
    // A coarse event one unit long stays without an explicit end, as it was read.
    return { start: s, end: e === impliedEnd(s, event.precision) && !event.end ? null : e };
  }
  if (!lastDay || !event.end) return { start: startDay, end: null };
  return { start: startDay, end: compareIso(lastDay, startDay) < 0 ? startDay : lastDay };
}
