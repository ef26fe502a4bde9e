import fc from 'fast-check';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { addDays, endOfPeriod, escapeText, foldLine, toIcs } from '../../../main/export/ics';
import { timeline } from './csv-and-ics-timeline';

const now = new Date('2024-05-01T12:34:56.789Z');
const { text, omitted } = toIcs(timeline, now);
const parsed = ical.sync.parseICS(text);
const events = new Map(
  Object.values(parsed)
    .filter((c): c is VEvent => c?.type === 'VEVENT')
    .map((e) => [e.uid, e]),
);
const get = (id: string) => {
  const found = events.get(`${id}@eventline`);
  if (!found) throw new Error(`no VEVENT for ${id}`);
  return found;
};
const value = (v: unknown) =>
  typeof v === 'object' && v !== null && 'val' in v ? (v as { val: string }).val : v;
/** node-ical gives all-day and floating times as local Dates. */
const localDay = (d: Date | undefined) =>
  d
    ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    : undefined;

describe('iCalendar export', () => {
  it('is one VEVENT per event iCalendar can hold, with a UID and a DTSTAMP', () => {
    expect(events.size).toBe(timeline.events.length - 1);
    expect(omitted.map((e) => e.id)).toEqual(['ev-bce']);
    const reopen = get('ev-reopen');
    expect(reopen.dtstamp.toISOString()).toBe('2024-05-01T12:34:56.000Z');
  });

  it('makes day events all-day, with the exclusive DTEND the standard asks for', () => {
    const reopen = get('ev-reopen');
    expect(reopen.datetype).toBe('date');
    expect(reopen.start.dateOnly).toBe(true);
    expect(localDay(reopen.start)).toBe('2024-01-15');
    expect(localDay(reopen.end)).toBe('2024-01-16');
    expect(text).toContain('DTSTART;VALUE=DATE:20240115\r\nDTEND;VALUE=DATE:20240116\r\n');
  });

  it('spans coarser events over their whole period', () => {
    expect([localDay(get('ev-month').start), localDay(get('ev-month').end)]).toEqual([
      '2024-03-01',
      '2024-04-01',
    ]);
    expect([localDay(get('ev-year').start), localDay(get('ev-year').end)]).toEqual([
      '2020-01-01',
      '2021-01-01',
    ]);
    expect(localDay(get('ev-long').end)).toBe('2024-03-01');
  });

  it('gives timed events a floating local time', () => {
    const ceremony = get('ev-time');
    expect(ceremony.datetype).toBe('date-time');
    expect([ceremony.start.getHours(), ceremony.start.getMinutes()]).toEqual([10, 30]);
    expect(text).toContain('DTSTART:20240115T103000\r\n');
  });

  it('escapes commas, semicolons, backslashes and newlines so text reads back as written', () => {
    const reopen = get('ev-reopen');
    expect(value(reopen.summary)).toBe('Bridge reopens, after 2 years');
    expect(value(reopen.description)).toBe(
      'Reopened to traffic.\nCyclists wait; lane opens later.\n\n“The Harbour Road bridge reopened to traffic on Monday, "at last".”\n\n' +
        'Source: Harbour bridge reopens, "at last" (https://courier.example/news/bridge), published 2024-01-16',
    );
    expect(reopen.url).toBe('https://courier.example/news/bridge');
    // RFC 5545 escapes ';' in CATEGORIES too; node-ical splits the list but leaves its items escaped.
    expect(text).toContain('CATEGORIES:Transport\\; roads\r\n');
    expect(reopen.categories).toHaveLength(1);
    expect(escapeText('a\\b;c,d\r\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('marks planned events tentative and approximate ones in the title', () => {
    expect(get('ev-month').status).toBe('TENTATIVE');
    expect(value(get('ev-year').summary)).toBe('Budget approved (approximate date)');
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a character', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(value(get('ev-long').summary)).toBe(`Long ${'é'.repeat(60)} title`);
    expect(value(get('ev-long').description)).toBe('x'.repeat(300));
    const folded = foldLine(`SUMMARY:${'é'.repeat(80)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'é'.repeat(80)}`);
    expect(folded.includes('\uFFFD')).toBe(false);
  });
});

describe('date helpers', () => {
  it('adds days across months, leap days and years without a time zone', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('0050-06-30', 1)).toBe('0050-07-01');
  });

  it('finds the last day of a period', () => {
    expect(endOfPeriod('2024-02-01', 'month')).toBe('2024-02-29');
    expect(endOfPeriod('2024-11-01', 'quarter')).toBe('2025-01-31');
    expect(endOfPeriod('1990-01-01', 'decade')).toBe('1999-12-31');
    expect(endOfPeriod('2024-01-15', 'week')).toBe('2024-01-21');
  });
});

describe('folding and escaping, for any text', () => {
  it('folded lines unfold to the original, each at most 75 octets, no character split', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (value) => {
        const line = `DESCRIPTION:${escapeText(value)}`;
        const folded = foldLine(line);
        expect(folded.split('\r\n ').join('')).toBe(line);
        for (const piece of folded.split('\r\n'))
          expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
        expect(escapeText(value)).not.toMatch(/[\r\n]/);
      }),
    );
  });

  it('any title reads back through node-ical as written', () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
          .filter((s) => s.trim() === s && !/[\r\n]/.test(s)),
        (title) => {
          const doc = { ...timeline, events: [{ ...timeline.events[0], title, approximate: false }] };
          const [vevent] = Object.values(ical.sync.parseICS(toIcs(doc, now).text)).filter(
            (c): c is VEvent => c?.type === 'VEVENT',
          );
          expect(value(vevent.summary)).toBe(title);
        },
      ),
      { numRuns: 60 },
    );
  });
});
