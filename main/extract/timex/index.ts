/**
 * The temporal tagger: finds TimeML TIMEX3 expressions in English news text and normalises them
 * against the publication date. Pipeline: recognisers (pattern families) -> modifiers -> longest
 * non-overlapping selection -> anchoring in document order -> calendar interval.
 */
import type { TimeExpression } from '../../../preload/domain';
import { Anchoring } from './anchor';
import { parseIsoDate } from './calendar';
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

const RULE_ORDER = new Map(RECOGNISERS.map((r, i) => [r.name, i]));

export function tagTimexes(text: string, options: TagOptions): TimeExpression[] {
  const dct = parseIsoDate(options.referenceDate);
  if (!dct) throw new InvalidReferenceDateError(options.referenceDate);
  if (typeof text !== 'string' || text.length === 0 || looksBinary(text)) return [];
  const candidates = attachModifiers(text, recognise(text));
  const chosen = selectLongest(candidates, RULE_ORDER);
  const anchoring = new Anchoring(text, dct);
  return chosen.map((candidate) => {
    const { type, value } = anchoring.resolve(candidate);
    const expression: TimeExpression = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      type,
      value,
    };
    if (candidate.mod) expression.mod = candidate.mod;
    if (type === 'DATE' || type === 'TIME') {
      const placement = placeValue(value, dct);
      if (placement) {
        expression.interval = placement.interval;
        expression.precision = placement.precision;
      }
    }
    return expression;
  });
}
