/**
 * The temporal tagger: finds TimeML TIMEX3 expressions in English news text and normalises them
 * against the publication date. Pipeline: recognisers (pattern families) -> modifiers -> longest
 * non-overlapping selection -> anchoring in document order -> calendar interval.
 */
import type { Interval, TimeExpression } from '../../../preload/domain';
import { Anchoring } from './anchor';
import { type CalendarDate, formatIsoDate, parseIsoDate } from './calendar';
import { looksBinary } from './filters';
import { placeValue } from './interval';
import { attachModifiers } from './modifiers';
import { recognise } from './recognise';
import { RECOGNISERS } from './recognisers';
import { selectLongest } from './select';

export interface TagOptions {
  /** Publication date (TimeML's DCT), `YYYY-MM-DD`. */
  referenceDate: string;
}

export class InvalidReferenceDateError extends Error {
  constructor(value: string) {
    super(`The reference date '${value}' is not a calendar date in the form YYYY-MM-DD.`);
    this.name = 'InvalidReferenceDateError';
  }
}

const BEFORE_OR_AFTER_NOW = /^(?:(earlier)|later)\s+(?:this|in\s+the)\s/i;

/**
 * "later this year" runs from publication to the year's end, "earlier this month" from the month's
 * start to publication: the part of the current unit on one side of the writer's day.
 */
function splitAtPublication(text: string, interval: Interval, dct: CalendarDate): Interval {
  const m = BEFORE_OR_AFTER_NOW.exec(text);
  const today = formatIsoDate(dct);
  if (!m || /T/.test(interval.start) || interval.start > today || interval.end < today) return interval;
  return m[1] ? { start: interval.start, end: today } : { start: today, end: interval.end };
}

const RULE_ORDER = new Map(RECOGNISERS.map((r, i) => [r.name, i]));

export function tagTimexes(text: string, options: TagOptions): TimeExpression[] {
  const dct = parseIsoDate(options.referenceDate);
  if (!dct) throw new InvalidReferenceDateError(options.referenceDate);
  if (typeof text !== 'string' || text.length === 0 || looksBinary(text)) return [];
  const candidates = attachModifiers(text, recognise(text));
  const chosen = selectLongest(candidates, RULE_ORDER);
  const anchoring = new Anchoring(text, dct);
  return chosen.map((candidate, i) => {
    const { type, value, day } = anchoring.resolve(candidate, chosen.slice(i + 1, i + 4));
    const expression: TimeExpression = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      type,
      value,
    };
    if (candidate.mod) expression.mod = candidate.mod;
    if (type === 'DATE' || type === 'TIME') {
      const placement = placeValue(day ?? value, dct);
      if (placement) {
        expression.interval = splitAtPublication(expression.text, placement.interval, dct);
        expression.precision = placement.precision;
      }
    }
    return expression;
  });
}
