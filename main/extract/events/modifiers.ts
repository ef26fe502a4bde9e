/**
 * TIMEX3 START/MID/END narrow a whole unit: "early 2020", "the end of the decade". When the tagger
 * leaves the interval as the whole unit, the event keeps only the named part of it.
 */
import type { TimeExpression } from '../../../preload/domain';
import { compareIso, daysInMonth, endOfUnit, formatDay, formatYear, parseIso } from './iso-dates';

type Part = 'START' | 'MID' | 'END';
const THIRDS: Record<Part, [number, number]> = { START: [0, 1 / 3], MID: [1 / 3, 2 / 3], END: [2 / 3, 1] };

function yearSpan(first: number, last: number, part: Part): { start: string; end: string } {
  const size = last - first + 1;
  const [from, to] = THIRDS[part];
  const startYear = first + Math.floor(size * from);
  const endYear = Math.max(startYear, first + Math.ceil(size * to) - 1);
  return { start: `${formatYear(startYear)}-01-01`, end: `${formatYear(endYear)}-12-31` };
}

export function narrowByModifier(timex: TimeExpression): TimeExpression {
  const part = timex.mod as Part | undefined;
  const interval = timex.interval;
  if (!interval || (part !== 'START' && part !== 'MID' && part !== 'END')) return timex;
  const start = parseIso(interval.start);
  const end = parseIso(interval.end);
  if (!start || !end) return timex;
  const wholeYears = start.month === 1 && start.day === 1 && end.month === 12 && end.day === 31;
  if (wholeYears && end.year - start.year >= 2) {
    return { ...timex, interval: yearSpan(start.year, end.year, part) };
  }
  if (wholeYears && end.year === start.year) {
    // "late 2017" is its last third; "the end of the year" its last month, "the start of 2020" its first.
    const edge = /\b(?:end|close|start|beginning)\s+of\b/i.test(timex.text);
    const months: Record<Part, [number, number]> = edge
      ? { START: [1, 1], MID: [5, 8], END: [12, 12] }
      : { START: [1, 4], MID: [5, 8], END: [9, 12] };
    const [first, last] = months[part];
    return {
      ...timex,
      interval: {
        start: formatDay({ year: start.year, month: first, day: 1 }),
        end: formatDay({ year: start.year, month: last, day: daysInMonth(start.year, last) }),
      },
    };
  }
  const wholeMonth =
    start.day === 1 && interval.end === endOfUnit(interval.start, 'month') && start.month === end.month;
  if (wholeMonth) {
    const lastDay = daysInMonth(start.year, start.month);
    // "late April" is its last third; "the end of the month" its last few days.
    const endDays = /\bend\s+of\b/i.test(timex.text) ? lastDay - 2 : 21;
    const days: Record<Part, [number, number]> = {
      START: [1, 10],
      MID: [11, 20],
      END: [endDays, lastDay],
    };
    const [first, last] = days[part];
    return {
      ...timex,
      interval: { start: formatDay({ ...start, day: first }), end: formatDay({ ...start, day: last }) },
    };
  }
  return timex;
}

/**
 * "later this year" is the rest of the year after publication, "earlier this month" the part before it,
 * "by the end of the year" the time left until then;
 * when the tagger gives the whole unit, the side of the publication date is kept.
 */
export function narrowByRelativeWord(
  timex: TimeExpression,
  referenceDate: string,
  deadline = false,
): TimeExpression {
  const interval = timex.interval;
  if (
    !interval ||
    compareIso(interval.start, referenceDate) > 0 ||
    compareIso(interval.end, referenceDate) < 0
  ) {
    return timex;
  }
  // "before the end of the year" and "later this year" both lie between publication and the unit's end.
  if (deadline || /\blater\b/i.test(timex.text) || /^by\b/i.test(timex.text)) {
    return { ...timex, interval: { start: referenceDate, end: interval.end } };
  }
  if (/\bearlier\b/i.test(timex.text)) {
    return { ...timex, interval: { start: interval.start, end: referenceDate } };
  }
  return timex;
}
