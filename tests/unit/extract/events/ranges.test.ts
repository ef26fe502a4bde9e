import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { buildHappenings, moreSpecific, nests } from '../../../../main/extract/events/ranges';
import { day, tag, year } from './timex-fixture';

const REF = '2024-05-20';

function happenings(text: string, specs: Parameters<typeof tag>[1]) {
  return buildHappenings(text, { start: 0, end: text.length }, tag(text, specs), REF);
}

describe('buildHappenings', () => {
  it('joins "from X through Y" and "X until Y"', () => {
    const [joined] = happenings('Roadworks run from June 3 through June 9.', [
      day('June 3', '2024-06-03'),
      day('June 9', '2024-06-09'),
    ]);
    expect([joined.start, joined.end]).toEqual(['2024-06-03', '2024-06-09']);
  });

  it('joins amounts written between the dates: "from $2bn in 2019 to $5bn in 2023"', () => {
    const [joined] = happenings('Exports grew from $2bn in 2019 to $5bn in 2023.', [
      year('2019', '2019'),
      year('2023', '2023'),
    ]);
    expect([joined.start, joined.end]).toEqual(['2019-01-01', '2023-12-31']);
  });

  it('joins amounts with decimal points: "from 17.5 per cent in 1990 to below 5 per cent by 1993"', () => {
    const [joined] = happenings(
      'The cash rate was cut from 17.5 per cent in 1990 to below 5 per cent by 1993.',
      [year('1990', '1990'), year('1993', '1993')],
    );
    expect([joined.start, joined.end]).toEqual(['1990-01-01', '1993-12-31']);
  });

  it('does not join two dates of two happenings', () => {
    const result = happenings('He was born in 1950 and died in 2010.', [
      year('1950', '1950'),
      year('2010', '2010'),
    ]);
    expect(result.map((h) => h.end)).toEqual([undefined, undefined]);
  });

  it('does not make a range that ends before it starts', () => {
    const result = happenings('Results from 2020 to 2018 were mixed.', [
      year('2020', '2020'),
      year('2018', '2018'),
    ]);
    expect(result).toHaveLength(2);
  });

  it('"since" a date after publication is no open range', () => {
    const [result] = happenings('Since 2030, nothing.', [year('2030', '2030')]);
    expect(result.end).toBeUndefined();
  });

  it('an expression whose interval is wider than its precision is a range itself', () => {
    const [result] = happenings('The 2019-2021 season', [
      { phrase: '2019-2021', value: '2019', start: '2019-01-01', end: '2021-12-31', precision: 'year' },
    ]);
    expect(result.end).toBe('2021-12-31');
  });

  it('infers a precision from the value when the tagger gives none', () => {
    const [result] = happenings('In March 2021 it rained.', [
      { phrase: 'March 2021', value: '2021-03', start: '2021-03-01', end: '2021-03-31' },
    ]);
    expect(result.precision).toBe('month');
  });
});

describe('nests and moreSpecific', () => {
  it('prefers the finer of two nested dates', () => {
    const text = 'In 2023, on May 4, the law passed.';
    const [outer, inner] = happenings(text, [year('2023', '2023'), day('May 4', '2023-05-04')]);
    expect(nests(outer, inner)).toBe(true);
    expect(moreSpecific(outer, inner).start).toBe('2023-05-04');
  });
});

describe('a start and how long it lasted', () => {
  it('"opened on 5 September and lasted seven weeks" runs seven weeks', () => {
    const text = 'His trial opened on 5 September and lasted seven weeks.';
    const timexes = tag(text, [
      day('5 September', '2011-09-05'),
      { phrase: 'seven weeks', value: 'P7W', type: 'DURATION' },
    ]);
    const [event] = buildEvents(text, timexes, { referenceDate: '2011-11-17' });
    expect([event.start, event.end]).toEqual(['2011-09-05', '2011-10-23']);
  });

  it('a length told of something else stays apart', () => {
    const text = 'His trial opened on 5 September; the previous one lasted seven weeks.';
    const timexes = tag(text, [
      day('5 September', '2011-09-05'),
      { phrase: 'seven weeks', value: 'P7W', type: 'DURATION' },
    ]);
    const [event] = buildEvents(text, timexes, { referenceDate: '2011-11-17' });
    expect(event.end).toBeUndefined();
  });
});

describe('a duration after "by" is the size of a change', () => {
  it('"delayed its decision by three months after X" dates no offset happening', () => {
    const text =
      'The agency was due to rule on Nov. 28 but delayed its decision by three months after the firm sent new data.';
    const timexes = tag(text, [
      day('Nov. 28', '2025-11-28'),
      { phrase: 'three months', value: 'P3M', type: 'DURATION' },
    ]);
    const events = buildEvents(text, timexes, { referenceDate: '2026-02-11' });
    expect(events.map((event) => event.start)).toEqual(['2025-11-28']);
  });
});

