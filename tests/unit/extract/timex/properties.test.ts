import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

const WORDS = [
  'on',
  'Monday',
  'last',
  'month',
  'March',
  '22,',
  '2013',
  'the',
  'third',
  'quarter',
  'ago',
  'three',
  'years',
  'early',
  '1990s',
  'at',
  '6:42',
  'a.m.',
  'every',
  'week',
  'now',
  'said',
  'will',
  '.',
  '-',
  'nine-day',
  'mid-',
  'of',
];

const newsLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(' '));
const referenceDate = fc
  .record({
    year: fc.integer({ min: 1, max: 2999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
  })
  .map(
    (d) =>
      `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
  );

function wellFormed(text: string, ref: string): void {
  const found = tagTimexes(text, { referenceDate: ref });
  let lastEnd = 0;
  for (const t of found) {
    expect(t.start).toBeGreaterThanOrEqual(lastEnd);
    expect(t.end).toBeGreaterThan(t.start);
    expect(t.end).toBeLessThanOrEqual(text.length);
    expect(t.text).toBe(text.slice(t.start, t.end));
    lastEnd = t.end;
  }
  expect(tagTimexes(text, { referenceDate: ref })).toEqual(found);
}

describe('tagTimexes on any input', () => {
  it('never throws, keeps spans inside the text, sorted and apart, and is deterministic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), referenceDate, (text, ref) => wellFormed(text, ref)),
      { numRuns: 300 },
    );
  });

  it('holds on text made of temporal words', () => {
    fc.assert(
      fc.property(newsLike, referenceDate, (text, ref) => wellFormed(text, ref)),
      { numRuns: 300 },
    );
  });

  it('returns nothing for binary garbage', () => {
    const garbage = String.fromCharCode(...Array.from({ length: 2000 }, (_, i) => (i * 7919) % 32));
    expect(tagTimexes(garbage, { referenceDate: '2020-01-01' })).toEqual([]);
  });

  it('tags a 5 MB article in bounded time', () => {
    const paragraph =
      'On March 22, 2013, the company said third-quarter profit rose 5% from a year earlier. ' +
      'Two days later, at 6:42 a.m., officials met for three weeks; the 1990s were different. ';
    const text = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const started = performance.now();
    const found = tagTimexes(text, { referenceDate: '2013-03-25' });
    expect(found.length).toBeGreaterThan(10_000);
    expect(performance.now() - started).toBeLessThan(60_000);
  }, 90_000);
});
