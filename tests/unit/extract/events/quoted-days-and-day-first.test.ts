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

describe('a quoted view is no happening', () => {
  const build = (text: string, specs: Parameters<typeof tag>[1]) =>
    buildEvents(text, tag(text, specs), { referenceDate: REF });

  it('"Saturday is going to be emotional": a quoted weekday as the topic', () => {
    expect(build('"Saturday is going to be emotional," she said.', [day('Saturday', '2023-06-10')])).toEqual(
      [],
    );
  });

  it('a quoted state or supposition in the present dates nothing', () => {
    expect(
      build('"We are up against a very strong period last year," she said.', [
        month('last year', '2022-06', 30),
      ]),
    ).toEqual([]);
    expect(
      build('"I wouldn\'t be surprised to see another cut before Christmas," he said.', [
        day('Christmas', '2023-12-25'),
      ]),
    ).toEqual([]);
  });

  it('a quoted verdict is not dated by its saying; a quoted deed keeps its date', () => {
    expect(
      build('"This is a meaningful step, not a cure," Dr. Okafor said on Tuesday.', [
        day('Tuesday', '2023-06-06'),
      ]),
    ).toEqual([]);
    const deed = build('"We signed the lease in May," the owner said.', [month('May', '2023-05', 31)]);
    expect(deed.map((e) => e.start)).toEqual(['2023-05-01']);
  });
});

describe('a relative clause about the speaker', () => {
  it("'..., said Corless, who was appointed in April 2016' dates the appointment", () => {
    const text = '"It belongs here," said festival director Niamh Corless, who was appointed in April 2016.';
    const events = buildEvents(text, tag(text, [month('April 2016', '2016-04', 30)]), { referenceDate: REF });
    expect(events.map((e) => e.start)).toEqual(['2016-04-01']);
    expect(events[0].title).toMatch(/appointed/);
  });

  it('"..., Putin said at the time" still dates nothing', () => {
    const text = '"We are pleased," Putin said in May.';
    expect(buildEvents(text, tag(text, [month('May', '2023-05', 31)]), { referenceDate: REF })).toEqual([]);
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
