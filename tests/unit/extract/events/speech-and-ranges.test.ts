import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { type TimexSpec, tag } from './timex-fixture';

const REF = '2031-06-11';

function events(text: string, specs: TimexSpec[]): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate: REF });
}

const day = (phrase: string, date: string, nth?: number): TimexSpec => ({
  phrase,
  value: date,
  start: date,
  end: date,
  precision: 'day',
  ...(nth === undefined ? {} : { nth }),
});

const dates = (list: ExtractedEvent[]) => list.map((event) => [event.start, event.end]);

describe('speech: what a saying dates', () => {
  it('a quotation’s present-tense "today" is rhetoric, not a happening', () => {
    const text = '"Today is about the nurses who kept the ward open," the director said on Tuesday.';
    const list = events(text, [day('Today', REF), day('Tuesday', '2031-06-10')]);
    expect(list.map((event) => event.start)).not.toContain(REF);
  });

  it('a quotation’s "today" with a past verb still dates what was done', () => {
    const text = 'The mayor spoke briefly. "Today we signed the lease for the new depot," she said.';
    const list = events(text, [day('Today', REF)]);
    expect(list.map((event) => event.start)).toEqual([REF]);
  });

  it('a quotation’s "today" with a present progressive of a definite subject is something done now', () => {
    const text = '"We are closing the Leeds depot today," the chief executive said.';
    expect(events(text, [day('today', REF)]).map((event) => event.start)).toEqual([REF]);
  });

  it('"Some 40 drivers said ..." is a counted group, not a vague one', () => {
    const text = 'Some 40 drivers said on Monday that they had been laid off.';
    expect(events(text, [day('Monday', '2031-06-09')]).map((event) => event.start)).toEqual(['2031-06-09']);
  });

  it('"it too had cut jobs" is no judgement', () => {
    const text = 'The rival airline said on Monday that it too had cut jobs.';
    expect(events(text, [day('Monday', '2031-06-09')]).map((event) => event.start)).toEqual(['2031-06-09']);
  });

  it('a judgement reported on a day is no event ("said on Monday that the plan was a costly mistake")', () => {
    const text = 'Union leaders said on Monday that the merger was a costly mistake.';
    expect(events(text, [day('Monday', '2031-06-09')])).toEqual([]);
  });

  it('a stance reported on a day stays an event ("is ready to talk, the minister said on Monday")', () => {
    const text = 'The government is ready to talk, the minister said on Monday.';
    expect(events(text, [day('Monday', '2031-06-09')]).map((event) => event.start)).toEqual(['2031-06-09']);
  });

  it('", said the tram would open in 2033" is a report with its own date, not just who said it', () => {
    const text = 'The mayor, who took office in 2026, said the tram would open in 2033.';
    const list = events(text, [
      { phrase: '2026', value: '2026', start: '2026-01-01', end: '2026-12-31', precision: 'year' },
      { phrase: '2033', value: '2033', start: '2033-01-01', end: '2033-12-31', precision: 'year' },
    ]);
    expect(list.map((event) => [event.start, event.planned])).toContainEqual(['2033-01-01', true]);
  });

  it('a quotation’s "Today we have no choice" is rhetoric; "Today we have signed" is not', () => {
    const rhetoric = '"Today we have no choice," the governor said.';
    expect(events(rhetoric, [day('Today', REF)])).toEqual([]);
    const done = '"Today we have signed the lease," the governor said.';
    expect(events(done, [day('Today', REF)]).map((event) => event.start)).toEqual([REF]);
  });

  it('a quotation’s "This week has been the hardest" is rhetoric; "has been sold this week" is not', () => {
    const week: TimexSpec = {
      phrase: 'This week',
      value: '2031-W24',
      start: '2031-06-09',
      end: '2031-06-15',
      precision: 'week',
    };
    expect(events('"This week has been the hardest of my career," the coach said.', [week])).toEqual([]);
    const sold = '"This week the mill has been sold to a rival," the owner said.';
    expect(events(sold, [week])).toHaveLength(1);
  });

  it('"its third-quarter profit rose" is dated by the quarter, the saying adds nothing', () => {
    const text = 'The brewer said on Thursday that its third-quarter profit rose 9 percent.';
    const list = events(text, [
      day('Thursday', '2031-06-05'),
      {
        phrase: 'third-quarter',
        value: '2031-Q1',
        start: '2031-01-01',
        end: '2031-03-31',
        precision: 'quarter',
      },
    ]);
    expect(list.map((event) => event.start)).toEqual(['2031-01-01']);
  });

  it('when the reported dates only qualify nouns, the day of saying dates the report', () => {
    const text =
      'The brewer said on Thursday that it had raised its outlook for 2031 and its goals for 2032.';
    const year = (phrase: string): TimexSpec => ({
      phrase,
      value: phrase,
      start: `${phrase}-01-01`,
      end: `${phrase}-12-31`,
      precision: 'year',
    });
    const list = events(text, [day('Thursday', '2031-06-05'), year('2031'), year('2032')]);
    expect(list.map((event) => event.start)).toEqual(['2031-06-05']);
  });

  it('a vague group’s view is not dated by its saying', () => {
    const text = 'Several shop owners said on Monday that the repairs had started too late.';
    expect(events(text, [day('Monday', '2031-06-09')])).toEqual([]);
  });

  it('a reported guess ("might") is no event', () => {
    const text = 'The coach has two years left on his deal, but on Monday he hinted that he might leave.';
    expect(events(text, [day('Monday', '2031-06-09')])).toEqual([]);
  });

  it('a named speaker’s announcement is still dated by its saying', () => {
    const text = 'The airline said on Monday that it had ordered twelve new aircraft.';
    expect(dates(events(text, [day('Monday', '2031-06-09')]))).toEqual([['2031-06-09', undefined]]);
  });

  it('a reported plan with its own date gives the plan only, not a copy on the day of saying', () => {
    const text =
      'The water board said late Monday that it would deliver 40 mobile pumps and spare filters by the end of the month.';
    const list = events(text, [
      day('late Monday', '2031-06-09'),
      {
        phrase: 'the end of the month',
        value: '2031-06',
        mod: 'END',
        start: '2031-06-01',
        end: '2031-06-30',
        precision: 'month',
      },
    ]);
    expect(list).toHaveLength(1);
    expect(list[0].planned).toBe(true);
  });
});

