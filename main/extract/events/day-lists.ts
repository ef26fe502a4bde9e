/**
 * Lists and spans of days in one month: "July 14, 15 and 16", "July 14 to 16, 2017", "March 3-5".
 * The tagger reads only the first day (and sometimes a bare "16"); the days are one happening over
 * the span, so they become one date from the first day to the last, in the year written after the
 * last day when there is one ("July 14 to 16, 2017" is in 2017 even though "July 14" alone is not).
 */
import type { TimeExpression } from '../../../preload/domain';
import { compareIso } from './iso-dates';

/** ", 15 and 16", " to 16, 2017", "-16", " through 16th". */
const DAY_TAIL =
  /^((?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?(?=\s*,|\s+and\b|\s+or\b))*)\s*,?\s*(and|to|through|thru|until|till|[-–—])\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?/i;
/** What may follow the last day: the sentence goes on, not a count of something ("16 people"). */
const AFTER_LAST =
  /^(?:\s*$|\s*[,.;:!?)—–-]|\s+(?:at|in|on|from|with|when|as|for|and|but|while|before|after|this|next|last|of)\b)/i;

function withYear(iso: string, year: string | undefined): string {
  return year ? `${year}${iso.slice(4)}` : iso;
}

export function joinDayLists(text: string, timexes: readonly TimeExpression[]): TimeExpression[] {
  const result: TimeExpression[] = [];
  for (let i = 0; i < timexes.length; i++) {
    const timex = timexes[i];
    const start = timex.interval?.start;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(timex.value);
    const monthDay = /\p{L}\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u.test(timex.text) && !/\d{4}/.test(timex.text);
    const tail = day && monthDay && start ? DAY_TAIL.exec(text.slice(timex.end, timex.end + 60)) : null;
    if (!day || !tail || !start) {
      result.push(timex);
      continue;
    }
    const spanEnd = timex.end + tail[0].length;
    const last = Number(tail[3]);
    const year = tail[4];
    const endDay = `${day[1]}-${day[2]}-${String(last).padStart(2, '0')}`;
    if (
      !AFTER_LAST.test(text.slice(spanEnd, spanEnd + 20)) ||
      last > 31 ||
      compareIso(endDay, timex.value) <= 0
    ) {
      result.push(timex);
      continue;
    }
    const value = withYear(timex.value, year);
    result.push({
      ...timex,
      end: spanEnd,
      text: text.slice(timex.start, spanEnd),
      value,
      interval: { start: withYear(start, year), end: withYear(endDay, year) },
      precision: 'day',
    });
    // The tagger's own reading of the later days ("16") is part of the span now.
    while (i + 1 < timexes.length && timexes[i + 1].start < spanEnd) i++;
  }
  return result;
}

const MONTH_FIRST =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** "on 3 August last year": the tagger reads "August last year" and leaves the day behind. */
const DAY_BEFORE =
  /(?:^|\b(?:on|from|to|until|till|since|by|between|and|before|after|of)\s+(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?\s+$/i;

/** A month told with its day written first and left out of the tagged text: the date is that day. */
export function joinDayFirst(text: string, timexes: readonly TimeExpression[]): TimeExpression[] {
  return timexes.map((timex) => {
    const month = /^(-?\d{4})-(\d{2})$/.exec(timex.value);
    if (timex.type !== 'DATE' || !month || !MONTH_FIRST.test(timex.text) || !timex.interval) return timex;
    const before = DAY_BEFORE.exec(text.slice(Math.max(0, timex.start - 20), timex.start));
    if (!before) return timex;
    const dayNumber = Number(before[1]);
    const iso = `${month[1]}-${month[2]}-${String(dayNumber).padStart(2, '0')}`;
    if (dayNumber < 1 || compareIso(iso, timex.interval.end) > 0) return timex;
    const start = timex.start - (before[0].length - before[0].indexOf(before[1]));
    return {
      ...timex,
      start,
      text: text.slice(start, timex.end),
      value: iso,
      interval: { start: iso, end: iso },
      precision: 'day',
    };
  });
}
