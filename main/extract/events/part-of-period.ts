/**
 * "the final three months of 2023", "the first six months of the year": a count of units at one end of
 * a dated period. The tagger gives a duration and the period apart; together they are one date, the
 * named part of the period.
 */
import type { Precision, TimeExpression } from '../../../preload/domain';
import { numberValue } from '../timex/lexicon';
import { daysInMonth, formatDay, parseIso } from './iso-dates';

const PART = /^the\s+(first|opening|last|final|closing)\s+(\w+)\s+months$/i;
const OF_BETWEEN = /^\s+of\s+$/i;

/** Whole calendar years only: "of 2023", "of the year", "of this year". */
function wholeYear(timex: TimeExpression): number | undefined {
  const interval = timex.interval;
  const start = interval && parseIso(interval.start);
  const end = interval && parseIso(interval.end);
  if (!start || !end || start.year !== end.year) return undefined;
  return start.month === 1 && start.day === 1 && end.month === 12 && end.day === 31 ? start.year : undefined;
}

export function joinPartOfPeriod(text: string, expressions: readonly TimeExpression[]): TimeExpression[] {
  const result: TimeExpression[] = [];
  for (let i = 0; i < expressions.length; i++) {
    const duration = expressions[i];
    const period = expressions[i + 1];
    const match = PART.exec(duration.text.trim());
    const count = match ? (numberValue(match[2]) ?? Number.NaN) : Number.NaN;
    const year = period && wholeYear(period);
    if (
      !match ||
      duration.type !== 'DURATION' ||
      !period ||
      year === undefined ||
      !(count >= 1 && count <= 11) ||
      !OF_BETWEEN.test(text.slice(duration.end, period.start))
    ) {
      result.push(duration);
      continue;
    }
    const fromStart = /^(?:first|opening)$/i.test(match[1]);
    const firstMonth = fromStart ? 1 : 13 - count;
    const lastMonth = fromStart ? count : 12;
    const precision: Precision = count === 3 && (firstMonth - 1) % 3 === 0 ? 'quarter' : 'month';
    const value = precision === 'quarter' ? `${period.value}-Q${(firstMonth + 2) / 3}` : period.value;
    result.push({
      start: duration.start,
      end: period.end,
      text: text.slice(duration.start, period.end),
      type: 'DATE',
      value,
      interval: {
        start: formatDay({ year, month: firstMonth, day: 1 }),
        end: formatDay({ year, month: lastMonth, day: daysInMonth(year, lastMonth) }),
      },
      precision,
    });
    i++;
  }
  return result;
}
