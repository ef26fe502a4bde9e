import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { lookupVerb } from '../../../../main/extract/events/lexicon';
import type { ExtractedEvent } from '../../../../preload/domain';
import { day, month, type TimexSpec, tag, year } from './timex-fixture';

const REF = '2024-05-08';

function events(text: string, specs: TimexSpec[], referenceDate = REF): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate });
}

describe('two clauses, two dates', () => {
  it('", and" with a long subject before its verb opens a clause of its own', () => {
    const text =
      'A hearing on the compensation scheme will take place on May 20 at the town hall, and a ban on fishing and boating along the upper river will stay in force until June 30.';
    const found = events(text, [day('May 20', '2024-05-20'), day('June 30', '2024-06-30')]);
    const hearing = found.find((event) => /hearing/i.test(event.title));
    expect(hearing?.start).toBe('2024-05-20');
    expect(hearing?.end).toBeUndefined();
    expect(found.some((event) => /ban/i.test(event.title))).toBe(true);
  });

  it('"and to grow" is a second infinitive with the date of its own', () => {
    const text =
      'Output is expected to have fallen in the first quarter and to recover by 0.3% in the last three months of 2024.';
    const found = events(text, [
      {
        phrase: 'the first quarter',
        value: '2024-Q1',
        start: '2024-01-01',
        end: '2024-03-31',
        precision: 'quarter',
      },
      { phrase: 'the last three months', value: 'P3M', type: 'DURATION' },
      year('2024', '2024'),
    ]);
    expect(found).toHaveLength(2);
    expect(found[0].start).toBe('2024-01-01');
    const recovery = found[1];
    expect(recovery.title).toMatch(/^Output to recover/);
    expect(recovery.start >= '2024-10-01' || recovery.start === REF).toBe(true);
    expect(recovery.precision).toBe('quarter');
    expect(recovery.planned).toBe(true);
  });

  it('"the first six months of 2023" is the year\'s first half', () => {
    const text = 'Sales rose 4% in the first six months of 2023.';
    const found = events(text, [
      { phrase: 'the first six months', value: 'P6M', type: 'DURATION' },
      year('2023', '2023'),
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe('2023-01-01');
    expect(found[0].end).toBe('2023-06-30');
  });

  it('an adjective before "for" does not make the date a noun\'s', () => {
    const text =
      "The striker is not available for Sunday's match against Leeds, and he will return on May 18.";
    const found = events(text, [day('Sunday', '2024-05-12'), day('May 18', '2024-05-18')]);
    expect(found.map((event) => event.start)).toEqual(['2024-05-12', '2024-05-18']);
  });
});

describe('regular past forms', () => {
  it('guesses the silent e of "-ined" after a consonant', () => {
    expect(lookupVerb('sidelined')?.forms.base).toBe('sideline');
    expect(lookupVerb('rained')?.forms.base).toBe('rain');
  });
});

describe('", and in <date>" opens a second clause', () => {
  it('two dates joined by a comma and "and" are two happenings, not one range', () => {
    const text = 'Rennick died in 1997, and in 2001 the festival was cancelled altogether.';
    const found = events(text, [year('1997', '1997'), year('2001', '2001')]);
    expect(found.map((event) => [event.start, event.end ?? null])).toEqual([
      ['1997-01-01', null],
      ['2001-01-01', null],
    ]);
  });

  it('"in December and January" without a comma is still one vague happening', () => {
    const text = 'The repairs will be done in December and January.';
    const found = events(text, [month('December', '2024-12', 31), month('January', '2025-01', 31)]);
    expect(found).toHaveLength(1);
  });
});
