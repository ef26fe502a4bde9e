import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { day, month, type TimexSpec, tag, year } from './timex-fixture';

const REF = '2024-06-12';

function events(text: string, specs: TimexSpec[], referenceDate = REF): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate });
}

describe('a past verb before a plural object keeps the date in the past', () => {
  it('"lifted camping bans ... late Monday" is the Monday gone, not the next one', () => {
    const text = 'Rangers lifted camping bans for hikers in the northern park late Monday.';
    const found = events(text, [{ ...day('late Monday', '2024-06-10'), mod: 'END' }]);
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe('2024-06-10');
    expect(found[0].planned).toBe(false);
  });

  it('a report dated by its saying stays when a later main clause has its own date', () => {
    const text =
      'Engineers said Wednesday they had repaired most of the pipeline, and the utility lifted boil orders for 8,000 homes late Tuesday.';
    const found = events(text, [
      day('Wednesday', '2024-06-12'),
      { ...day('late Tuesday', '2024-06-11'), mod: 'END' },
    ]);
    expect(found.map((event) => event.start).sort()).toEqual(['2024-06-11', '2024-06-12']);
  });
});

describe('a bare participle tells what was done', () => {
  it('"samples taken on Tuesday" is the Tuesday gone', () => {
    const text = 'Inspectors found traces of lead in water samples taken on Tuesday.';
    const [event] = events(text, [day('Tuesday', '2024-06-18')]);
    expect(event.start).toBe('2024-06-11');
    expect(event.planned).toBe(false);
  });

  it('"the storm that hit last week damages crops": after a relative clause the "-s" word is a verb', () => {
    const text = 'Farmers fear the storm that hit last week damages crops for months.';
    const found = events(text, [
      { phrase: 'last week', value: '2024-W23', start: '2024-06-03', end: '2024-06-09', precision: 'week' },
    ]);
    expect(found).toHaveLength(1);
  });
});

describe('the yardstick of a comparison is no event', () => {
  it('"a month earlier than it did in the 1970s" names neither a happening nor a date', () => {
    const text =
      'Scientists say the ice on the lake now breaks up about a month earlier than it did in the 1970s.';
    const found = events(text, [
      {
        phrase: 'about a month earlier',
        value: '2024-05',
        start: '2024-05-01',
        end: '2024-05-31',
        precision: 'month',
      },
      { phrase: 'the 1970s', value: '197', start: '1970-01-01', end: '1979-12-31', precision: 'decade' },
    ]);
    expect(found).toEqual([]);
  });

  it('"two weeks later than in the south" is a gap, not a shift from publication', () => {
    const text = 'The harvest in the valley began on 3 June, two weeks later than in the south.';
    const found = events(text, [
      day('3 June', '2024-06-03'),
      {
        phrase: 'two weeks later',
        value: '2024-W26',
        start: '2024-06-24',
        end: '2024-06-30',
        precision: 'week',
      },
    ]);
    expect(found.map((event) => event.start)).toEqual(['2024-06-03']);
  });

  it('"fewer than last year" compares with last year', () => {
    const text = 'The shelter took in 300 stray dogs, fewer than last year.';
    expect(events(text, [year('last year', '2023')])).toEqual([]);
  });

  it('"no later than June 30" is a deadline, not a yardstick', () => {
    const text = 'The contractor must finish the bridge no later than June 30.';
    expect(events(text, [day('June 30', '2024-06-30')])).toHaveLength(1);
  });

  it('"a month ago" is about a month back to the day, not the whole calendar month', () => {
    const text = 'A month ago the same poll gave Kline a 15-point lead.';
    const [event] = events(text, [month('A month ago', '2024-05', 31)]);
    expect([event.start, event.precision]).toEqual(['2024-05-12', 'week']);
  });

  it('"more than a year ago" is still a measured date', () => {
    const text = 'The factory closed more than a year ago.';
    const found = events(text, [year('a year ago', '2023')]);
    expect(found).toHaveLength(1);
  });
});

describe('habits are not dated happenings', () => {
  it('a date after "annual" is a habit\'s time', () => {
    const text =
      'The town has been famous for decades for its annual Easter parade, held every spring since 1950.';
    const found = events(text, [day('Easter', '2024-03-31'), year('1950', '1950')]);
    expect(found.every((event) => event.start !== '2024-03-31')).toBe(true);
  });

  it('"this year" in the present beside "every summer" is a status, not a happening', () => {
    const text =
      'Every summer, students from across the country volunteer at the camp, and this year more than 300 are registered.';
    const found = events(text, [year('this year', '2024')]);
    expect(found).toEqual([]);
  });

  it('"this year" in the past stays a happening even beside a habit', () => {
    const text = 'Every summer the club hosts a regatta, and this year it moved the race to the river.';
    const found = events(text, [year('this year', '2024')]);
    expect(found).toHaveLength(1);
  });
});

describe('yardsticks told by a change or a person', () => {
  it('", up 4% since the last survey in 2015" measures from 2015, it tells nothing of 2015', () => {
    const text = 'At the count there were 12,400 seals on the coast, up 4% since the last survey in 2015.';
    expect(events(text, [year('2015', '2015')])).toEqual([]);
  });

  it('"has risen by a third since 2015" is still a range', () => {
    const text = 'The number of seals on the coast has risen by a third since 2015.';
    expect(events(text, [year('2015', '2015')])).toHaveLength(1);
  });

  it('"for farmers 2,000 years ago" places persons, not a happening', () => {
    const text = 'For farmers 2,000 years ago the valley was a rich pasture.';
    const found = events(text, [
      {
        phrase: '2,000 years ago',
        value: 'BC0001',
        start: '0000-01-01',
        end: '0000-12-31',
        precision: 'year',
      },
    ]);
    expect(found).toEqual([]);
  });
});

describe('a participle with its agent in a verbless clause titles its own date', () => {
  it('"to beat the time of 3:58 set by Lund in 2019" is Lund\'s time, not the runner\'s race', () => {
    const text =
      "Ana Silva won the mile on Saturday, crossing the line in 3:55 to beat the time of 3:58 set by Sweden's Eva Lund in 2019.";
    const found = events(text, [day('Saturday', '2024-06-08'), year('2019', '2019')]);
    const record = found.find((event) => event.start === '2019-01-01');
    expect(record?.title).toMatch(/^Time of 3:58 set by/);
  });
});

describe('a year as the baseline of a measure is no happening', () => {
  it('"below 1990 levels", "their 2006 peak", "pre-2008 levels" date nothing; a year of its own does', () => {
    const text =
      'The plan cuts emissions 65 percent below 1990 levels. Prices have not regained their 2006 peak and stay above pre-2008 levels. The firm was founded in 1990.';
    const found = events(text, [
      year('1990', '1990'),
      year('2006', '2006'),
      year('2008', '2008'),
      year('1990', '1990', 1),
    ]);
    expect(found.map((event) => event.start)).toEqual(['1990-01-01']);
    expect(found[0].title).toMatch(/founded/i);
  });
});
