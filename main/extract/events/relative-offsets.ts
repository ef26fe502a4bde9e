/**
 * "on Tuesday, a day after a 3-0 loss": a duration followed by "after"/"before" dates a second
 * happening by counting back (or on) from the date the sentence already gives.
 */
import type { TimeExpression } from '../../../preload/domain';
import { type DayUnit, shiftDay } from './iso-dates';
import type { Happening } from './ranges';

export interface OffsetHappening {
  happening: Happening;
  /** Article offset of the word after "after"/"before": where the second happening is told. */
  toldAt: number;
}

const OFFSET_WORD = /^\s+(after|before)\s+/i;
const DURATION = /^P(\d{1,4})([DWMY])$/;

/** "The launch comes two weeks after ...": the present happening is the news itself, so publication. */
const NOW_BEFORE =
  /\b(?:comes|come|arrives|arrive|follows|follow)\s+(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+)?$/i;
/** "... two weeks after X, and three months after Y": the second offset counts from the same moment. */
const AND_BEFORE = /^\s*,?\s*(?:and|or)\s+(?:just\s+|only\s+|barely\s+|nearly\s+|almost\s+)?$/i;
const PRECISION_OF_UNIT = { D: 'day', W: 'week', M: 'month', Y: 'year' } as const;

/** True when a duration + "after"/"before" in the sentence counts from the news itself. */
export function countsFromPublication(text: string, expressions: readonly TimeExpression[]): boolean {
  return expressions.some(
    (timex) =>
      timex.type === 'DURATION' &&
      DURATION.test(timex.value) &&
      OFFSET_WORD.test(text.slice(timex.end, timex.end + 16)) &&
      NOW_BEFORE.test(text.slice(Math.max(0, timex.start - 30), timex.start)),
  );
}

export function offsetHappenings(
  text: string,
  durations: readonly TimeExpression[],
  dated: readonly Happening[],
  referenceDate?: string,
): OffsetHappening[] {
  const result: OffsetHappening[] = [];
  let previousFromNow: OffsetHappening | undefined;
  for (const duration of durations) {
    if (duration.type !== 'DURATION') continue;
    const word = OFFSET_WORD.exec(text.slice(duration.end, duration.end + 16));
    const amount = DURATION.exec(duration.value);
    if (!word || !amount) continue;
    // "delayed its decision by three months after ...": the size of a change, not a distance in time.
    if (
      /\bby\s+(?:about\s+|nearly\s+|almost\s+|another\s+|a\s+further\s+)?$/i.test(
        text.slice(Math.max(0, duration.start - 20), duration.start),
      )
    )
      continue;
    const anchor = [...dated].reverse().find((happening) => happening.timexes[0].end <= duration.start);
    const lead = text.slice(Math.max(0, duration.start - 30), duration.start);
    const chained =
      previousFromNow !== undefined &&
      AND_BEFORE.test(text.slice(previousFromNow.toldAt, duration.start).replace(/^.*,/s, ','));
    if (!anchor && referenceDate && (NOW_BEFORE.test(lead) || chained)) {
      const sign = word[1].toLowerCase() === 'after' ? -1 : 1;
      const unit = amount[2] as DayUnit;
      const start = shiftDay(referenceDate, sign * Number(amount[1]), unit);
      if (!start) continue;
      previousFromNow = {
        happening: { timexes: [duration], start, precision: PRECISION_OF_UNIT[unit], approximate: true },
        toldAt: duration.end + word[0].length,
      };
      result.push(previousFromNow);
      continue;
    }
    if (!anchor || anchor.end) continue;
    const sign = word[1].toLowerCase() === 'after' ? -1 : 1;
    const start = shiftDay(anchor.start, sign * Number(amount[1]), amount[2] as DayUnit);
    if (!start) continue;
    result.push({
      happening: { timexes: [duration, ...anchor.timexes], start, precision: anchor.precision },
      toldAt: duration.end + word[0].length,
    });
  }
  return result;
}

/** "opened on 5 September and lasted seven weeks": the gap between the start and its length. */
const LASTED_GAP =
  /^\s*,?\s*and\s+(?:lasted|ran|continued|went\s+on|stretched\s+on)\s+(?:for\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$/i;

/** "a 72-hour stoppage beginning on Friday 18 July", "a three-day festival starting on": a length told first. */
const BEGINNING_GAP = /^\s*[\p{L}-]+\s+(?:beginning|starting|from|opening)\s+(?:on\s+|at\s+)?(?:the\s+)?$/iu;

/** A length as whole units: "P7W" is seven weeks, "PT72H" ("a 72-hour stoppage") three days. */
function lengthInDays(value: string): { count: number; unit: DayUnit } | undefined {
  const hours = /^PT(\d{1,3})H$/.exec(value);
  if (hours) return { count: Math.ceil(Number(hours[1]) / 24), unit: 'D' };
  const amount = DURATION.exec(value);
  return amount ? { count: Number(amount[1]), unit: amount[2] as DayUnit } : undefined;
}

/**
 * "His trial opened on 5 September and lasted seven weeks": a point followed by how long it lasted
 * becomes a range over that length (the last day is the day before the length runs out).
 */
export function withLength(
  text: string,
  happening: Happening,
  expressions: readonly TimeExpression[],
): Happening {
  if (happening.end || happening.timexes.length !== 1) return happening;
  const anchor = happening.timexes[0];
  const length = expressions.find(
    (timex) =>
      timex.type === 'DURATION' &&
      ((timex.start > anchor.end &&
        timex.start - anchor.end < 40 &&
        LASTED_GAP.test(text.slice(anchor.end, timex.start))) ||
        (timex.end < anchor.start &&
          anchor.start - timex.end < 40 &&
          BEGINNING_GAP.test(text.slice(timex.end, anchor.start)))),
  );
  const amount = length && lengthInDays(length.value);
  if (!amount || !['day', 'week', 'month'].includes(happening.precision)) return happening;
  const after = shiftDay(happening.start, amount.count, amount.unit);
  const end = after && shiftDay(after, -1, 'D');
  return end && end > happening.start ? { ...happening, end } : happening;
}
