import { describe, expect, it } from 'vitest';
import {
  compareIso,
  dateInputProblem,
  dateToIsoDay,
  eraYear,
  formatEventWhen,
  formatIso,
  impliedEnd,
  isoEndToDate,
  isoToDate,
  parseIso,
} from '../../../renderer/src/dates/iso-dates';

describe('ISO dates to timeline Dates', () => {
  it('puts a calendar day at UTC midnight whatever the local time zone', () => {
    expect(isoToDate('2024-01-15').toISOString()).toBe('2024-01-15T00:00:00.000Z');
    expect(isoToDate('2024-01-15T09:30').toISOString()).toBe('2024-01-15T09:30:00.000Z');
  });

  it('keeps years below 100 and before 1 AD as written (no 19xx, astronomical numbering)', () => {
    expect(isoToDate('0079-08-24').getUTCFullYear()).toBe(79);
    const idesOfMarch = isoToDate('-0043-03-15');
    expect(idesOfMarch.getUTCFullYear()).toBe(-43);
    expect(idesOfMarch.getUTCMonth()).toBe(2);
    expect(idesOfMarch.getUTCDate()).toBe(15);
    expect(dateToIsoDay(idesOfMarch)).toBe('-0043-03-15');
  });

  it('ends an inclusive end day at the following midnight', () => {
    expect(isoEndToDate('2024-01-31').toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(isoEndToDate('2024-12-31').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('round-trips every day of a leap year through Date and back', () => {
    const day = isoToDate('2024-01-01');
    for (let i = 0; i < 366; i++) {
      const iso = dateToIsoDay(day);
      expect(dateToIsoDay(isoToDate(iso))).toBe(iso);
      day.setUTCDate(day.getUTCDate() + 1);
    }
    expect(dateToIsoDay(day)).toBe('2025-01-01');
  });

  it('rejects days that do not exist', () => {
    expect(parseIso('2023-02-29')).toBeNull();
    expect(parseIso('2024-02-29')).not.toBeNull();
    expect(parseIso('2024-13-01')).toBeNull();
    expect(parseIso('2024-01-15T24:00')).toBeNull();
    expect(() => isoToDate('15/01/2024')).toThrow();
  });
});

describe('dates written for people', () => {
  it('writes a date only as finely as it is known', () => {
    expect(formatIso('2024-01-15')).toBe('15 Jan 2024');
    expect(formatIso('2023-12-01', 'month')).toBe('December 2023');
    expect(formatIso('2024-01-01', 'year')).toBe('2024');
    expect(formatIso('-0043-03-15')).toBe('15 Mar 44 BC');
    expect(formatIso('0000-01-01', 'year')).toBe('1 BC');
  });

  it('writes spans with both ends and collapses equal ones', () => {
    expect(formatEventWhen('2024-01-01', '2024-12-31', 'day')).toBe('1 Jan 2024 – 31 Dec 2024');
    expect(formatEventWhen('2024-01-01', '2024-12-31', 'year')).toBe('2024');
    expect(formatEventWhen('2022-01-01', '2024-12-31', 'year')).toBe('2022 – 2024');
  });

  it('knows where a coarse date could end', () => {
    expect(impliedEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(impliedEnd('2024-01-01', 'year')).toBe('2024-12-31');
    expect(impliedEnd('2024-04-01', 'quarter')).toBe('2024-06-30');
    expect(impliedEnd('1990-01-01', 'decade')).toBe('1999-12-31');
    expect(impliedEnd('2024-01-15', 'day')).toBe('2024-01-15');
  });

  it('orders BCE before CE without going through Date', () => {
    expect(compareIso('-0043-03-15', '0001-01-01')).toBeLessThan(0);
    expect(compareIso('2024-01-15T10:00', '2024-01-15')).toBeGreaterThan(0);
    expect(compareIso('2024-01-15', '2024-01-15')).toBe(0);
  });
});

describe('date fields', () => {
  it('explains what is wrong with a typed date', () => {
    expect(dateInputProblem('', 'Start', true)).toBe('Start is required.');
    expect(dateInputProblem('', 'End', false)).toBeNull();
    expect(dateInputProblem('15.01.2024', 'Start', true)).toContain('YYYY-MM-DD');
    expect(dateInputProblem('2024-02-30', 'Start', true)).toContain('not a real date');
    expect(dateInputProblem(' 2024-02-29 ', 'Start', true)).toBeNull();
    expect(dateInputProblem('-0043-03-15', 'Start', true)).toBeNull();
  });
});

describe('years near the start of the era', () => {
  it('writes AD before years below 1000 so they read as years of the era, never year 0', () => {
    expect(eraYear(0)).toBe('1 BC');
    expect(eraYear(1)).toBe('AD 1');
    expect(eraYear(-43)).toBe('44 BC');
    expect(eraYear(2024)).toBe('2024');
    expect(formatIso('0014-08-19')).toBe('19 Aug AD 14');
    expect(formatIso('-0043-03-15')).toBe('15 Mar 44 BC');
  });
});
