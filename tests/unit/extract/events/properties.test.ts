import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { extractEvents } from '../../../../main/extract/index';
import type { Precision, TimeExpression } from '../../../../preload/domain';

const PRECISIONS: Precision[] = ['minute', 'day', 'week', 'month', 'season', 'year', 'decade', 'century'];

/** Texts mixing news-like words, dates, punctuation and arbitrary characters. */
const textArbitrary = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(
          'The',
          'minister',
          'said',
          'on Monday',
          'since 2019',
          'from 2001 to 2003',
          'which',
          'that',
          'will',
          'Mr.',
          'U.S.',
          '“',
          '”',
          '"',
          ',',
          '.',
          '\n\n',
          '–',
          'and',
          'He',
          'held',
          'talks',
          'in',
          '44 BC',
        ),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 60 },
    )
    .map((words) => words.join(' ')),
);

const dateArbitrary = fc
  .tuple(
    fc.integer({ min: -3000, max: 3000 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => {
    const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
    return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  });

function expressionsFor(text: string) {
  return fc.array(
    fc
      .tuple(
        fc.nat({ max: Math.max(0, text.length) }),
        fc.nat({ max: 20 }),
        fc.constantFrom('DATE', 'TIME', 'DURATION', 'SET'),
        dateArbitrary,
        dateArbitrary,
        fc.constantFrom(...PRECISIONS),
        fc.constantFrom(undefined, 'APPROX', 'START', 'END', 'MID'),
      )
      .map(([start, length, type, a, b, precision, mod]): TimeExpression => {
        const end = Math.min(text.length, start + length);
        return {
          start,
          end,
          text: text.slice(start, end),
          type: type as TimeExpression['type'],
          value: a.slice(0, 4),
          interval: { start: a, end: b },
          precision,
          ...(mod ? { mod } : {}),
        };
      }),
    { maxLength: 6 },
  );
}

describe('buildEvents on any input', () => {
  it('never throws, keeps spans inside the text and is deterministic', () => {
    fc.assert(
      fc.property(
        textArbitrary.chain((text) => fc.tuple(fc.constant(text), expressionsFor(text))),
        ([text, expressions]) => {
          const first = buildEvents(text, expressions, { referenceDate: '2024-01-16' });
          const second = buildEvents(text, expressions, { referenceDate: '2024-01-16' });
          expect(second).toEqual(first);
          for (const event of first) {
            expect(event.sourceStart).toBeGreaterThanOrEqual(0);
            expect(event.sourceEnd).toBeLessThanOrEqual(text.length);
            expect(text.slice(event.sourceStart, event.sourceEnd)).toBe(event.quote);
            expect(event.title.length).toBeLessThanOrEqual(70);
            for (const expression of event.timexes) {
              expect(expression.start).toBeGreaterThanOrEqual(event.sourceStart);
              expect(expression.end).toBeLessThanOrEqual(text.length);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('extractEvents on any input', () => {
  it('never throws and returns spans inside the text, the same every time', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const first = extractEvents(text, { referenceDate: '2024-01-16' });
        expect(extractEvents(text, { referenceDate: '2024-01-16' })).toEqual(first);
        for (const event of first.events) {
          expect(event.sourceStart).toBeGreaterThanOrEqual(0);
          expect(event.sourceEnd).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('returns a result, not an exception, for a bad reference date or binary text', () => {
    expect(() => extractEvents('It happened on Monday.', { referenceDate: 'yesterday' })).not.toThrow();
    expect(() =>
      extractEvents('\u0000\u0001\u0002 on 2020-01-01 \uFFFD', { referenceDate: '2024-01-16' }),
    ).not.toThrow();
  });
});

describe('long input', () => {
  it('handles a quarter-megabyte run-on sentence with thousands of dates in bounded time', () => {
    const text = 'The minister said that the talks, which began on Monday, would continue, and that '.repeat(
      3000,
    );
    const expressions: TimeExpression[] = [];
    for (let at = text.indexOf('Monday'); at >= 0; at = text.indexOf('Monday', at + 1)) {
      expressions.push({
        start: at,
        end: at + 6,
        text: 'Monday',
        type: 'DATE',
        value: '2024-01-15',
        interval: { start: '2024-01-15', end: '2024-01-15' },
        precision: 'day',
      });
    }
    const started = performance.now();
    const events = buildEvents(text, expressions, { referenceDate: '2024-01-16' });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(events.length).toBeGreaterThan(0);
  });
});
