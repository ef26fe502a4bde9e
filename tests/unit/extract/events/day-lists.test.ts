import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { joinDayLists } from '../../../../main/extract/events/day-lists';
import { buildHappenings } from '../../../../main/extract/events/ranges';
import { day, tag } from './timex-fixture';

const REF = '2023-03-01';

describe('lists and spans of days', () => {
  it('joins "May 4, 5 and 6" into one span', () => {
    const text = 'The regatta is held on May 4, 5 and 6.';
    const [joined] = joinDayLists(text, tag(text, [day('May 4', '2023-05-04')]));
    expect(joined.text).toBe('May 4, 5 and 6');
    expect(joined.interval).toEqual({ start: '2023-05-04', end: '2023-05-06' });
  });

  it('takes the year written after the last day and absorbs the tagged bare day', () => {
    const text = 'Next edition: June 9 to 11, 2024 — tickets on sale now.';
    const joined = joinDayLists(text, tag(text, [day('June 9', '2023-06-09'), day('11', '2023-06-11')]));
    expect(joined).toHaveLength(1);
    expect(joined[0].interval).toEqual({ start: '2024-06-09', end: '2024-06-11' });
  });

  it('leaves a count after a date alone', () => {
    const text = 'On May 4, 5 and 6 people were hurt.';
    const joined = joinDayLists(text, tag(text, [day('May 4', '2023-05-04')]));
    expect(joined[0].text).toBe('May 4');
  });

  it('gives one event for a listed span', () => {
    const text = 'The regatta was held on May 4, 5 and 6 last year.';
    const events = buildEvents(text, tag(text, [day('May 4', '2022-05-04')]), { referenceDate: REF });
    expect(events.map((e) => [e.start, e.end])).toEqual([['2022-05-04', '2022-05-06']]);
  });

  it('joins "Thursday to Saturday" into one span', () => {
    const text = 'The fair ran Thursday to Saturday.';
    const [joined] = buildHappenings(
      text,
      { start: 0, end: text.length },
      tag(text, [day('Thursday', '2023-02-23'), day('Saturday', '2023-02-25')]),
      REF,
    );
    expect([joined.start, joined.end]).toEqual(['2023-02-23', '2023-02-25']);
  });

  it('joins "began on X and was completed on Y" and "since X and will remain until at least Y"', () => {
    const began = 'Repairs began on Feb. 2 and were completed on Feb. 20.';
    const [repairs] = buildHappenings(
      began,
      { start: 0, end: began.length },
      tag(began, [day('Feb. 2', '2023-02-02'), day('Feb. 20', '2023-02-20')]),
      REF,
    );
    expect([repairs.start, repairs.end]).toEqual(['2023-02-02', '2023-02-20']);
    const since = 'The curfew has been in force since Jan. 8 and will remain until at least March 30.';
    const [curfew] = buildHappenings(
      since,
      { start: 0, end: since.length },
      tag(since, [day('Jan. 8', '2023-01-08'), day('March 30', '2023-03-30')]),
      REF,
    );
    expect([curfew.start, curfew.end]).toEqual(['2023-01-08', '2023-03-30']);
  });
});
