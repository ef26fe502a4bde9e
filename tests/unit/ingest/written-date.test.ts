import { describe, expect, it } from 'vitest';
import { calendarDateOf, findWrittenDate, resolveYear } from '../../../main/ingest/written-date';

describe('calendarDateOf', () => {
  it('takes the calendar day of a timestamp as written, not converted to another zone', () => {
    expect(calendarDateOf('2024-01-16T02:00:00+05:30')).toBe('2024-01-16');
    expect(calendarDateOf('2023-07-09T23:30:00-07:00')).toBe('2023-07-09');
    expect(calendarDateOf('2024-01-16T00:30:00Z')).toBe('2024-01-16');
  });

  it('reads compact, slashed and written dates', () => {
    expect(calendarDateOf('20230708')).toBe('2023-07-08');
    expect(calendarDateOf('2023/7/8')).toBe('2023-07-08');
    expect(calendarDateOf('16.01.2024, 08:15')).toBe('2024-01-16');
    expect(calendarDateOf('January 16, 2024')).toBe('2024-01-16');
    expect(calendarDateOf('Tue, 16 Jan 2024 02:00:00 GMT')).toBe('2024-01-16');
  });

  it('refuses partial or impossible dates', () => {
    expect(calendarDateOf('2024-02-30')).toBeUndefined();
    expect(calendarDateOf('January 2024')).toBeUndefined();
    expect(calendarDateOf('yesterday')).toBeUndefined();
  });
});

describe('findWrittenDate', () => {
  it('reads AP-style abbreviations and ordinals', () => {
    expect(findWrittenDate('Sept. 5, 2022')).toMatchObject({ year: 2022, month: 9, day: 5 });
    expect(findWrittenDate('the 3rd of nothing, 3rd March')).toMatchObject({ month: 3, day: 3 });
  });

  it('leaves the year out when the text has none', () => {
    expect(findWrittenDate('MOSCOW, Jan. 16 (Reuters)')).toEqual({ month: 1, day: 16, index: 8, length: 7 });
  });
});

describe('resolveYear', () => {
  it('puts a yearless date in the latest year not after today: news reports the past', () => {
    expect(resolveYear(12, 20, { notAfter: '2026-11-24' })).toBe('2025-12-20');
    expect(resolveYear(1, 16, { notAfter: '2026-11-24' })).toBe('2026-01-16');
  });

  it('puts it nearest a known publication date', () => {
    expect(resolveYear(12, 31, { near: '2024-01-02' })).toBe('2023-12-31');
    expect(resolveYear(1, 16, { near: '2024-01-15' })).toBe('2024-01-16');
  });
});