describe('times that name no moment', () => {
  const season = (phrase: string, value: string, start: string, end: string, nth?: number): TimexSpec => ({
    phrase,
    value,
    start,
    end,
    precision: 'season',
    ...(nth === undefined ? {} : { nth }),
  });

  it('bare seasons in a present clause are a habit', () => {
    const text =
      'Hill farmers graze their herds high in summer, while valley towns need the pasture in winter.';
    const list = events(text, [
      season('summer', '2031-SU', '2031-06-01', '2031-08-31'),
      season('winter', '2030-WI', '2030-12-01', '2031-02-28'),
    ]);
    expect(list).toEqual([]);
  });

  it('a bare season in a planned or past clause is dated', () => {
    const planned = events('The ferry line will reopen in autumn.', [
      season('autumn', '2031-FA', '2031-09-01', '2031-11-30'),
    ]);
    expect(planned.map((event) => event.start)).toEqual(['2031-09-01']);
    const past = events('The river flooded the old mill in spring.', [
      season('spring', '2031-SP', '2031-03-01', '2031-05-31'),
    ]);
    expect(past.map((event) => event.start)).toEqual(['2031-03-01']);
  });

  it('the period a report is about does not date the report', () => {
    const text = 'The brewer publishes its second-quarter results on July 24.';
    const list = events(text, [
      {
        phrase: 'second-quarter',
        value: '2031-Q2',
        start: '2031-04-01',
        end: '2031-06-30',
        precision: 'quarter',
      },
      day('July 24', '2031-07-24'),
    ]);
    expect(list.map((event) => event.start)).toEqual(['2031-07-24']);
  });
});

describe('"until" ranges', () => {
  const month = (phrase: string, value: string, mod?: string): TimexSpec => {
    const [year, mm] = value.split('-').map(Number);
    const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
    return {
      phrase,
      value,
      start: `${value}-01`,
      end: `${value}-${String(last).padStart(2, '0')}`,
      precision: 'month',
      ...(mod ? { mod } : {}),
    };
  };

  it('"from late September until the last week of March" is one range, the end in the next year', () => {
    const text =
      'The ferry, which had sailed the northern route from late September until the last week of March, was sold.';
    const list = events(text, [month('late September', '2030-09', 'END'), month('March', '2030-03')]);
    expect(list).toHaveLength(1);
    expect(list[0].start).toBe('2030-09-21');
    expect(list[0].end).toBe('2031-03-31');
  });

  it('"until the first week of May" ends in May’s first days', () => {
    const text = 'The bridge was closed from March 2 until the first week of May.';
    const list = events(text, [day('March 2', '2031-03-02'), month('May', '2031-05')]);
    expect(dates(list)).toEqual([['2031-03-02', '2031-05-07']]);
  });

  it('"elected in 1997 ... and served until 2001" closes a range, no event in 2001', () => {
    const text = 'He was elected mayor in 1997, the youngest in the town’s history, and served until 2001.';
    const year = (phrase: string): TimexSpec => ({
      phrase,
      value: phrase,
      start: `${phrase}-01-01`,
      end: `${phrase}-12-31`,
      precision: 'year',
    });
    expect(dates(events(text, [year('1997'), year('2001')]))).toEqual([['1997-01-01', '2001-12-31']]);
  });

  it('"will inspect ... until the end of 2033" is a window from publication', () => {
    const text =
      'The board named an auditor, who will inspect every grant above $50,000 until the end of 2033.';
    const list = events(text, [
      {
        phrase: 'the end of 2033',
        value: '2033',
        mod: 'END',
        start: '2033-01-01',
        end: '2033-12-31',
        precision: 'year',
      },
    ]);
    expect(dates(list)).toEqual([[REF, '2033-12-31']]);
  });

  it('"will not open until 2033" is the opening, not a window', () => {
    const text = 'The new terminal will not open until 2033.';
    const list = events(text, [
      { phrase: '2033', value: '2033', start: '2033-01-01', end: '2033-12-31', precision: 'year' },
    ]);
    expect(dates(list)).toEqual([['2033-01-01', undefined]]);
  });
});
