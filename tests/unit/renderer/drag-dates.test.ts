import { describe, expect, it } from 'vitest';
import { isoEndToDate, isoToDate } from '../../../renderer/src/dates/iso-dates';
import { movedDates, unitStart } from '../../../renderer/src/timeline/drag-dates';

const HOUR = 3_600_000;
const at = (iso: string, hours = 0) => new Date(isoToDate(iso).getTime() + hours * HOUR);

describe('dates of a dragged event', () => {
  it('snaps a day-precision point to the nearest day', () => {
    expect(movedDates({ start: '2024-05-20', precision: 'day' }, at('2024-05-23', 13), undefined)).toEqual({
      start: '2024-05-24',
      end: null,
    });
    expect(movedDates({ start: '2024-05-20', precision: 'day' }, at('2024-05-23', 5), undefined).start).toBe(
      '2024-05-23',
    );
  });

  it('keeps a range inclusive: the drawn end is the midnight after its last day', () => {
    const event = { start: '2024-05-20', end: '2024-05-22', precision: 'day' as const };
    // Moved by two days.
    expect(movedDates(event, at('2024-05-22'), isoEndToDate('2024-05-24'))).toEqual({
      start: '2024-05-22',
      end: '2024-05-24',
    });
    // Right end dragged in past the start: one day long.
    expect(movedDates(event, at('2024-05-20'), at('2024-05-19', 20))).toEqual({
      start: '2024-05-20',
      end: '2024-05-20',
    });
  });

  it('keeps times of timed events, in quarter hours', () => {
    expect(
      movedDates({ start: '2024-05-20T09:30', precision: 'minute' }, at('2024-05-20', 11.1), undefined),
    ).toEqual({ start: '2024-05-20T11:00', end: null });
  });

  it('moves coarse events by whole units', () => {
    const month = { start: '2024-03-01', precision: 'month' as const };
    expect(movedDates(month, at('2024-05-10'), isoEndToDate('2024-06-09'))).toEqual({
      start: '2024-05-01',
      end: null,
    });
    expect(unitStart('2024-08-17', 'quarter')).toBe('2024-07-01');
    expect(unitStart('-0043-03-15', 'century')).toBe('-0100-01-01');
    const years = { start: '2019-01-01', end: '2022-12-31', precision: 'year' as const };
    expect(movedDates(years, at('2020-02-01'), isoEndToDate('2023-12-31'))).toEqual({
      start: '2020-01-01',
      end: '2023-12-31',
    });
  });

  it('works before year 1', () => {
    expect(
      movedDates({ start: '-0043-03-15', precision: 'day' }, at('-0043-03-16', 2), undefined).start,
    ).toBe('-0043-03-16');
  });
});
