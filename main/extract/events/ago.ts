/**
 * "A year ago, the firm cut 400 jobs": TIMEX3 values it as the year before publication, but the
 * writer means about twelve months back. For one or two years ago the event takes the same day that
 * many years before publication at month precision (and is flagged approximate); the TIMEX value
 * stays the year. "A month ago" likewise takes the day a month back, at week precision.
 */
import type { TimeExpression } from '../../../preload/domain';
import { daysInMonth, formatDay, parseIso, shiftDay } from './iso-dates';

const YEARS_AGO =
  /^(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|more\s+than\s+)?(a|one|two)\s+years?\s+ago$/i;

const MONTHS_AGO =
  /^(?:about\s+|some\s+|nearly\s+|almost\s+|just\s+over\s+|more\s+than\s+)?(a|one|two|three)\s+months?\s+ago$/i;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

/**
 * "A month ago the same poll gave Kline a 15-point lead": about that many months before publication,
 * to the day at week precision, not the whole calendar month.
 */
function monthsAgoAsWeek(timex: TimeExpression, referenceDate: string): TimeExpression {
  const count = COUNTS[MONTHS_AGO.exec(timex.text.replace(/\s+/g, ' ').trim())?.[1]?.toLowerCase() ?? ''];
  if (!count) return timex;
  const day = shiftDay(referenceDate, -count, 'M');
  if (!day?.startsWith(`${timex.value}-`)) return timex;
  return { ...timex, interval: { start: day, end: day }, precision: 'week' };
}

export function yearsAgoAsMonth(timex: TimeExpression, referenceDate: string): TimeExpression {
  if (timex.type === 'DATE' && /^\d{4}-\d{2}$/.test(timex.value))
    return monthsAgoAsWeek(timex, referenceDate);
  if (timex.type !== 'DATE' || !/^\d{4}$/.test(timex.value)) return timex;
  const count = YEARS_AGO.exec(timex.text.replace(/\s+/g, ' ').trim())?.[1]?.toLowerCase();
  const reference = parseIso(referenceDate);
  if (!count || !reference) return timex;
  const year = reference.year - (count === 'two' ? 2 : 1);
  if (String(year) !== timex.value) return timex;
  const day = formatDay({
    year,
    month: reference.month,
    day: Math.min(reference.day, daysInMonth(year, reference.month)),
  });
  return { ...timex, interval: { start: day, end: day }, precision: 'month' };
}
