/**
 * The calendar interval and precision a TIMEX3 value covers, for drawing it on the timeline. Values
 * that name no stretch of the calendar (durations, sets, PAST_REF, XXXX) get none.
 */
import type { Interval, Precision } from '../../../preload/domain';
import {
  addDays,
  type CalendarDate,
  daysInMonth,
  formatIsoDate,
  formatIsoYear,
  isoWeekStart,
  pad,
} from './calendar';

export interface Placement {
  interval: Interval;
  precision: Precision;
}

function years(first: number, last: number, precision: Precision): Placement {
  return {
    interval: { start: `${formatIsoYear(first)}-01-01`, end: `${formatIsoYear(last)}-12-31` },
    precision,
  };
}

function months(year: number, first: number, last: number, precision: Precision): Placement {
  const endYear = year + Math.floor((last - 1) / 12);
  const endMonth = ((last - 1) % 12) + 1;
  return {
    interval: {
      start: `${formatIsoYear(year)}-${pad(first, 2)}-01`,
      end: formatIsoDate({ year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) }),
    },
    precision,
  };
}

const PART_HOURS: Record<string, [string, string]> = {
  MO: ['06:00', '11:59'],
  MI: ['11:00', '13:59'],
  AF: ['12:00', '17:59'],
  EV: ['18:00', '21:59'],
  NI: ['21:00', '23:59'],
  DT: ['09:00', '17:59'],
};

const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** Reads a TIMEX3 year: 1998, BC0044 (= astronomical -43). */
function timexYear(text: string): number {
  return text.startsWith('BC') ? 1 - Number(text.slice(2)) : Number(text);
}

const Y = '(BC\\d{4}|\\d{4})';
const DAY_VALUE = new RegExp(
  `^${Y}-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})|T(\\d{2})|T(MO|MI|AF|EV|NI|DT))?$`,
);
const MONTH_VALUE = new RegExp(`^${Y}-(\\d{2})$`);
const QUARTER_VALUE = new RegExp(`^${Y}-Q([1-4])$`);
const HALF_VALUE = new RegExp(`^${Y}-H([12])$`);
const SEASON_VALUE = new RegExp(`^${Y}-(SP|SU|FA|WI)$`);
const WEEK_VALUE = new RegExp(`^${Y}-W(\\d{2})(-WE)?$`);
const YEAR_VALUE = new RegExp(`^${Y}$`);

export function placeValue(value: string, referenceDate?: CalendarDate): Placement | undefined {
  if (value === 'PRESENT_REF' && referenceDate) {
    const day = formatIsoDate(referenceDate);
    return { interval: { start: day, end: day }, precision: 'day' };
  }
  let m = DAY_VALUE.exec(value);
  if (m) {
    const date: CalendarDate = { year: timexYear(m[1]), month: Number(m[2]), day: Number(m[3]) };
    const day = formatIsoDate(date);
    if (m[4]) {
      // "shortly before midnight on Thursday": the end of that day, which the timeline shows on it.
      if (m[4] === '24')
        return { interval: { start: `${day}T23:59`, end: `${day}T23:59` }, precision: 'minute' };
      const t = `${day}T${m[4]}:${m[5]}`;
      return { interval: { start: t, end: t }, precision: 'minute' };
    }
    if (m[6])
      return { interval: { start: `${day}T${m[6]}:00`, end: `${day}T${m[6]}:59` }, precision: 'hour' };
    if (m[7]) {
      const [a, b] = PART_HOURS[m[7]];
      return { interval: { start: `${day}T${a}`, end: `${day}T${b}` }, precision: 'hour' };
    }
    return { interval: { start: day, end: day }, precision: 'day' };
  }
  m = MONTH_VALUE.exec(value);
  if (m) return months(timexYear(m[1]), Number(m[2]), Number(m[2]), 'month');
  m = QUARTER_VALUE.exec(value);
  if (m) return months(timexYear(m[1]), Number(m[2]) * 3 - 2, Number(m[2]) * 3, 'quarter');
  m = HALF_VALUE.exec(value);
  if (m) return months(timexYear(m[1]), m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12, 'quarter');
  m = SEASON_VALUE.exec(value);
  if (m) {
    const [a, b] = SEASONS[m[2]];
    return months(timexYear(m[1]), a, b, 'season');
  }
  m = WEEK_VALUE.exec(value);
  if (m) {
    const monday = isoWeekStart(timexYear(m[1]), Number(m[2]));
    const first = m[3] ? addDays(monday, 5) : monday;
    return {
      interval: { start: formatIsoDate(first), end: formatIsoDate(addDays(monday, 6)) },
      precision: 'week',
    };
  }
  m = YEAR_VALUE.exec(value);
  if (m) {
    const year = timexYear(m[1]);
    return years(year, year, 'year');
  }
  m = /^(BC)?(\d{3})$/.exec(value);
  if (m) {
    const first = Number(m[2]) * 10;
    return m[1] ? years(1 - (first + 9), 1 - first, 'decade') : years(first, first + 9, 'decade');
  }
  m = /^(BC)?(\d{2})$/.exec(value);
  if (m) {
    const first = Number(m[2]) * 100;
    return m[1] ? years(-first - 99, -first, 'century') : years(first, first + 99, 'century');
  }
  m = /^(\d)$/.exec(value);
  if (m) return years(Number(m[1]) * 1000, Number(m[1]) * 1000 + 999, 'millennium');
  return undefined;
}
