import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { joinDayFirst } from '../../../../main/extract/events/day-lists';
import { day, month, tag } from './timex-fixture';

const REF = '2023-06-10';

describe('a quoted day as the topic', () => {
  it('is rhetoric when the day is the subject of "was"', () => {
    const text = '"Yesterday was the proudest moment of my career," the coach said.';
    const events = buildEvents(text, tag(text, [day('Yesterday', '2023-06-09')]), { referenceDate: REF });
    expect(events).toEqual([]);
  });

  it('still dates what was done on the quoted day', () => {
    const text = '"Yesterday we signed the lease for the new depot," the owner said.';
    const events = buildEvents(text, tag(text, [day('Yesterday', '2023-06-09')]), { referenceDate: REF });
    expect(events.map((e) => e.start)).toEqual(['2023-06-09']);
  });
});

describe('a day written before its month', () => {
  it('narrows "on 7 March last year" to the day', () => {
    const text = 'The ferry ran aground on 7 March last year.';
    const [joined] = joinDayFirst(text, tag(text, [month('March last year', '2022-03', 31)]));
    expect(joined.text).toBe('7 March last year');
    expect(joined.interval).toEqual({ start: '2022-03-07', end: '2022-03-07' });
  });

  it('leaves a count before a month alone', () => {
    const text = 'Sales reached 7 March highs.';
    const [kept] = joinDayFirst(text, tag(text, [month('March', '2023-03', 31)]));
    expect(kept.text).toBe('March');
  });
});
