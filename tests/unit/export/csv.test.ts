import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../../main/export/csv';
import { timeline } from './csv-and-ics-timeline';

/** A strict RFC 4180 reader, to check the export the way a spreadsheet reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('CSV export', () => {
  const csv = toCsv(timeline);
  const [header, ...rows] = parseCsv(csv.slice(1));
  const byId = new Map(
    rows.map((r) => [r[CSV_COLUMNS.indexOf('id')], Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]]))]),
  );

  it('starts with a UTF-8 byte-order mark and a header row, with CRLF line ends', () => {
    expect(csv.startsWith('\uFEFFstart,end,precision,title,')).toBe(true);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('has one row per event, in date order with ISO dates (BCE in astronomical years)', () => {
    expect(rows).toHaveLength(timeline.events.length);
    expect(rows.map((r) => r[0])).toEqual([
      '-0043-03-15',
      '2020-01-01',
      '2021-08-09',
      '2024-01-15',
      '2024-01-15T10:30',
      '2024-02-01',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('quotes commas, quotes and line breaks so every field reads back exactly', () => {
    const reopen = byId.get('ev-reopen')!;
    expect(reopen).toMatchObject({
      title: 'Bridge reopens, after 2 years',
      description: 'Reopened to traffic.\nCyclists wait; lane opens later.',
      quote: 'The Harbour Road bridge reopened to traffic on Monday, "at last".',
      tags: 'Transport; roads',
      article_title: 'Harbour bridge reopens, "at last"',
      article_url: 'https://courier.example/news/bridge',
      article_published_at: '2024-01-16',
      approximate: 'false',
      origin: 'extracted',
    });
    expect(byId.get('ev-month')).toMatchObject({
      start: '2024-03-01',
      end: '2024-03-31',
      precision: 'month',
      planned: 'true',
    });
    expect(byId.get('ev-long')!.title).toBe(`Long ${'é'.repeat(60)} title`);
  });

  it('stops text from article pages running as a spreadsheet formula', () => {
    expect(byId.get('ev-formula')!.title).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it('exports an empty timeline as just the header', () => {
    expect(toCsv({ ...timeline, events: [] })).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('quoting, for any text', () => {
  it('every field reads back exactly (bar the formula guard)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.string({ maxLength: 80 }),
        (title, quote) => {
          const doc = { ...timeline, events: [{ ...timeline.events[0], title, quote }] };
          const [, row] = parseCsv(toCsv(doc).slice(1));
          const guard = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
          expect(row[CSV_COLUMNS.indexOf('title')]).toBe(guard(title));
          expect(row[CSV_COLUMNS.indexOf('quote')]).toBe(guard(quote));
        },
      ),
    );
  });
});