describe('"; it remains in force until X" carries the happening just told on', () => {
  it('makes the declaration a range to the closing date', () => {
    const text = 'The government declared a state of emergency on Nov. 4; it remains in force until Dec. 4.';
    const timexes = tag(text, [day('Nov. 4', '2009-11-04'), day('Dec. 4', '2009-12-04')]);
    const events = buildEvents(text, timexes, { referenceDate: '2009-11-18' });
    expect(events.map((event) => [event.start, event.end])).toEqual([['2009-11-04', '2009-12-04']]);
  });

  it('a new subject keeps its own state', () => {
    const text =
      'The government declared a state of emergency on Nov. 4; the curfew remains in force until Dec. 4.';
    const timexes = tag(text, [day('Nov. 4', '2009-11-04'), day('Dec. 4', '2009-12-04')]);
    const events = buildEvents(text, timexes, { referenceDate: '2009-11-18' });
    expect(events).toHaveLength(2);
  });
});

describe('an arrangement and its term', () => {
  it('"last year the council signed a lease guaranteeing its use until 2027" runs to 2027', () => {
    const text =
      "Last year the town council signed a lease guaranteeing the festival's use of the park until 2027.";
    const timexes = tag(text, [year('Last year', '2013'), year('2027', '2027')]);
    const events = buildEvents(text, timexes, { referenceDate: '2014-05-22' });
    expect(events.map((event) => [event.start, event.end])).toEqual([['2013-01-01', '2027-12-31']]);
  });
});

describe('"but" starts another happening', () => {
  it('"reopened on December 9, but its gallery will not reopen until the spring" is two events', () => {
    const text =
      'The museum reopened to visitors on December 9, but its Roman gallery remains closed and will not reopen until the spring.';
    const timexes = tag(text, [
      day('December 9', '2023-12-09'),
      { phrase: 'the spring', value: '2024-SP', start: '2024-03-01', end: '2024-05-31', precision: 'season' },
    ]);
    const events = buildEvents(text, timexes, { referenceDate: '2024-01-30' });
    expect(events.map((event) => [event.start, event.end])).toEqual([
      ['2023-12-09', undefined],
      ['2024-03-01', undefined],
    ]);
  });
});

describe('a state told with its start and its end', () => {
  it('"a warning, issued Sunday for three counties, would remain in effect until Friday" is one range', () => {
    const text =
      'Forecasters said a heat warning, issued Sunday for three counties, would remain in effect until Friday.';
    const timexes = tag(text, [day('Sunday', '2005-07-31'), day('Friday', '2005-08-05')]);
    const events = buildEvents(text, timexes, { referenceDate: '2005-08-03' });
    expect(events.map((event) => [event.start, event.end])).toEqual([['2005-07-31', '2005-08-05']]);
  });

  it('"the hottest reading recorded there since July 1980" frames a record, it is no event', () => {
    const text =
      'The thermometer reached 104 degrees on Tuesday, the hottest reading recorded there since July 1980.';
    const timexes = tag(text, [
      day('Tuesday', '2005-08-02'),
      { phrase: 'July 1980', value: '1980-07', start: '1980-07-01', end: '1980-07-31', precision: 'month' },
    ]);
    const events = buildEvents(text, timexes, { referenceDate: '2005-08-03' });
    expect(events.map((event) => event.start)).toEqual(['2005-08-02']);
  });
});

describe('a length told before the start', () => {
  it('"a 72-hour stoppage beginning on Friday 18 July" runs three days', () => {
    const text = 'The union has announced a 72-hour stoppage beginning on Friday 18 July.';
    const timexes = tag(text, [
      { phrase: '72-hour', value: 'PT72H', type: 'DURATION' },
      day('Friday 18 July', '2014-07-18'),
    ]);
    const [event] = buildEvents(text, timexes, { referenceDate: '2014-06-24' });
    expect([event.start, event.end]).toEqual(['2014-07-18', '2014-07-20']);
  });

  it('"Friday 4 July" keeps the year its weekday picked, whatever the tense', () => {
    const text = 'The union has announced a walkout on Friday 4 July.';
    const [event] = buildEvents(text, tag(text, [day('Friday 4 July', '2014-07-04')]), {
      referenceDate: '2014-06-24',
    });
    expect(event.start).toBe('2014-07-04');
  });
});

describe('two years joined by "to"', () => {
  it('"covering 2017 to 2019" is one span', () => {
    const [joined] = happenings('The plan covers 2017 to 2019.', [
      year('2017', '2017'),
      year('2019', '2019'),
    ]);
    expect([joined.start, joined.end]).toEqual(['2017-01-01', '2019-12-31']);
  });

  it('"more snow fell than in any month since 1971" is a yardstick, no event', () => {
    const text = 'In February more snow fell than in any month since 1971.';
    const timexes = tag(text, [
      { phrase: 'February', value: '2016-02', start: '2016-02-01', end: '2016-02-29', precision: 'month' },
      year('1971', '1971'),
    ]);
    const events = buildEvents(text, timexes, { referenceDate: '2016-03-05' });
    expect(events.map((event) => event.start)).toEqual(['2016-02-01']);
  });
});
