/**
 * Vague stretches measured from publication. "later this year" runs from publication to the year's
 * end and "earlier this month" from the month's start to publication (the tagger's interval, TIMEX3
 * mod END/START); "in the coming months" (a DURATION `PXM` for the tagger) is the next few months.
 * Each is a window of the timeline, not a point at one of its ends.
 */
import type { Precision, TimeExpression } from '../../../preload/domain';
import { compareIso, type DayUnit, dayOf, parseIso, shiftDay } from './iso-dates';
import { lexicon } from './lexicon';

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
  if (!fromPublication && !toPublication) return undefined;
  // "later this month" is after the day of writing, "earlier this year" before it.
  if (fromPublication && /\blater\b/i.test(timex.text))
    return { start: shiftDay(start, 1, 'D') ?? start, end };
  if (toPublication && /\bearlier\b/i.test(timex.text)) return { start, end: shiftDay(end, -1, 'D') ?? end };
  return { start, end };
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
  const unit = /^PX([DWMY])$/.exec(timex.value)?.[1] as DayUnit | undefined;
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
  const end = shiftDay(referenceDate, count, unit);
  if (!end) return timex;
  return { ...timex, type: 'DATE', interval: { start: referenceDate, end }, precision };
}

/** "within the next two weeks", "over the next 48 hours": a counted stretch from now. */
const NEXT_COUNTED = /^(?:the\s+)?next\s+(?:[\p{L}\p{N}-]+\s+)?(?:hours|days|weeks|months|years)$/iu;
const WITHIN_BEFORE = /\bwithin\s+(?:the\s+)?$/i;
/** P10D, P2W, PT48H; PXW for "within weeks" (a few of the unit). */
const COUNTED_VALUE = /^P(?:T(\d+)(H)|(\d+|X)([DWMY]))$/;
const BARE_UNITS = /^(?:days|weeks|months|years)$/i;
/** A plan, a promise or an obligation: what "within ten days" counts ahead from. */
const AHEAD_WORDS = new RegExp(
  String.raw`(?:^|[^\p{L}'’])(?:${[
    // "May" the month is no modal: "may" is checked apart, in lower case.
    ...lexicon.futureMarkers.filter((marker) => marker !== 'may'),
    'should',
    'must',
    'need to',
    'needs to',
    'has to',
    'have to',
    'to follow',
    'promise',
    'promises',
  ]
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'))
    .join('|')})(?![\p{L}])|['’]ll\b`,
  'iu',
);

const looksAhead = (context: string): boolean => AHEAD_WORDS.test(context) || /\bmay\b/.test(context);

/** The sentence's text before an offset (back to the last full stop, semicolon or line break). */
function clauseBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 200), offset);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

/**
 * "should open within ten days", "will decide within the next two weeks": a counted stretch ahead of
 * a plan is a window from publication to its end. Past tellings ("it reopened within ten days") count
 * from the story, not from publication, and stay durations.
 */
export function countedWindowAsDate(
  text: string,
  timex: TimeExpression,
  referenceDate: string,
): TimeExpression {
  const counted = COUNTED_VALUE.exec(timex.value);
  if (timex.type !== 'DURATION' || !counted) return timex;
  const words = timex.text.replace(/\s+/g, ' ').trim();
  const before = text.slice(Math.max(0, timex.start - 12), timex.start);
  const next = NEXT_COUNTED.test(words) && LEADING_PREPOSITION.test(before);
  const within = WITHIN_BEFORE.test(before);
  if (!next && !within) return timex;
  // "within 14 days of the judgment", "within a week after the vote": counted from something else.
  if (/^\s*(?:of|after|from|since|following)\b/i.test(text.slice(timex.end, timex.end + 12))) return timex;
  if (!looksAhead(clauseBefore(text, timex.start))) return timex;
  const unit = counted[2] ?? counted[4];
  const amount = counted[1] ?? counted[3];
  // "within weeks": a few of the unit, as "the coming weeks" is; "within the weeks" is no such stretch.
  if (amount === 'X' && !(within && BARE_UNITS.test(words))) return timex;
  const count = amount === 'X' ? UNITS[unit].count : Number(amount);
  const end =
    unit === 'H'
      ? shiftDay(referenceDate, Math.ceil(count / 24), 'D')
      : shiftDay(referenceDate, count, unit as DayUnit);
  if (!end || count === 0) return timex;
  const precision: Precision = unit === 'H' || unit === 'D' ? 'day' : UNITS[unit].precision;
  // A plan told at publication is not done yet: "within ten days" of a plan starts the day after.
  const start = within && !next ? shiftDay(referenceDate, 1, 'D') : referenceDate;
  if (!start) return timex;
  return {
    ...timex,
    type: 'DATE',
    interval: { start, end },
    precision,
    ...(amount === 'X' ? { mod: 'APPROX' } : {}),
  };
}

const HOLIDAY_SEASON =
  /\b(?:by|before|in\s+time\s+for|ahead\s+of)\s+((?:the\s+)?(?:(?:year-end|christmas|festive)\s+)?(?:holiday(?:\s+shopping)?\s+season|holidays|festive\s+season))\b/giu;
/** "ship in the third quarter, with a launch to follow by the holidays": after the date before it. */
const FOLLOWING = /\b(?:to\s+follow|followed|follows|then|after\s+that|thereafter|later)\b/i;

/**
 * "a European launch by the holiday season": the year-end holidays as a deadline ahead, a window from
 * publication (or from the date the happening follows) to the end of December. Only for plans.
 */
export function holidaySeasonDeadlines(
  text: string,
  timexes: readonly TimeExpression[],
  referenceDate: string,
): TimeExpression[] {
  const parts = parseIso(referenceDate);
  if (!parts) return [...timexes];
  const added: TimeExpression[] = [];
  for (const match of text.matchAll(HOLIDAY_SEASON)) {
    const start = (match.index ?? 0) + match[0].length - match[1].length;
    const end = start + match[1].length;
    if (timexes.some((timex) => timex.start < end && start < timex.end)) continue;
    const context = clauseBefore(text, start);
    if (!looksAhead(context)) continue;
    const year = parts.month === 12 && parts.day > 25 ? parts.year + 1 : parts.year;
    let from = referenceDate;
    const sentenceFrom = start - context.length;
    const earlier = timexes.filter(
      (timex) => timex.start >= sentenceFrom && timex.end <= start && timex.interval && timex.type === 'DATE',
    );
    const last = earlier[earlier.length - 1];
    if (last?.interval && FOLLOWING.test(text.slice(last.end, start))) {
      // What follows a date comes after it: the day after its end.
      const after = shiftDay(dayOf(last.interval.end), 1, 'D') ?? referenceDate;
      if (compareIso(after, from) > 0 && after.startsWith(String(year))) from = after;
    }
    added.push({
      start,
      end,
      text: match[1],
      type: 'DATE',
      value: `${year}-12`,
      mod: 'APPROX',
      interval: { start: from, end: `${year}-12-31` },
      precision: 'month',
    });
  }
  if (added.length === 0) return [...timexes];
  return [...timexes, ...added].sort((a, b) => a.start - b.start);
}

/** Windows measured from publication, for the whole list of an article's expressions. */
export function publicationWindows(
  text: string,
  timexes: readonly TimeExpression[],
  referenceDate: string,
): TimeExpression[] {
  const windows = timexes.map((timex) =>
    countedWindowAsDate(text, comingPeriodAsDate(text, timex, referenceDate), referenceDate),
  );
  return holidaySeasonDeadlines(text, windows, referenceDate);
}
