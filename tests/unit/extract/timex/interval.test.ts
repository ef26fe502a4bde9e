import { describe, expect, it } from 'vitest';
import { placeValue } from '../../../../main/extract/timex/interval';

describe('placeValue', () => {
  it('spans a month from its first to its last day', () => {
    expect(placeValue('2024-01')).toEqual({
      interval: { start: '2024-01-01', end: '2024-01-31' },
      precision: 'month',
    });
  });

  it('spans a year, a decade and a century', () => {
    expect(placeValue('2024')?.interval).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(placeValue('199')).toEqual({
      interval: { start: '1990-01-01', end: '1999-12-31' },
      precision: 'decade',
    });
    expect(placeValue('19')).toEqual({
      interval: { start: '1900-01-01', end: '1999-12-31' },
      precision: 'century',
    });
  });

  it('spans quarters, halves, seasons and weeks', () => {
    expect(placeValue('2023-Q3')?.interval).toEqual({ start: '2023-07-01', end: '2023-09-30' });
    expect(placeValue('2023-H1')?.interval).toEqual({ start: '2023-01-01', end: '2023-06-30' });
    expect(placeValue('2023-WI')).toEqual({
      interval: { start: '2023-12-01', end: '2024-02-29' },
      precision: 'season',
    });
    expect(placeValue('2020-W53')?.interval).toEqual({ start: '2020-12-28', end: '2021-01-03' });
    expect(placeValue('1998-W33-WE')?.interval).toEqual({ start: '1998-08-15', end: '1998-08-16' });
  });

  it('gives times minute or hour precision', () => {
    expect(placeValue('2013-03-22T06:42')).toEqual({
      interval: { start: '2013-03-22T06:42', end: '2013-03-22T06:42' },
      precision: 'minute',
    });
    expect(placeValue('2013-03-22TMO')).toEqual({
      interval: { start: '2013-03-22T06:00', end: '2013-03-22T11:59' },
      precision: 'hour',
    });
  });

  it('places BCE years astronomically', () => {
    expect(placeValue('BC0044')?.interval).toEqual({ start: '-0043-01-01', end: '-0043-12-31' });
  });

  it('places the present at the reference day and nothing for durations or the vague past', () => {
    expect(placeValue('PRESENT_REF', { year: 2020, month: 5, day: 1 })?.interval).toEqual({
      start: '2020-05-01',
      end: '2020-05-01',
    });
    expect(placeValue('PAST_REF')).toBeUndefined();
    expect(placeValue('P3W')).toBeUndefined();
    expect(placeValue('XXXX-WXX-1')).toBeUndefined();
  });
});
