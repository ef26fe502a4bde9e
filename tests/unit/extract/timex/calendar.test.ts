import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  formatIsoDate,
  formatTimexYear,
  fromDayNumber,
  isoWeek,
  isoWeekStart,
  parseIsoDate,
  toDayNumber,
  weekday,
} from '../../../../main/extract/timex/calendar';

describe('calendar arithmetic', () => {
  it('round-trips day numbers, BCE years included', () => {
    for (const date of [
      { year: 1970, month: 1, day: 1 },
      { year: 2000, month: 2, day: 29 },
      { year: -43, month: 3, day: 15 },
      { year: 1, month: 1, day: 1 },
    ]) {
      expect(fromDayNumber(toDayNumber(date))).toEqual(date);
    }
  });

  it('steps over month and year ends', () => {
    expect(formatIsoDate(addDays({ year: 1998, month: 12, day: 31 }, 1))).toBe('1999-01-01');
    expect(formatIsoDate(addDays({ year: 2024, month: 3, day: 1 }, -1))).toBe('2024-02-29');
  });

  it('clamps the day when adding months (Jan 31 + 1 month = end of February)', () => {
    expect(addMonths({ year: 2023, month: 1, day: 31 }, 1)).toEqual({ year: 2023, month: 2, day: 28 });
    expect(addMonths({ year: 2024, month: 1, day: 15 }, -1)).toEqual({ year: 2023, month: 12, day: 15 });
  });

  it('knows the weekday and ISO week', () => {
    expect(weekday({ year: 1998, month: 8, day: 10 })).toBe(1);
    expect(isoWeek({ year: 2021, month: 1, day: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeekStart(2020, 53)).toEqual({ year: 2020, month: 12, day: 28 });
  });

  it('writes 44 BC as BC0044 for TimeML and -0043 for ISO', () => {
    expect(formatTimexYear(-43)).toBe('BC0044');
    expect(formatIsoDate({ year: -43, month: 3, day: 15 })).toBe('-0043-03-15');
  });

  it('accepts only real calendar days as reference dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('yesterday')).toBeNull();
  });
});
