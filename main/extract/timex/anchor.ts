/**
 * Anchoring: turns each recognised meaning into a TIMEX3 value, in document order. Deictic
 * expressions ("last month") use the publication date; anaphoric ones ("the following year", "two
 * days later") use the last date the narrative mentioned, falling back to the publication date.
 */
import type { TimexType } from '../../../preload/domain';
import {
  addDays,
  addMonths,
  type CalendarDate,
  daysInMonth,
  formatTimexDate,
  formatTimexYear,
  isoWeek,
  pad,
  toDayNumber,
  weekday as weekdayOf,
} from './calendar';
import { monthNumber } from './lexicon';
import type { Anchor, Candidate, Meaning, Relation } from './meaning';
import { DAY_OF_MONTH, MONTH, updateStampLength } from './patterns';
import { AWAITED_EVENT_NOUNS, type CalendarUnit } from './resources/en';
import { clauseTense, isHabitualClause, type Tense, tenseAfter } from './tense';

type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** A report or an expectation: "said", "told reporters", "expects". */
const REPORT_BETWEEN =
  /\b(?:said|says|told|announced|announces|expects?|expected|forecasts?|predicts?|predicted)\b/i;

const FINENESS: Record<Granularity, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };

interface NarrativeDate {
  date: CalendarDate;
  granularity: Granularity;
}

export interface Anchored {
  candidate: Candidate;
  type: TimexType;
  value: string;
  /**
   * The exact day when the value is coarser than what the text fixes: "a week later" after June 4 is
   * TimeML's week value, but June 11 on the timeline.
   */
  day?: string;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** First and last month of a year part (quarter, half, season); months past 12 run into next year. */
function partMonths(part: string): [number, number] | null {
  const q = /^Q([1-4])$/.exec(part);
  if (q) return [Number(q[1]) * 3 - 2, Number(q[1]) * 3];
  const h = /^H([12])$/.exec(part);
  if (h) return h[1] === '1' ? [1, 6] : [7, 12];
  return SEASON_MONTHS[part] ?? null;
}

function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function monthEnd(year: number, month: number): CalendarDate {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((month - 1) % 12) + 1;
  return { year: y, month: m, day: daysInMonth(y, m) };
}

function monthStart(year: number, month: number): CalendarDate {
  return { year: year + Math.floor((month - 1) / 12), month: ((month - 1) % 12) + 1, day: 1 };
}

/** Parses our own values back into a date and granularity, to serve as the narrative's anchor. */
function narrativeFrom(value: string): NarrativeDate | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { date: { year: +m[1], month: +m[2], day: +m[3] }, granularity: 'day' };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { date: { year: +m[1], month: +m[2], day: 1 }, granularity: 'month' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { date: { year: +m[1], month: +m[2] * 3 - 2, day: 1 }, granularity: 'quarter' };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) return null;
  // "the summer of 2008", "the first half of 2023": the story is in that year (a winter spans two).
  m = /^(\d{4})-(?:SP|SU|FA|H[12])$/.exec(value);
  if (m) return { date: { year: +m[1], month: 1, day: 1 }, granularity: 'year' };
  m = /^(\d{4})$/.exec(value);
  if (m) return { date: { year: +m[1], month: 1, day: 1 }, granularity: 'year' };
  return null;
}

/**
 * "a year earlier", "the year-ago quarter" point back for a comparison: the story's own time does
 * not move to them. "last year" does: "... last year, after rising the previous year".
 */
/** Nouns after a year that make it a yardstick: "1990 levels", "the 2020 target". */
const YARDSTICK_AFTER =
  /^\s+(?:levels?|targets?|baselines?|averages?|benchmarks?|standards?|prices|values|terms|dollars)\b/i;

