/** Hand-built time expressions, so the event builder is tested without the tagger. */
import type { Precision, TimeExpression, TimexType } from '../../../../preload/domain';

export interface TimexSpec {
  phrase: string;
  value: string;
  start?: string;
  end?: string;
  precision?: Precision;
  type?: TimexType;
  mod?: string;
  /** Which occurrence of the phrase, when it appears more than once. */
  nth?: number;
}

export function timex(text: string, spec: TimexSpec): TimeExpression {
  let at = -1;
  for (let i = 0; i <= (spec.nth ?? 0); i++) at = text.indexOf(spec.phrase, at + 1);
  if (at < 0) throw new Error(`'${spec.phrase}' is not in the text`);
  return {
    start: at,
    end: at + spec.phrase.length,
    text: spec.phrase,
    type: spec.type ?? 'DATE',
    value: spec.value,
    ...(spec.mod ? { mod: spec.mod } : {}),
    ...(spec.start ? { interval: { start: spec.start, end: spec.end ?? spec.start } } : {}),
    ...(spec.precision ? { precision: spec.precision } : {}),
  };
}

export const day = (phrase: string, date: string, nth?: number): TimexSpec => ({
  phrase,
  value: date,
  start: date,
  end: date,
  precision: 'day',
  ...(nth !== undefined ? { nth } : {}),
});

export const month = (phrase: string, yearMonth: string, lastDay: number): TimexSpec => ({
  phrase,
  value: yearMonth,
  start: `${yearMonth}-01`,
  end: `${yearMonth}-${String(lastDay).padStart(2, '0')}`,
  precision: 'month',
});

export const year = (phrase: string, y: string, nth?: number): TimexSpec => ({
  phrase,
  value: y,
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  precision: 'year',
  ...(nth !== undefined ? { nth } : {}),
});

export function tag(text: string, specs: readonly TimexSpec[]): TimeExpression[] {
  return specs.map((spec) => timex(text, spec));
}
