/**
 * Vague stretches measured from publication. "later this year" runs from publication to the year's
 * end and "earlier this month" from the month's start to publication (the tagger's interval, TIMEX3
 * mod END/START); "in the coming months" (a DURATION `PXM` for the tagger) is the next few months.
 * Each is a window of the timeline, not a point at one of its ends.
 */
import type { Precision, TimeExpression } from '../../../preload/domain';
import { compareIso, dayOf, daysInMonth, formatDay, parseIso } from './iso-dates';

/** The window an expression's interval makes when one of its ends is the publication date. */
export function publicationWindow(
  timex: TimeExpression,
  referenceDate: string,
): { start: string; end: string } | undefined {
  const interval = timex.interval;
  if (!interval) return undefined;
  const start = dayOf(interval.start);
  const end = dayOf(interval.end);
  const fromPublication = start === referenceDate && compareIso(end, referenceDate) > 0;
  const toPublication = end === referenceDate && compareIso(start, referenceDate) < 0;
  return fromPublication || toPublication ? { start, end } : undefined;
}

const UNITS: Record<string, { precision: Precision; count: number }> = {
  D: { precision: 'day', count: 7 },
  W: { precision: 'week', count: 3 },
  M: { precision: 'month', count: 3 },
  Y: { precision: 'year', count: 3 },
};

/** "in the coming weeks", "over the next few months", "in the months ahead": a stretch ahead of unknown size. */
const COMING_TEXT = /^(?:the\s+)?(?:coming|upcoming|next\s+(?:few|several))\s+(?:days|weeks|months|years)$/i;
const AHEAD_TEXT = /^(?:the\s+)?(?:days|weeks|months|years)\s+ahead$/i;
const LEADING_PREPOSITION = /\b(?:in|over|during|within|for)\s+(?:the\s+)?$/i;

function addUnits(day: string, unit: string, count: number): string | undefined {
  const parts = parseIso(day);
  if (!parts) return undefined;
  if (unit === 'D' || unit === 'W') {
    const date = new Date(Date.UTC(2000, parts.month - 1, parts.day));
    date.setUTCFullYear(parts.year);
    date.setUTCDate(date.getUTCDate() + count * (unit === 'W' ? 7 : 1));
    return formatDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
  }
  const months = parts.month - 1 + count * (unit === 'Y' ? 12 : 1);
  const year = parts.year + Math.floor(months / 12);
  const month = (months % 12) + 1;
  return formatDay({ year, month, day: Math.min(parts.day, daysInMonth(year, month)) });
}

/**
 * "The firm will hire staff in the coming months": the tagger's duration `PXM` becomes a date whose
 * interval runs from publication over the next few (three) units, a week for days. Anything else is
 * returned unchanged.
 */
export function comingPeriodAsDate(
  text: string,
  timex: TimeExpression,
  referenceDate: string,
): TimeExpression {
  const unit = /^PX([DWMY])$/.exec(timex.value)?.[1];
  if (timex.type !== 'DURATION' || !unit) return timex;
  const words = timex.text.replace(/\s+/g, ' ').trim();
  const before = text.slice(Math.max(0, timex.start - 12), timex.start);
  const fullPhrase = /^the\b/i.test(words) || /\bthe\s+$/i.test(before);
  if (
    !(COMING_TEXT.test(words) || AHEAD_TEXT.test(words)) ||
    !fullPhrase ||
    !LEADING_PREPOSITION.test(before)
  ) {
    return timex;
  }
  const { precision, count } = UNITS[unit];
  const end = addUnits(referenceDate, unit, count);
  if (!end) return timex;
  return { ...timex, type: 'DATE', interval: { start: referenceDate, end }, precision };
}