function isComparison(c: Candidate): boolean {
  const m = c.meaning;
  if (m.kind === 'reportingQuarter') return m.yearOffset !== 0 || m.year !== undefined;
  return m.kind === 'shift' && m.unit === 'year' && m.offset < 0 && c.rule === 'ago-later';
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

/** The day a partial date names in a given year, if it names a day at all. */
function dayDate(year: number, m: Extract<Meaning, { kind: 'partial' }>): CalendarDate | undefined {
  if (m.easterOffset !== undefined) return addDays(easterSunday(year), m.easterOffset);
  const month = m.month ?? 1;
  if (m.day) return { year, month, day: Math.min(m.day, daysInMonth(year, month)) };
  if (!m.nthWeekday) return undefined;
  const [wanted, n] = m.nthWeekday;
  let day: number;
  if (n > 0) {
    const first = weekdayOf({ year, month, day: 1 });
    day = 1 + ((wanted - first + 7) % 7) + (n - 1) * 7;
  } else {
    const lastDay = daysInMonth(year, month);
    const last = weekdayOf({ year, month, day: lastDay });
    day = lastDay - ((last - wanted + 7) % 7);
  }
  return addDays({ year, month, day }, m.dayOffset ?? 0);
}

const DEADLINE_BEFORE = /(?:^|[^\p{L}])(?:by|until|till|through|before)\s+$/iu;
const PASSED_DEADLINE =
  /\bhad\s+(?:(?:originally|initially|previously|first)\s+)?been\s+(?:due|scheduled|expected|set|supposed|meant)\s+to\b[^.;!?]*$/i;
/**
 * "until Tuesday", "postponed until Friday morning": a weekday deadline lies ahead. "(did) not
 * (begin) until Monday" says when something finally happened: no deadline.
 */
const WEEKDAY_DEADLINE_BEFORE =
  /(?:^|[^\p{L}])(?<!(?:\bnot|n't)(?:\s+\p{L}+){0,2}\s+)(?:until|till)\s+(?:(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?|noon|midnight)\s+(?:[A-Z]{3}\s+)?)?$/iu;
/**
 * "since March", "since the June vote", "since shortly after the Oct. 23 attack": the start of a
 * state that still holds, so it lies behind.
 */
const SINCE_BEFORE =
  /(?:^|[^\p{L}])since\s+(?:(?:shortly|just|soon|right|immediately)\s+)?(?:(?:after|before)\s+)?(?:the\s+|its\s+|their\s+)?$/iu;
/** "runs through Sunday", "open thru Friday". */
const THROUGH_BEFORE = /(?:^|[^\p{L}])(?:through|thru|into)\s+$/iu;
/** "ahead of Sunday's vote", "in the run-up to the March election": what is awaited lies ahead. */
const AWAITED_BEFORE = /(?:^|[^\p{L}])(?:ahead\s+of|run-up\s+to)\s+(?:the\s+)?$/iu;

/** "Sunday's election", "Saturday's runoff vote": a weekday's awaited happening (up to two words between). */
const AWAITED_POSSESSIVE = new RegExp(
  `^['\u2019]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${AWAITED_EVENT_NOUNS.join('|')})(?![\\p{L}])`,
  'iu',
);

/** "... after the attacks of", "before the vote on": a duration measured from the date that follows. */
const BACKGROUND_LINK = /^\s+(after|before)\s+(?:[^.;!?\n]*\s)?$/i;

/** Days from a to b. */
function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * What follows the first end of a range: "to/through/until/and/–" then a month, maybe a day, then a
 * year ("2025", "last year"): "from June until the first days of September last year".
 */
const RANGE_SECOND_END = new RegExp(
  `^\\s*(?:[-–—]\\s*|(?:to|through|thru|until|till|and)\\s+)(?:the\\s+)?(?:(?:first|last|final|early|closing|opening)\\s+(?:days?|weeks?)\\s+of\\s+)?(?:(?:${DAY_OF_MONTH})\\s+(?:of\\s+)?)?(${MONTH})\\.?(?:\\s+(?:${DAY_OF_MONTH}))?,?\\s+(\\d{4}|last\\s+year|this\\s+year|next\\s+year)\\b`,
  'i',
);

/** A clock time written without its day ("at 6:42 a.m."): the story's day unless one follows. */
function isBareClock(c: Candidate): boolean {
  const m = c.meaning;
  return (
    c.type === 'TIME' && m.kind === 'shift' && m.unit === 'day' && m.anchor === 'narrative' && m.offset === 0
  );
}

/** Between the two ends of a clock range: "2 p.m. to 5 p.m.", "9-11 a.m.". */
const CLOCK_RANGE_LINK = /^\s*(?:to|until|till|and|[-\u2013\u2014])\s*$/i;

/** "the three months ended", "the quarter ending", "the three months to". */
const QUARTER_ENDED = /^\s+(?:ended|ending|to|through|thru)\s+$/i;

/** "said Wednesday", "told reporters on Friday", "announced late Tuesday". */
const SAYING_BEFORE =
  /\b(?:said|says|told\s+(?:\p{L}+\s+){0,2}|announced|added|stated|insisted|warned)\s+(?:on\s+)?(?:late\s+|early\s+)?$/iu;

/** Between a clock time and its day: "on", a comma, a bracketed other zone ("(0500 GMT)"). */
const CLOCK_TO_DAY = /^(?:\s*\([^()]{1,24}\))?\s*,?\s*(?:on\s+)?$/i;

export class Anchoring {
  private narrative: NarrativeDate | null = null;
  /** The story's last clock time, for "18 minutes later". */
  private narrativeClock: { date: CalendarDate; minutes: number } | null = null;
  /** The last day the story told that is not the publication day ("that day" is never today). */
  private lastOtherDay: CalendarDate | null = null;
  /** The story's last day that is not the day of a statement, for clock times. */
  private storyDay: CalendarDate | null = null;
  /** The narrative's last date is the day of a statement ("said Wednesday"). */
  private narrativeIsSaying = false;
  /** Where the narrative's last date was written. */
  private narrativeEnd = -1;
  private lastQuarter: CalendarDate | null = null;
  private lastWasQuarter = false;
  /** The last quarter named at all, a year-ago comparison included ("that quarter"). */
  private mentionedQuarter: CalendarDate | null = null;

  /** Set while resolving an expression whose day is finer than its value (see Anchored.day). */
  private exactDay: string | undefined;

  /** The last duration seen, for "eight months after the attacks of November 13, 2015". */
  private lastDuration: { end: number; value: string } | null = null;

  constructor(
    private readonly text: string,
    private readonly dct: CalendarDate,
  ) {}

  /** `following` are the next few expressions, for a clock time whose day is written after it. */
  resolve(candidate: Candidate, following: readonly Candidate[] = []): Anchored {
    this.exactDay = undefined;
    // "3:52 a.m. — Eruption begins": a live blog's update stamp is a time of the page's own day, and
    // the clock times below it are of that day too.
    if (isBareClock(candidate) && this.isUpdateStamp(candidate)) {
      this.narrative = { date: this.dct, granularity: 'day' };
      this.storyDay = this.dct;
      this.narrativeIsSaying = false;
      this.narrativeEnd = candidate.end;
    }
    let value = this.dayAfterClock(candidate, following) ?? this.valueFor(candidate);
    // "has declined since midday": a clock time something has gone on since is not in the future.
    const clockDay = /^(\d{4}-\d{2}-\d{2})T/.exec(value)?.[1];
    const today = formatTimexDate(this.dct);
    if (
      clockDay &&
      clockDay > today &&
      isBareClock(candidate) &&
      SINCE_BEFORE.test(this.before(candidate, 40))
    )
      value = today + value.slice(clockDay.length);
    const day = this.exactDay;
    // "18 minutes later" counted from a clock time is a time itself.
    const type = candidate.type === 'DATE' && /T\d\d:\d\d$/.test(value) ? 'TIME' : candidate.type;
    if (type === 'DATE' || type === 'TIME') this.noteClock(value);
    const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
    if (quarter)
      this.mentionedQuarter = { year: Number(quarter[1]), month: Number(quarter[2]) * 3 - 2, day: 1 };
    // "the first nine months", "the year to date": a comparison after such a period is about it,
    // no longer about the quarter.
    if (type === 'DURATION' && /^P(?:\d+M|\d+Y)$/.test(value) && value !== 'P3M') this.lastWasQuarter = false;
    if (type === 'DURATION') this.lastDuration = { end: candidate.end, value };
    // "had not been revised since 2009": the start of a state is background, not the story's time.
    const since = SINCE_BEFORE.test(this.before(candidate, 40));
    // "from 1990 levels", "its 2020 target": a year that names a yardstick is no time of the story.
    const yardstick = YARDSTICK_AFTER.test(this.text.slice(candidate.end, candidate.end + 20));
    if ((type === 'DATE' || type === 'TIME') && !isComparison(candidate) && !since && !yardstick) {
      const n = this.storyDateAround(candidate, narrativeFrom(value));
      if (n) {
        const saying = this.isDateOfSaying(candidate);
        if (!saying) {
          const isDay = n.granularity === 'day';
          this.storyDay = isDay ? n.date : null;
          if (isDay && toDayNumber(n.date) !== toDayNumber(this.dct)) this.lastOtherDay = n.date;
        }
        this.narrative = n;
        this.narrativeIsSaying = saying;
        this.narrativeEnd = candidate.end;
        this.lastWasQuarter = n.granularity === 'quarter';
        if (n.granularity === 'quarter') this.lastQuarter = n.date;
        // "the three months ended Sept. 30": a quarter named by its last day.
        const d = this.lastDuration;
        if (d?.value === 'P3M' && QUARTER_ENDED.test(this.text.slice(d.end, candidate.start))) {
          this.lastWasQuarter = true;
          this.lastQuarter = { year: n.date.year, month: Math.floor((n.date.month - 1) / 3) * 3 + 1, day: 1 };
        }
      }
    }
    return day ? { candidate, type, value, day } : { candidate, type, value };
  }

  private isUpdateStamp(c: Candidate): boolean {
    if (!/(?:^|\n)[ \t]*$/.test(this.text.slice(Math.max(0, c.start - 20), c.start))) return false;
    const lineEnd = this.text.indexOf('\n', c.start);
    return updateStampLength(this.text.slice(c.start, lineEnd < 0 ? this.text.length : lineEnd)) > 0;
  }

  private noteClock(value: string): void {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
    if (!m) return;
    const date = { year: +m[1], month: +m[2], day: +m[3] };
    if (m[4] !== undefined) this.narrativeClock = { date, minutes: +m[4] * 60 + +m[5] };
    else if (!this.narrativeClock || toDayNumber(this.narrativeClock.date) !== toDayNumber(date))
      this.narrativeClock = null;
  }

  /**
   * "at 8:30 a.m. Eastern time on Tuesday, Feb. 4", "at 7 a.m. (0500 GMT) on Friday": a clock time
   * whose day is written just after it takes that day, not the story's last one.
   */
  private dayAfterClock(c: Candidate, following: readonly Candidate[]): string | undefined {
    const m = c.meaning;
    if (!isBareClock(c) || m.kind !== 'shift') return undefined;
    // "from about 2 p.m. to 5 p.m. on Sunday": the first end of a range shares the second's day.
    let end = c.end;
    let i = 0;
    while (
      following[i] &&
      isBareClock(following[i]) &&
      CLOCK_RANGE_LINK.test(this.text.slice(end, following[i].start))
    ) {
      end = following[i].end;
      i++;
    }
    const next = following[i];
    if (next?.type !== 'DATE' || next.start - end > 40) return undefined;
    if (!CLOCK_TO_DAY.test(this.text.slice(end, next.start))) return undefined;
    const day = /^\d{4}-\d{2}-\d{2}$/.exec(this.valueFor(next));
    return day ? `${day[0]}${m.suffix ?? ''}` : undefined;
  }

  /**
   * "Garland said Wednesday that ...": the day of a statement is the reporter's time, not a day the
   * story tells, so a later "that day" does not point to it.
   */
  private isDateOfSaying(c: Candidate): boolean {
    if (c.meaning.kind !== 'weekday' && !(c.meaning.kind === 'shift' && c.meaning.unit === 'day'))
      return false;
    return SAYING_BEFORE.test(this.before(c, 40));
  }

  /**
   * "eight months after the attacks of November 13, 2015": the date is background, the story stands
   * eight months later, so "two days earlier" counts from there.
   */
  private storyDateAround(c: Candidate, n: NarrativeDate | null): NarrativeDate | null {
    const d = this.lastDuration;
    if (!n || !d || d.end > c.start || c.start - d.end > 60) return n;
    const link = BACKGROUND_LINK.exec(this.text.slice(d.end, c.start));
    const amount = /^P(\d+)([YMWD])$/.exec(d.value);
    if (!link || !amount) return n;
    const sign = link[1].toLowerCase() === 'after' ? 1 : -1;
    const count = Number(amount[1]) * sign;
    const unit = amount[2];
    const date =
      unit === 'D' || unit === 'W'
        ? addDays(n.date, unit === 'W' ? count * 7 : count)
        : addMonths(n.date, unit === 'Y' ? count * 12 : count);
    return { date, granularity: n.granularity };
  }

  private tense(c: Candidate): Tense {
    return clauseTense(this.text, c.start, c.end);
  }

  /** The few words just before an expression. */
  private before(c: Candidate, length: number): string {
    return this.text.slice(Math.max(0, c.start - length), c.start);
  }

  private weekdayTense(c: Candidate): Tense {
    if (SINCE_BEFORE.test(this.before(c, 40))) return 'past';
    if (AWAITED_BEFORE.test(this.before(c, 20))) return 'future';
    if (
      WEEKDAY_DEADLINE_BEFORE.test(this.before(c, 30)) &&
      tenseAfter(this.text, c.start, c.end) !== 'past'
    ) {
      return 'future';
    }
    const tense = this.tense(c);
    // "The festival runs through Sunday": a present clause's end date is still to come.
    if (tense === 'present' && THROUGH_BEFORE.test(this.before(c, 20))) return 'future';
    return tense;
  }

  private valueFor(c: Candidate): string {
    const meaning: Meaning = c.meaning;
    switch (meaning.kind) {
      case 'fixed':
        return meaning.value;
      case 'shift':
        return (
          this.shift(c, meaning.unit, meaning.offset, meaning.anchor, meaning.byTense) +
          (meaning.suffix ?? '')
        );
      case 'weekday':
        return this.weekday(c, meaning.weekday, meaning.relation, meaning.anchor) + (meaning.suffix ?? '');
      case 'partial':
        return this.partial(c, meaning) + (meaning.suffix ?? '');
      case 'reportingQuarter':
        return this.reportingQuarter(meaning.yearOffset, meaning.prefer, meaning.year);
    }
  }

  private anchorFor(c: Candidate, anchor: Anchor, unit: CalendarUnit): CalendarDate {
    // "memories of that day": "that" points away from the writer's today, to the last other day told,
    // also when a month or a year was named since.
    if (
      unit === 'day' &&
      this.lastOtherDay &&
      /^that\b/i.test(this.text.slice(c.start, c.end)) &&
      (this.narrative?.granularity !== 'day' ||
        this.narrativeIsSaying ||
        toDayNumber(this.narrative.date) === toDayNumber(this.dct))
    ) {
      return this.lastOtherDay;
    }
    if (anchor === 'dct' || !this.narrative) return this.dct;
    // "tornadoes struck early Sunday, officials said Monday. The first touched down before 2 a.m.":
    // a clock time belongs to the story's day, not to the day of the statement.
    if (unit === 'day' && c.type === 'TIME' && this.narrativeIsSaying && this.storyDay) return this.storyDay;
    if (anchor === 'narrativeIfPast' && (this.tense(c) !== 'past' || !this.narrativeNearby(c)))
      return this.dct;
    const needed: Granularity =
      unit === 'day' || unit === 'week' || unit === 'weekend' || unit === 'month' || unit === 'quarter'
        ? unit === 'weekend'
          ? 'week'
          : unit
        : 'year';
    return FINENESS[this.narrative.granularity] <= FINENESS[needed] ? this.narrative.date : this.dct;
  }

  private shift(
    c: Candidate,
    unit: CalendarUnit,
    offset: number,
    anchor: Anchor,
    byTense?: boolean | 'past',
  ): string {
    const base = this.anchorFor(c, anchor, unit);
    // "In 2009 ... two months later": the story's year is known, its month not; that year, not a
    // month counted from publication.
    const n = this.narrative;
    if (
      anchor === 'narrative' &&
      c.rule === 'ago-later' &&
      n &&
      base === this.dct &&
      n.granularity === 'year' &&
      n.date.year !== this.dct.year &&
      (unit === 'day' || unit === 'week' || unit === 'month')
    ) {
      return formatTimexYear(n.date.year);
    }
    // "that April ... two days later", "in March 2009 ... two weeks later": counted from a month of the
    // story, not from publication.
    const storyMonth =
      anchor === 'narrative' &&
      c.rule === 'ago-later' &&
      n !== null &&
      base === this.dct &&
      n.granularity === 'month' &&
      (n.date.year !== this.dct.year || n.date.month !== this.dct.month)
        ? n.date
        : undefined;
    // A few days or a week later: still that month.
    if (storyMonth && (unit === 'day' || unit === 'week') && Math.abs(offset) <= (unit === 'day' ? 10 : 1)) {
      return `${formatTimexYear(storyMonth.year)}-${pad(storyMonth.month, 2)}`;
    }
    // More weeks: counted from the middle of the month, the best guess at a day in it.
    if (storyMonth && unit === 'week' && Math.abs(offset) <= 8) {
      const w = isoWeek(addDays({ ...storyMonth, day: 15 }, offset * 7));
      return `${formatTimexYear(w.year)}-W${pad(w.week, 2)}`;
    }
    switch (unit) {
      case 'second':
      case 'minute':
      case 'hour':
        return this.clockShift(anchor, unit === 'hour' ? offset * 60 : offset, base);
      case 'day':
        return formatTimexDate(addDays(base, offset));
      case 'week': {
        // "a week later", "two weeks ago": counted in days from a known day.
        if (c.rule === 'ago-later') this.exactDay = formatTimexDate(addDays(base, offset * 7));
        const w = isoWeek(addDays(base, offset * 7));
        return `${formatTimexYear(w.year)}-W${pad(w.week, 2)}`;
      }
      case 'weekend': {
        let shift = offset;
        const past = byTense === 'past' || (byTense && this.tense(c) === 'past');
        if (past && weekdayOf(base) < 6) shift -= 1;
        const w = isoWeek(addDays(base, shift * 7));
        return `${formatTimexYear(w.year)}-W${pad(w.week, 2)}-WE`;
      }
      case 'month': {
        const d = addMonths({ ...base, day: 1 }, offset);
        return `${formatTimexYear(d.year)}-${pad(d.month, 2)}`;
      }
      case 'quarter': {
        const index = base.year * 4 + Math.floor((base.month - 1) / 3) + offset;
        return `${formatTimexYear(Math.floor(index / 4))}-Q${(index % 4) + 1}`;
      }
      case 'half': {
        const index = base.year * 2 + (base.month > 6 ? 1 : 0) + offset;
        return `${formatTimexYear(Math.floor(index / 2))}-H${(index % 2) + 1}`;
      }
      case 'year': {
        // Earnings reports compare a quarter with "a year earlier": the same quarter, a year before.
        if (offset === -1 && c.rule === 'ago-later' && this.lastWasQuarter && this.lastQuarter) {
          const q = Math.floor((this.lastQuarter.month - 1) / 3) + 1;
          return `${formatTimexYear(this.lastQuarter.year + offset)}-Q${q}`;
        }
        return formatTimexYear(base.year + offset);
      }
      case 'decade':
        return String(Math.floor(base.year / 10) + offset);
      case 'century':
        return pad(Math.floor(base.year / 100) + offset, 2);
      case 'millennium':
        return String(Math.floor(base.year / 1000) + offset);
    }
  }

  /**
   * "18 minutes later", "two hours earlier": from the story's last clock time when there is one
   * ("the women started at 6:42 a.m. ... the men 18 minutes later" is 07:00), else whole days.
   */
  private clockShift(anchor: Anchor, minutes: number, base: CalendarDate): string {
    const clock = this.narrativeClock;
    if (anchor === 'narrative' && clock) {
      const total = clock.minutes + minutes;
      const days = Math.floor(total / 1440);
      const rest = total - days * 1440;
      return `${formatTimexDate(addDays(clock.date, days))}T${pad(Math.floor(rest / 60), 2)}:${pad(rest % 60, 2)}`;
    }
    return formatTimexDate(addDays(base, Math.trunc(minutes / 1440)));
  }

  private weekday(c: Candidate, day: number, relation: Relation, anchor?: Anchor): string {
    const base =
      anchor === 'narrative' && this.narrative?.granularity === 'day' ? this.narrative.date : this.dct;
    const today = weekdayOf(base);
    let delta: number;
    const back = -((today - day + 7) % 7);
    const forward = (day - today + 7) % 7;
    switch (relation) {
      case 'last':
        delta = back === 0 ? -7 : back;
        break;
      case 'next':
        delta = forward === 0 ? 7 : forward;
        break;
      case 'this':
        delta = day - today;
        break;
      default: {
        const tense = this.weekdayTense(c);
        // "Voters head to the polls in Sunday's election": a possessive weekday in a present clause
        // names an awaited happening.
        const awaited = tense === 'present' && AWAITED_POSSESSIVE.test(this.text.slice(c.end, c.end + 40));
        delta = tense === 'future' || awaited ? forward : back;
      }
    }
    return formatTimexDate(addDays(base, delta));
  }

  private partial(c: Candidate, m: Extract<Meaning, { kind: 'partial' }>): string {
    const base =
      (m.anchor === 'narrative' || this.sameStoryMonth(c, m)) && this.narrative
        ? this.narrative.date
        : this.dct;
    const span = (year: number): [CalendarDate, CalendarDate] => {
      if (m.part) {
        const [a, b] = partMonths(m.part) ?? [1, 12];
        return [monthStart(year, a), monthEnd(year, b)];
      }
      const month = m.month ?? 1;
      const day = dayDate(year, m);
      if (day) return [day, day];
      return [monthStart(year, month), monthEnd(year, month)];
    };
    let year = base.year;
    const rangeEndYear =
      m.part || m.month === undefined || m.relation !== 'tense' ? undefined : this.rangeEndYear(c, m.month);
    if (m.year !== undefined) {
      year = m.year;
    } else if (rangeEndYear !== undefined) {
      year = rangeEndYear;
    } else if (m.yearOffset !== undefined) {
      year += m.yearOffset;
    } else if (m.relation === 'tense' && this.sameStoryYear(c, m)) {
      const n = this.narrative as NarrativeDate;
      // "recalled its envoy in August of that year, and he returned only in January": on into the
      // next year, unless the clause looks back ("had begun in January").
      // "took office in December after ... the October election": "after" looks back too.
      const wraps =
        n.granularity !== 'year' &&
        (m.month ?? 13) < n.date.month &&
        !/\b(?:had|after|since|following)\b/i.test(this.text.slice(this.narrativeEnd, c.start));
      year = wraps ? n.date.year + 1 : n.date.year;
    } else if (m.relation === 'tense') {
      year = this.nearestYear(c, base, span, m.weekday);
    } else {
      const [first, last] = span(year);
      if (m.relation === 'last' && compareDates(last, base) >= 0) year -= 1;
      else if (m.relation === 'next' && compareDates(first, base) <= 0) year += 1;
    }
    // "November and December typically account for most sales": any year's months.
    if (
      m.relation === 'tense' &&
      m.day === undefined &&
      m.month !== undefined &&
      !m.anchor &&
      isHabitualClause(this.text, c.start, c.end)
    )
      return `XXXX-${pad(m.month, 2)}`;
    if (m.part) return `${formatTimexYear(year)}-${m.part}`;
    const day = dayDate(year, m);
    if (day && m.week) {
      const w = isoWeek(day);
      return `${formatTimexYear(w.year)}-W${pad(w.week, 2)}`;
    }
    if (day) return formatTimexDate(day);
    return `${formatTimexYear(year)}-${pad(m.month ?? 1, 2)}`;
  }

  /**
   * "In March 2020, the truce took effect on March 6": a day of the month the same sentence has just
   * placed in another year belongs to that year.
   */
  private sameStoryMonth(c: Candidate, m: Extract<Meaning, { kind: 'partial' }>): boolean {
    const n = this.narrative;
    if (!n || m.relation !== 'tense' || m.anchor || m.month === undefined || m.year !== undefined)
      return false;
    if (n.granularity !== 'month' && n.granularity !== 'day') return false;
    if (n.date.year === this.dct.year || n.date.month !== m.month) return false;
    return this.sameSentenceAsNarrative(c);
  }

  /**
   * "That year more than 20,000 people were infected between February and June", "In 2010, from
   * March to May": whole months in the sentence that has just named another year belong to it.
   */
  private sameStoryYear(c: Candidate, m: Extract<Meaning, { kind: 'partial' }>): boolean {
    const n = this.narrative;
    if (!n || (n.granularity !== 'year' && n.granularity !== 'month')) return false;
    if (m.anchor || m.year !== undefined || m.yearOffset !== undefined) return false;
    // A whole month or season only: a day ("through Sept. 29") is often the writer's own time.
    if (
      (m.month === undefined && !m.part) ||
      m.day !== undefined ||
      m.nthWeekday ||
      m.easterOffset !== undefined
    )
      return false;
    // "Corvane, a company founded in 2016, said it expected to begin shipping in April": a saying or an
    // expectation between them starts the writer's own time again.
    if (REPORT_BETWEEN.test(this.text.slice(this.narrativeEnd, c.start))) return false;
    return n.date.year !== this.dct.year && this.sameSentenceAsNarrative(c);
  }

  /**
   * "In 1998 the firm promised to finish by the end of the year": the story's year when it was named
   * in the same or the previous sentence; a date paragraphs back ("since March 2020") is background.
   */
  private narrativeNearby(c: Candidate): boolean {
    if (this.narrativeEnd < 0) return false;
    const between = this.text.slice(this.narrativeEnd, c.start);
    if (/\n\s*\n/.test(between)) return false;
    return (between.match(/[.!?]["'\u201d]?\s+[A-Z]/g) ?? []).length <= 1;
  }

  private sameSentenceAsNarrative(c: Candidate): boolean {
    const between = this.text.slice(this.narrativeEnd, c.start);
    return this.narrativeEnd >= 0 && between.length < 150 && !/[.!?]["'\u201d]?\s+[A-Z]|\n/.test(between);
  }

  /**
   * The first end of a range written with one year ("from April to June 2025", "March 3 - April 5,
   * 2024") takes the year of the second end: the same year, or the one before when the months wrap
   * ("from November to February 2025").
   */
  private rangeEndYear(c: Candidate, month: number): number | undefined {
    const after = RANGE_SECOND_END.exec(this.text.slice(c.end, c.end + 60));
    if (!after) return undefined;
    const endMonth = monthNumber(after[1].replace(/\.$/, '').toLowerCase());
    const word = after[2].toLowerCase();
    const endYear = /^\d/.test(word)
      ? Number(word)
      : this.dct.year + (word.startsWith('last') ? -1 : word.startsWith('next') ? 1 : 0);
    if (endMonth === undefined) return undefined;
    return month <= endMonth ? endYear : endYear - 1;
  }

  /**
   * A date without its year is the occurrence nearest the anchor, unless the clause's tense says
   * otherwise by a wide margin ("in December" said in a January article is the one just past).
   * A weekday written with it ("Monday, Oct. 26") settles the year outright.
   */
  private nearestYear(
    c: Candidate,
    base: CalendarDate,
    span: (year: number) => [CalendarDate, CalendarDate],
    weekday?: number,
  ): number {
    const years = [base.year - 1, base.year, base.year + 1];
    if (weekday && c.meaning.kind === 'partial' && c.meaning.day) {
      const matching = years.filter((y) => weekdayOf(span(y)[0]) === weekday);
      if (matching.length === 1) return matching[0];
    }
    const distance = (y: number): number => {
      const [first, last] = span(y);
      if (compareDates(last, base) < 0) return daysBetween(last, base);
      if (compareDates(first, base) > 0) return daysBetween(base, first);
      return 0;
    };
    let best = base.year;
    for (const y of years) if (distance(y) < distance(best)) best = y;
    const [first, last] = span(best);
    // "by February", "through January": a deadline lies ahead whatever the verb's tense.
    const preceding = this.before(c, 10);
    // "since March" starts something still going on: it has begun, however near the next March is.
    if (SINCE_BEFORE.test(this.before(c, 40))) return compareDates(first, base) > 0 ? best - 1 : best;
    // "had originally been due to rule by Nov. 28": a deadline that was set in the past, and has passed.
    const passedDeadline = PASSED_DEADLINE.test(this.before(c, 80));
    const tense = passedDeadline
      ? 'past'
      : DEADLINE_BEFORE.test(preceding) || AWAITED_BEFORE.test(this.before(c, 20))
        ? 'future'
        : this.tense(c);
    const margin = 62;
    if (tense === 'past' && compareDates(first, base) > 0 && daysBetween(base, first) > margin) best -= 1;
    if (tense === 'future' && compareDates(last, base) < 0 && daysBetween(last, base) > margin) best += 1;
    return best;
  }

  private reportingQuarter(
    yearOffset: number,
    prefer: 'narrative' | 'mentioned' | 'latest' | 'current',
    year?: number,
  ): string {
    let quarterStart: CalendarDate;
    if (prefer === 'mentioned' && this.mentionedQuarter) {
      quarterStart = this.mentionedQuarter;
    } else if ((prefer === 'narrative' || prefer === 'mentioned') && this.lastQuarter) {
      quarterStart = this.lastQuarter;
    } else {
      const currentIndex = this.dct.year * 4 + Math.floor((this.dct.month - 1) / 3);
      const index = prefer === 'current' ? currentIndex : currentIndex - 1;
      quarterStart = { year: Math.floor(index / 4), month: (index % 4) * 3 + 1, day: 1 };
    }
    const q = Math.floor((quarterStart.month - 1) / 3) + 1;
    return `${formatTimexYear((year ?? quarterStart.year) + yearOffset)}-Q${q}`;
  }
}
