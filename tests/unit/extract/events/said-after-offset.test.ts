import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { day, tag } from './timex-fixture';

describe('a saying dated by an offset', () => {
  it('titles the happening by what was said, not by the speech verb', () => {
    const text = 'The bakery closed on Friday, two weeks after the owner said she would retire.';
    const events = buildEvents(
      text,
      tag(text, [day('Friday', '2022-09-16'), { phrase: 'two weeks', value: 'P2W', type: 'DURATION' }]),
      { referenceDate: '2022-09-18' },
    );
    const said = events.find((event) => event.start !== '2022-09-16');
    expect(said?.title).toMatch(/retire/);
    expect(said?.title).not.toMatch(/says$/);
  });
});

describe('an offset to a happening that has its own date', () => {
  it('"three months after a heat wave in July and August led to ..." gives the heat wave once, titled without the offset', () => {
    const text =
      'The plan comes three months after a heat wave in July and August led to record river temperatures.';
    const events = buildEvents(
      text,
      tag(text, [
        { phrase: 'three months', value: 'P3M', type: 'DURATION' },
        { phrase: 'July', value: '2022-07', start: '2022-07-01', end: '2022-07-31', precision: 'month' },
        { phrase: 'August', value: '2022-08', start: '2022-08-01', end: '2022-08-31', precision: 'month' },
      ]),
      { referenceDate: '2022-11-13' },
    );
    expect(events.map((event) => [event.start, event.end, event.title])).toEqual([
      ['2022-07-01', '2022-08-31', 'Heat wave leads to record river temperatures'],
    ]);
  });
});
