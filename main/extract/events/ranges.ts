/**
 * Turns the anchored expressions of one sentence into happenings with a start and, for ranges, an end:
 * "from X to Y", "between X and Y", "X–Y", "X through Y", "began on X and will last until Y",
 * "began on X and will last throughout the year", "since X" (open until the publication date).
 */
import { PRECISIONS, type Precision, type TimeExpression } from '../../../preload/domain';
import {
  type CalendarUnit,
  compareIso,
  dayOf,
  daysInMonth,
  endOfUnit,
  formatDay,
  parseIso,
} from './iso-dates';
import { lexicon } from './lexicon';
import { publicationWindow } from './windows';

export interface Happening {
  /** The expressions that date it, in text order; the first is the anchor its clause is read from. */
  timexes: TimeExpression[];
  start: string;
  end?: string;
  precision: Precision;
  /** Dated only by closeness to another happening ("shortly after it bought ..."). */
  approximate?: boolean;
}

const CONTINUATION = lexicon.continuationVerbs.map((verb) => verb.replace(/\s+/g, '\\s+')).join('|');
const FUTURE_AUX = String.raw`(?:(?:will|would|should|is\s+(?:expected|set|due|scheduled)\s+to|are\s+(?:expected|set|due|scheduled)\s+to)\s+)?`;
/** "… and will last until", "…, and runs through": a second date closing the range. */
const CONTINUES_TO = new RegExp(
  String.raw`^\s*,?\s*(?:and|to)\s+${FUTURE_AUX}(?:${CONTINUATION})\s*(?:throughout|through|until|till|into|to|up\s+to)?\s*(?:at\s+least\s+)?$`,
  'i',
);
/** "… and will last throughout the year": the range closes with the unit that holds its start. */
const CONTINUES_THROUGH_UNIT = new RegExp(
  String.raw`^\s*,?\s*(?:and|to)\s+${FUTURE_AUX}(?:${CONTINUATION})\s+(?:throughout|through|until|till|for|to)\s+(?:the|this|that)\s+(?:whole\s+|entire\s+|rest\s+of\s+the\s+|end\s+of\s+the\s+)?(year|month|week|decade)\b`,
  'i',
);
/** "took the chair on January 1 and will hold it until December 31": a second verb carries the range on. */
const HELD_UNTIL = /^\s*,?\s*and\s+[^.;,!?]{0,40}?\b(?:until|till|through|throughout)\s*(?:the\s+)?$/i;
/** "in a strike that is set to last until Friday": the happening goes on to the second date. */
const LASTS_UNTIL = new RegExp(
  String.raw`^[^,;.!?]{0,60}\b(?:${CONTINUATION})\s+(?:until|till|through|throughout|into)\s*(?:the\s+)?$`,
  'i',
);
/**
 * "in December and January", "February or March": two dates of one vague happening. With a comma the
 * "and" joins clauses ("died in 1997, and in 2001 the festival was cancelled"): two happenings.
 */
const AND_OR = /^\s*(?:and|or)\s*(?:in\s+|on\s+)?$/i;
/** "began on Jan. 21 and was completed last Friday": the start and the end of one campaign. */
const BEGAN_BEFORE =
  /\b(?:began|begun|started|opened|kicked\s+off|got\s+under\s+way|got\s+underway)\s+(?:on\s+|in\s+)?(?:the\s+)?$/i;
const ENDED_GAP =
  /^\s*,?\s*and\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+)?(?:completed|finished|ended|concluded|wrapped\s+up|over|closed)\s*(?:on\s+|in\s+|by\s+)?(?:the\s+)?$/i;
