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
  it('a window from the year’s start to the day before publication, not planned, even for announced plans', () => {
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
    expect([event.start, event.end, event.planned]).toEqual(['2031-01-01', '2031-06-10', false]);
  });
});

describe('the end of a month', () => {
  const month = (phrase: string): TimexSpec => ({
    phrase,
    value: '2031-06',
    mod: 'END',
    start: '2031-06-01',
    end: '2031-06-30',
    precision: 'month',
  });

  it('"at the end of this month" is its last few days', () => {
    const [event] = events('The bakery will close its old shop at the end of this month.', [
      month('the end of this month'),
    ]);
    expect(event.start).toBe('2031-06-28');
  });

  it('"late June" is its last third', () => {
    const [event] = events('The bakery will close its old shop in late June.', [month('late June')]);
    expect(event.start).toBe('2031-06-21');
  });
});

describe('offsets counted from the news itself', () => {
  const duration = (phrase: string, value: string): TimexSpec => ({ phrase, value, type: 'DURATION' });

  it('"The opening comes two weeks after ..., and three months after ...": counted back from publication', () => {
    const text =
      'The opening comes two weeks after a rival cut its fares, and three months after the port announced a new terminal in March 2030.';
    const list = events(text, [
      duration('two weeks', 'P2W'),
      duration('three months', 'P3M'),
      { phrase: 'March 2030', value: '2030-03', start: '2030-03-01', end: '2030-03-31', precision: 'month' },
    ]);
    const starts = list.map((event) => event.start);
    expect(starts).toContain('2031-05-28');
    expect(starts).toContain('2031-03-11');
    expect(list.find((event) => event.start === '2031-05-28')?.approximate).toBe(true);
  });

  it('a past offset without a dated anchor is not counted from publication', () => {
    const text = 'The plant closed two weeks after a fire in the boiler room, in March 2030.';
    const list = events(text, [
      duration('two weeks', 'P2W'),
      { phrase: 'March 2030', value: '2030-03', start: '2030-03-01', end: '2030-03-31', precision: 'month' },
    ]);
    expect(list.map((event) => event.start)).not.toContain('2031-05-28');
  });
});

describe('deadlines set in the past', () => {
  it('"ordered him to report by January 8" keeps the coming January 8', () => {
    const text = 'The judge ordered the driver to report to prison by January 8 and to pay a fine.';
    const [event] = events(text, [
      { phrase: 'January 8', value: '2032-01-08', start: '2032-01-08', end: '2032-01-08', precision: 'day' },
    ]);
    expect(event.start).toBe('2032-01-08');
  });

  it('a past action "on January 8" still moves back to the past January 8', () => {
    const text = 'The driver reported to prison on January 8.';
    const [event] = events(text, [
      { phrase: 'January 8', value: '2032-01-08', start: '2032-01-08', end: '2032-01-08', precision: 'day' },
    ]);
    expect(event.start).toBe('2031-01-08');
  });
});

describe('more dates from publication', () => {
  it('a sentence with no date of its own still counts "comes three weeks after" from publication', () => {
    const text = 'The merger comes three weeks after a rival cut its prices.';
    const list = events(text, [{ phrase: 'three weeks', value: 'P3W', type: 'DURATION' }]);
    expect(list.map((event) => event.start)).toEqual(['2031-05-21']);
  });

  it('"by the end of the month" is the time left until then', () => {
    const [event] = events('The agency said it would hire 40 inspectors by the end of the month.', [
      {
        phrase: 'the end of the month',
        value: '2031-06',
        mod: 'END',
        start: '2031-06-01',
        end: '2031-06-30',
        precision: 'month',
      },
    ]);
    expect([event.start, event.end]).toEqual([REF, '2031-06-30']);
  });
});

describe('"since" reaches back', () => {
  it('"since his inauguration on May 7" in a future sentence is the past May 7', () => {
    const text =
      'The president is expected to travel to Oslo on June 20, his first trip since his inauguration on May 7.';
    const list = events(text, [
      { phrase: 'June 20', value: '2031-06-20', start: '2031-06-20', end: '2031-06-20', precision: 'day' },
      { phrase: 'May 7', value: '2031-05-07', start: '2031-05-07', end: '2031-05-07', precision: 'day' },
    ]);
    expect(list.map((event) => event.start)).not.toContain('2032-05-07');
  });
});

describe('"is two weeks after" is no offset from publication', () => {
  it('"The runoff is two weeks after the first round" does not count back from publication', () => {
    const text = 'The runoff is two weeks after the first round is held.';
    const list = events(text, [{ phrase: 'two weeks', value: 'P2W', type: 'DURATION' }]);
    expect(list).toEqual([]);
  });
});
