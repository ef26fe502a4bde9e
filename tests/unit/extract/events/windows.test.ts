import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { type TimexSpec, tag } from './timex-fixture';

const REF = '2025-03-12';
/** "later" is after the day of writing, "earlier" before it. */
const DAY_AFTER = '2025-03-13';
const DAY_BEFORE = '2025-03-11';

function events(text: string, specs: TimexSpec[]): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate: REF });
}

const window = (event: ExtractedEvent) => ({
  start: event.start,
  end: event.end,
  approximate: event.approximate,
  planned: event.planned,
});

describe('vague stretches measured from publication', () => {
  it('"later this year" runs from the day after publication to the year’s end, planned and approximate', () => {
    const [event] = events('The ferry company will add a night route later this year.', [
      {
        phrase: 'later this year',
        value: '2025',
        mod: 'END',
        start: REF,
        end: '2025-12-31',
        precision: 'year',
      },
    ]);
    expect(window(event)).toEqual({ start: DAY_AFTER, end: '2025-12-31', approximate: true, planned: true });
    expect(event.precision).toBe('year');
  });

  it('"later this month" is the rest of the month after today', () => {
    const [event] = events('Inspectors are due to visit the dam later this month.', [
      {
        phrase: 'later this month',
        value: '2025-03',
        mod: 'END',
        start: REF,
        end: '2025-03-31',
        precision: 'month',
      },
    ]);
    expect(window(event)).toEqual({ start: DAY_AFTER, end: '2025-03-31', approximate: true, planned: true });
  });

  it('"earlier this month" runs from the month’s start to publication and is past', () => {
    const [event] = events('The library closed its east wing earlier this month.', [
      {
        phrase: 'earlier this month',
        value: '2025-03',
        mod: 'START',
        start: '2025-03-01',
        end: REF,
        precision: 'month',
      },
    ]);
    expect(window(event)).toEqual({
      start: '2025-03-01',
      end: DAY_BEFORE,
      approximate: true,
      planned: false,
    });
    expect(event.title).toBe('Library closes its east wing');
  });

  it('"in the coming months" is a planned window of the next few months', () => {
    const [event] = events('The bakery chain will open 40 new shops in the coming months.', [
      { phrase: 'coming months', value: 'PXM', type: 'DURATION' },
    ]);
    expect(window(event)).toEqual({ start: REF, end: '2025-06-12', approximate: true, planned: true });
    expect(event.title).toBe('Bakery chain to open 40 new shops');
    const [weeks] = events('The regulator will rule over the coming weeks.', [
      { phrase: 'the coming weeks', value: 'PXW', type: 'DURATION' },
    ]);
    expect(window(weeks)).toEqual({ start: REF, end: '2025-04-02', approximate: true, planned: true });
  });

  it('a fronted "In the coming weeks" leaves no preposition in the title', () => {
    const [event] = events('In the coming weeks the ferry line will add a night route.', [
      { phrase: 'coming weeks', value: 'PXW', type: 'DURATION' },
    ]);
    expect(event.title).toBe('Ferry line to add night route');
    expect(event.planned).toBe(true);
  });

  it('a counted duration is still no event', () => {
    const text = 'The bakery chain has grown for three months.';
    expect(events(text, [{ phrase: 'three months', value: 'P3M', type: 'DURATION' }])).toEqual([]);
    const coming = 'Coming months are hard, the baker said.';
    expect(events(coming, [{ phrase: 'Coming months', value: 'PXM', type: 'DURATION' }])).toEqual([]);
  });

  it('"two days later" stays an exact day, not a vague one', () => {
    const text = 'The pilot was found on Monday. He was flown home two days later.';
    const result = events(text, [
      { phrase: 'Monday', value: '2025-03-10', start: '2025-03-10', end: '2025-03-10', precision: 'day' },
      {
        phrase: 'two days later',
        value: '2025-03-12',
        start: '2025-03-12',
        end: '2025-03-12',
        precision: 'day',
      },
    ]);
    expect(result.at(-1)?.approximate).toBe(false);
  });
});
