import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { type TimexSpec, tag } from './timex-fixture';

const REF = '2031-06-11';

function events(text: string, specs: TimexSpec[]): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate: REF });
}

describe('"a year ago" is about a year before publication', () => {
  const yearAgo = (phrase: string, value: string): TimexSpec => ({
    phrase,
    value,
    start: `${value}-01-01`,
    end: `${value}-12-31`,
    precision: 'year',
  });

  it('dates the happening a year before, at month precision, approximate', () => {
    const [event] = events('A year ago, the brewery closed its bottling line in Leeds.', [
      yearAgo('A year ago', '2030'),
    ]);
    expect(event.start).toBe('2030-06-11');
    expect(event.end).toBeUndefined();
    expect(event.precision).toBe('month');
    expect(event.approximate).toBe(true);
    expect(event.timexes[0].value).toBe('2030');
  });

  it('"two years ago" goes back two years', () => {
    const [event] = events('The ferry sank two years ago off the northern cape.', [
      yearAgo('two years ago', '2029'),
    ]);
    expect(event.start).toBe('2029-06-11');
  });

  it('"ten years ago" keeps its year', () => {
    const [event] = events('The mine closed ten years ago.', [yearAgo('ten years ago', '2021')]);
    expect(event.start).toBe('2021-01-01');
    expect(event.precision).toBe('year');
  });
});

describe('"earlier this year" is behind publication', () => {
  it('a window from the year’s start to publication, not planned, even for announced plans', () => {
    const [event] = events('Earlier this year, the port announced plans to build a second ferry terminal.', [
      {
        phrase: 'Earlier this year',
        value: '2031',
        mod: 'START',
        start: '2031-01-01',
        end: REF,
        precision: 'year',
      },
    ]);
    expect([event.start, event.end, event.planned]).toEqual(['2031-01-01', REF, false]);
  });
});
