import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../../main/extract/timex';

const tag = (text: string) =>
  tagTimexes(text, { referenceDate: '2020-01-01' }).map((t) => [t.text, t.type, t.value]);

describe('durations', () => {
  it('reads amounts of units in digits and words', () => {
    expect(tag('three weeks, 18 months, a decade, half an hour')).toEqual([
      ['three weeks', 'DURATION', 'P3W'],
      ['18 months', 'DURATION', 'P18M'],
      ['a decade', 'DURATION', 'P10Y'],
      ['half an hour', 'DURATION', 'PT30M'],
    ]);
  });

  it('reads hyphenated adjectives without their article', () => {
    expect(tag('the nine-day strike')).toEqual([['nine-day', 'DURATION', 'P9D']]);
  });

  it('keeps "the past" in "the past two months" and writes vague amounts with X', () => {
    expect(tag('over the past two months, for several years')).toEqual([
      ['the past two months', 'DURATION', 'P2M'],
      ['several years', 'DURATION', 'PXY'],
    ]);
  });

  it('reads hundreds and thousands in words', () => {
    expect(tag('for roughly three hundred years')).toEqual([
      ['roughly three hundred years', 'DURATION', 'P300Y'],
    ]);
  });

  it('does not take ages for durations', () => {
    expect(tag('a 9-year-old boy')).toEqual([]);
    expect(tag('He is 45 years old.')).toEqual([]);
  });
});