const WEEKDAY = /^(?:on\s+)?(?:this\s+|next\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
const JOINED_BY_DASH = /^\s*[-–—]\s*$/;
/** An end may be vague on its own: "from 668 BC until about 631 BC". */
const VAGUE = String.raw`(?:(?:about|around|roughly|approximately|circa|c\.|some|at\s+least|as\s+late\s+as)\s+)?`;
const JOINED_BY_THROUGH = new RegExp(String.raw`^\s*(?:through|thru|until|till)\s*${VAGUE}$`, 'i');
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
/** "until the last week of April", "to the first days of May": a part of the closing unit. */
const PART_OF = String.raw`(?:(?:the\s+)?(first|last|final|closing|opening)\s+(?:week|weeks|days|fortnight)\s+of\s+)?`;
/** "until his resignation in 2009", "to the club's relegation in 1990": an end told by what ended it. */
const ENDING_EVENT = String.raw`(?:(?:his|her|its|their|the)\s+(?:[a-z-]+\s+){1,2}(?:in|on)\s+)?`;
const TO_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:to|until|till|through|thru|and|[-–—])\s*${VAGUE}${PART_OF}${ENDING_EVENT}(?:the\s+)?$`,
  'i',
);
/** "was elected in 1989, the first woman to hold the post, and served until 1991": the state's end. */
const AND_UNTIL = /^[^.;!?]{0,100},?\s+and\s+(?:[a-z]+\s+){1,3}?(?:until|till)\s+(?:the\s+)?$/i;
const NOT_UNTIL = /\b(?:not|n['’]t|never)\b[^,;.!?]*\b(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
/** "will review every contract until the end of 2019": from now until then. */
const FUTURE_UNTIL =
  /\b(?:will|would|shall|['’]ll|to)\s+(?:[^,;.!?]|[,.](?=\d)){0,60}\b(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
/** "from $10bn in 2020 to $65bn in 2023": the words around the dates may carry amounts. */
const FROM_NEAR_BEFORE = /\bfrom\b(?:[^,;.!?]|[.,](?=\d)){0,30}$/i;
const TO_NEAR_GAP = /^(?:[^,;.!?]|[.,](?=\d)){0,30}\bto\b(?:[^,;.!?]|[.,](?=\d)){0,30}$/i;
const STATE_UNTIL =
  /\b(?:remain|remains|stay|stays|last|lasts|run|runs|continue|continues|closed|open|suspended|shut|in\s+force|in\s+place|in\s+effect)\s+(?:[a-z]+\s+)?(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
const SINCE_BEFORE = /\b(?:ever\s+)?since\s+(?:the\s+)?$/i;
/** "signed a lease guaranteeing its use until", "extended the ban until": an arrangement and its term. */
const SET_UP_UNTIL =
  /^\s*,?\s*(?:the\s+|a\s+|its\s+|their\s+)?[^,;.!?]{0,30}\b(?:signed|agreed|extended|granted|renewed|approved|imposed|introduced|secured)\b[^,;.!?]{0,60}\b(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;
/** "has been suspended until", "will stay shut until", "remains closed until": a state going on now. */
const ONGOING =
  /\b(?:(?:has|have)\s+been|is|are|will(?:\s+\w+)?|remains|stays|['’]ll(?:\s+\w+)?)\s+(?:[a-z]+\s+)?(?:until|till)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;

const UNIT_OF_PRECISION: Partial<Record<Precision, CalendarUnit>> = {
  day: 'day',
  week: 'week',
  month: 'month',
  year: 'year',
  decade: 'decade',
};

function precisionOf(timex: TimeExpression): Precision {
  if (timex.precision) return timex.precision;
  const value = timex.value;
  if (/T\d{2}:\d{2}/.test(value)) return 'minute';
  if (/T\d{2}/.test(value)) return 'hour';
  if (/^-?\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/W\d{2}$/.test(value)) return 'week';
  if (/^-?\d{4}-\d{2}$/.test(value)) return 'month';
  if (/Q\d$/.test(value)) return 'quarter';
  if (/(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^-?\d{4}$/.test(value)) return 'year';
  if (/^-?\d{3}$/.test(value)) return 'decade';
  if (/^-?\d{2}$/.test(value)) return 'century';
  return 'day';
}

function startOf(timex: TimeExpression): string {
  return timex.interval?.start ?? '';
}

function endOf(timex: TimeExpression): string {
  return timex.interval?.end ?? '';
}

/** A single expression whose interval is wider than its own precision is itself a range ("2019–2021"). */
function ownRange(timex: TimeExpression): string | undefined {
  const unit = UNIT_OF_PRECISION[precisionOf(timex)];
  if (!unit) return undefined;
  const unitEnd = endOfUnit(startOf(timex), unit);
  if (!unitEnd) return undefined;
  return compareIso(dayOf(endOf(timex)), unitEnd) > 0 ? endOf(timex) : undefined;
}

export function point(timex: TimeExpression): Happening {
  const end = ownRange(timex);
  return { timexes: [timex], start: startOf(timex), ...(end ? { end } : {}), precision: precisionOf(timex) };
}

/** "from late October until April": a closing date written without its year follows the opening one. */
function followingYear(first: TimeExpression, second: TimeExpression): TimeExpression {
  if (compareIso(startOf(first), endOf(second)) <= 0 || /\d{3,4}|['’]\d{2}\b/.test(second.text))
    return second;
  const start = parseIso(startOf(second));
  const end = parseIso(endOf(second));
  if (!start || !end) return second;
  const shift = (parts: typeof start): string =>
    formatDay({
      ...parts,
      year: parts.year + 1,
      day: Math.min(parts.day, daysInMonth(parts.year + 1, parts.month)),
    });
  return { ...second, interval: { start: shift(start), end: shift(end) } };
}

/** The end of "the first week of May" is in its first days; "the last week of April" ends with April. */
function partEnd(gap: string, second: TimeExpression): string {
  const part = new RegExp(`${PART_OF}(?:the\\s+)?$`, 'i').exec(gap)?.[1]?.toLowerCase();
  const start = parseIso(startOf(second));
  if (!start || (part !== 'first' && part !== 'opening') || precisionOf(second) !== 'month')
    return endOf(second);
  return formatDay({ ...start, day: 7 });
}

function range(first: TimeExpression, written: TimeExpression, gap = ''): Happening | undefined {
  const second = followingYear(first, written);
  if (compareIso(startOf(first), endOf(second)) > 0) return undefined;
  return {
    timexes: [first, second],
    start: startOf(first),
    end: partEnd(gap, second),
    precision: precisionOf(first),
  };
}

function joinsRange(
  text: string,
  sentenceStart: number,
  first: TimeExpression,
  second: TimeExpression,
): boolean {
  const before = text.slice(Math.max(sentenceStart, first.start - 40), first.start);
  const gap = text.slice(first.end, second.start);
  const firstText = first.text.toLowerCase();
  const opened =
    FROM_BEFORE.test(before) || BETWEEN_BEFORE.test(before) || /^(from|between)\b/.test(firstText);
  if (opened && TO_GAP.test(gap)) return true;
  if (FROM_NEAR_BEFORE.test(before) && TO_NEAR_GAP.test(gap) && !/\band\b/i.test(gap)) return true;
  if (JOINED_BY_DASH.test(gap) || JOINED_BY_THROUGH.test(gap)) return true;
  // "covering 2017 to 2019": two years joined by "to" are one span.
  if (/^\s*to\s*$/i.test(gap) && /^\d{4}$/.test(first.value) && /^\d{4}$/.test(second.value)) return true;
  if (BEGAN_BEFORE.test(before) && ENDED_GAP.test(gap)) return true;
  // "Friday to Sunday", "Monday through Wednesday": two weekdays close one span.
  if (WEEKDAY.test(first.text) && WEEKDAY.test(second.text) && /^\s*to\s*$/i.test(gap)) return true;
  if (AND_OR.test(gap) && !/\bbetween\s/i.test(before)) return true;
  // "reopened on December 9, but its gallery will not reopen until the spring": two happenings.
  if (AND_UNTIL.test(gap) && !/\b(?:from|since|between)\b/i.test(gap) && !/,\s*but\b/i.test(gap)) return true;
  // "last year the council signed a lease guaranteeing the festival's use of the park until 2027":
  // what was set up then runs until the second date.
  if (SET_UP_UNTIL.test(gap) && !NOT_UNTIL.test(gap)) return true;
  return CONTINUES_TO.test(gap) || HELD_UNTIL.test(gap) || LASTS_UNTIL.test(gap);
}

export function buildHappenings(
  text: string,
  sentence: { start: number; end: number },
  anchored: readonly TimeExpression[],
  referenceDate: string,
): Happening[] {
  const happenings: Happening[] = [];
  const sorted = [...anchored].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const timex = sorted[i];
    const next = sorted[i + 1];
    if (next && joinsRange(text, sentence.start, timex, next)) {
      const joined = range(timex, next, text.slice(timex.end, next.start));
      if (joined) {
        happenings.push(joined);
        i++;
        continue;
      }
    }
    const before = text.slice(Math.max(sentence.start, timex.start - 40), timex.start);
    if (SINCE_BEFORE.test(before) || /^(?:ever\s+)?since\b/i.test(timex.text)) {
      if (compareIso(startOf(timex), referenceDate) < 0) {
        happenings.push({
          timexes: [timex],
          start: startOf(timex),
          end: referenceDate,
          precision: precisionOf(timex),
        });
        continue;
      }
    }
    // "will remain closed until Monday": a state from now until the date.
    // "will not open until 2033" dates the opening: "not ... until" is no window.
    const wide = text.slice(Math.max(sentence.start, timex.start - 90), timex.start);
    // "has been suspended until the end of the year": a date whose unit holds publication ends the
    // state too, when the state is told as going on now.
    const ahead =
      compareIso(startOf(timex), referenceDate) > 0 ||
      (compareIso(dayOf(endOf(timex)), referenceDate) > 0 && ONGOING.test(before));
    const stateUntil =
      (STATE_UNTIL.test(before) || FUTURE_UNTIL.test(wide)) && !NOT_UNTIL.test(wide) && ahead;
    if (stateUntil) {
      happenings.push({
        timexes: [timex],
        start: referenceDate,
        end: endOf(timex),
        precision: precisionOf(timex),
      });
      continue;
    }
    const after = text.slice(timex.end, Math.min(sentence.end, next ? next.start : sentence.end));
    const unit = CONTINUES_THROUGH_UNIT.exec(after)?.[1]?.toLowerCase() as CalendarUnit | undefined;
    const unitEnd = unit ? endOfUnit(startOf(timex), unit) : undefined;
    if (unitEnd && compareIso(unitEnd, startOf(timex)) >= 0) {
      happenings.push({
        timexes: [timex],
        start: startOf(timex),
        end: unitEnd,
        precision: precisionOf(timex),
      });
      continue;
    }
    // "later this year", "earlier this month": a window with publication at one end, not a point.
    const window = publicationWindow(timex, referenceDate);
    if (window) {
      happenings.push({ timexes: [timex], ...window, precision: precisionOf(timex) });
      continue;
    }
    happenings.push(point(timex));
  }
  return happenings;
}

/** True when one happening's dates lie within the other's: both name the same moment at two grains. */
export function nests(a: Happening, b: Happening): boolean {
  const aEnd = a.end ?? endOf(a.timexes[0]);
  const bEnd = b.end ?? endOf(b.timexes[0]);
  const aInB = compareIso(a.start, b.start) >= 0 && compareIso(dayOf(aEnd), dayOf(bEnd)) <= 0;
  const bInA = compareIso(b.start, a.start) >= 0 && compareIso(dayOf(bEnd), dayOf(aEnd)) <= 0;
  return aInB || bInA;
}

/** Of two nested happenings, the one that says more: a range, else the finer date. */
export function moreSpecific(a: Happening, b: Happening): Happening {
  if (a.end && !b.end) return a;
  if (b.end && !a.end) return b;
  return PRECISIONS.indexOf(b.precision) < PRECISIONS.indexOf(a.precision) ? b : a;
}

/**
 * "; it remains in force until Dec. 4", ", which will last until", "a warning, issued Sunday morning
 * for three counties, would remain in effect until Friday": the state just told goes on.
 */
const IT_LASTS_UNTIL =
  /(?:(?:[;,]|\band\b)\s*(?:it|which|this)\s+|,\s+)(?:(?:will|would)\s+)?(?:remains?|stays?|lasts?|runs?|continues?|remain|stay|last|run|continue)\s+(?:in\s+(?:force|place|effect)\s+)?(?:until|till|through)\s+(?:at\s+least\s+)?(?:the\s+)?$/i;

/**
 * "The government declared a state of emergency the following day; it remains in force until Dec. 4":
 * the second date closes the happening the sentence has just told, which becomes a range.
 */
export function carryOnUntil(text: string, happenings: readonly Happening[]): Happening[] {
  const result = [...happenings];
  for (let i = 1; i < result.length; i++) {
    const until = result[i];
    const previous = result[i - 1];
    const closing = until.timexes.at(-1);
    if (!closing || until.timexes.length !== 1 || previous.end || previous.approximate) continue;
    if (
      !IT_LASTS_UNTIL.test(
        text.slice(Math.max(previous.timexes.at(-1)?.end ?? 0, closing.start - 60), closing.start),
      )
    )
      continue;
    const end = until.end ?? closing.interval?.end;
    if (!end || compareIso(end, previous.start) <= 0) continue;
    result.splice(i - 1, 2, { ...previous, end, timexes: [...previous.timexes, closing] });
    i--;
  }
  return result;
}
