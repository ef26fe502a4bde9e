import { describe, expect, it } from 'vitest';
import { compareIso, dayOf, endOfUnit, parseIso } from '../../../../main/extract/events/iso-dates';
import { narrowByModifier } from '../../../../main/extract/events/modifiers';
import { correctYearByTense, tenseAt } from '../../../../main/extract/events/tense';
import { tokenize } from '../../../../main/extract/events/tokens';
import type { TimeExpression } from '../../../../preload/domain';

const expression = (
  text: string,
  start: string,
  end: string,
  extra: Partial<TimeExpression> = {},
): TimeExpression => ({
  start: 0,
  end: text.length,
  text,
  type: 'DATE',
  value: start.slice(0, 10),
  interval: { start, end },
  precision: 'day',
  ...extra,
});

describe('iso-dates', () => {
  it('orders BCE years before CE years and moments within a day', () => {
    expect(compareIso('-0043-03-15', '0014-08-19')).toBeLessThan(0);
    expect(compareIso('-0100-01-01', '-0043-01-01')).toBeLessThan(0);
    expect(compareIso('2024-01-15T10:00', '2024-01-15T09:30')).toBeGreaterThan(0);
  });

  it('knows month lengths and unit ends, leap years included', () => {
    expect(endOfUnit('2024-02-10', 'month')).toBe('2024-02-29');
    expect(endOfUnit('-0043-03-15', 'year')).toBe('-0043-12-31');
    expect(endOfUnit('2024-01-17', 'week')).toBe('2024-01-21');
    expect(endOfUnit('2024-05-01', 'decade')).toBe('2029-12-31');
    expect(parseIso('2023-02-29')).toBeUndefined();
    expect(dayOf('2024-06-11T06:42')).toBe('2024-06-11');
  });
});

describe('tense', () => {
  it('reads past, future and present from the governing verb', () => {
    const tokens = tokenize('It began and it will end and it is expected to last and it runs');
    expect(tenseAt(tokens, 1)).toBe('past');
    expect(tenseAt(tokens, 4)).toBe('future');
    expect(tenseAt(tokens, 8)).toBe('future');
    expect(tenseAt(tokens, 14)).toBe('present');
  });

  it('moves a yearless date across the publication date when the tense says so', () => {
    const past = correctYearByTense(expression('March 3', '2025-03-03', '2025-03-03'), 'past', '2024-06-01');
    expect(past.interval).toEqual({ start: '2024-03-03', end: '2024-03-03' });
    expect(past.value).toBe('2024-03-03');
    const future = correctYearByTense(
      expression('March 3', '2024-03-03', '2024-03-03'),
      'future',
      '2024-06-01',
    );
    expect(future.interval?.start).toBe('2025-03-03');
    const leap = correctYearByTense(
      expression('February 29', '2028-02-29', '2028-02-29'),
      'past',
      '2027-06-01',
    );
    expect(leap.interval?.start).toBe('2027-02-28');
  });

  it('leaves a date with a written year alone', () => {
    const written = expression('March 3, 2025', '2025-03-03', '2025-03-03');
    expect(correctYearByTense(written, 'past', '2024-06-01')).toBe(written);
  });
});

describe('narrowByModifier', () => {
  it('keeps the named part of a whole year, decade or month', () => {
    const early = narrowByModifier(
      expression('early 2020', '2020-01-01', '2020-12-31', { mod: 'START', precision: 'year' }),
    );
    expect(early.interval).toEqual({ start: '2020-01-01', end: '2020-04-30' });
    const lateDecade = narrowByModifier(
      expression('the late 1990s', '1990-01-01', '1999-12-31', { mod: 'END', precision: 'decade' }),
    );
    expect(lateDecade.interval).toEqual({ start: '1996-01-01', end: '1999-12-31' });
    const midMonth = narrowByModifier(
      expression('mid-May', '2021-05-01', '2021-05-31', { mod: 'MID', precision: 'month' }),
    );
    expect(midMonth.interval).toEqual({ start: '2021-05-11', end: '2021-05-20' });
  });

  it('"the end of the year" is its last month, "the start of 2020" its first; "late 2020" its last third', () => {
    const end = narrowByModifier(
      expression('the end of the year', '2021-01-01', '2021-12-31', { mod: 'END', precision: 'year' }),
    );
    expect(end.interval).toEqual({ start: '2021-12-01', end: '2021-12-31' });
    const start = narrowByModifier(
      expression('the start of 2020', '2020-01-01', '2020-12-31', { mod: 'START', precision: 'year' }),
    );
    expect(start.interval).toEqual({ start: '2020-01-01', end: '2020-01-31' });
    const late = narrowByModifier(
      expression('late 2020', '2020-01-01', '2020-12-31', { mod: 'END', precision: 'year' }),
    );
    expect(late.interval).toEqual({ start: '2020-09-01', end: '2020-12-31' });
  });

  it('leaves other modifiers and narrowed intervals alone', () => {
    const approx = expression('about 1900', '1900-01-01', '1900-12-31', { mod: 'APPROX' });
    expect(narrowByModifier(approx)).toBe(approx);
  });
});
