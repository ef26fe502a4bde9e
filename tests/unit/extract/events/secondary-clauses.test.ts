import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { type TimexSpec, tag } from './timex-fixture';

const REF = '2031-06-11';

function events(text: string, specs: TimexSpec[]): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate: REF });
}

const year = (phrase: string, value = phrase, mod?: string): TimexSpec => ({
  phrase,
  value,
  start: `${value}-01-01`,
  end: `${value}-12-31`,
  precision: 'year',
  ...(mod ? { mod } : {}),
});

const brief = (list: ExtractedEvent[]) => list.map((event) => [event.start, event.end, event.description]);

describe('happenings told in a clause that hangs on a date', () => {
  it('"since 2011, when the mill was sold" gives the sale in 2011 besides the lasting state', () => {
    const text = 'Wages at the plant have been frozen since 2011, when the mill was sold to a pension fund.';
    const list = events(text, [year('2011')]);
    expect(list.map((event) => [event.start, event.end])).toEqual([
      ['2011-01-01', REF],
      ['2011-01-01', undefined],
    ]);
    expect(list[1].description).toMatch(/sold/);
  });

  it('"since mid-2029, when the firm warned" gives the warning in the middle of 2029', () => {
    const text =
      'The shares had lost a fifth since mid-2029, when the firm warned that orders were drying up.';
    const list = events(text, [year('mid-2029', '2029', 'MID')]);
    const warning = list.find((event) => /warned/.test(event.description));
    expect(warning?.start).toBe('2029-05-01');
    expect(warning?.end).toBeUndefined();
  });

  it('"in 2027, shortly after it bought a rival" dates the purchase about then', () => {
    const text = 'The bakery opened its second shop in 2027, shortly after it bought a rival in Lyon.';
    const list = events(text, [year('2027')]);
    expect(list).toHaveLength(2);
    const purchase = list.find((event) => /bought/.test(event.description));
    expect(purchase?.start).toBe('2027-01-01');
    expect(purchase?.approximate).toBe(true);
  });

  it('"In 2027 the bakery opened a shop, soon after it won a grant": the date need not touch the clause', () => {
    const text = 'In 2027 the bakery opened a second shop, soon after it won a city grant.';
    const list = events(text, [year('2027')]);
    expect(list).toHaveLength(2);
    expect(list.find((event) => /won/.test(event.description))?.start).toBe('2027-01-01');
  });

  it('"after" with no adverb of closeness is not dated by the main clause', () => {
    const text = 'In 2027 the bakery opened a second shop, after it won a city grant.';
    expect(events(text, [year('2027')])).toHaveLength(1);
  });

  it('a plain date followed by a when-clause stays one event', () => {
    const text = 'The turning point came on May 3, when the visitors scored twice in injury time.';
    const list = events(text, [
      { phrase: 'May 3', value: '2031-05-03', start: '2031-05-03', end: '2031-05-03', precision: 'day' },
    ]);
    expect(list).toHaveLength(1);
  });
});

describe('a when-clause that tells what happened at the date', () => {
  const week = {
    phrase: 'last week',
    value: '2031-W23',
    start: '2031-06-02',
    end: '2031-06-08',
    precision: 'week',
  } as const;
  const june = {
    phrase: 'early June',
    value: '2031-06',
    start: '2031-06-01',
    end: '2031-06-10',
    precision: 'month',
  } as const;

  it('"until last week, when the owners, who ..., signalled ...": the when-clause reads past the relative clause', () => {
    const text =
      "The stand-off seemed headed for stalemate until last week, when the club's new owners, who completed their takeover in 2030, signalled they would sell.";
    const list = events(text, [week, year('2030')]);
    const signal = list.find((event) => event.start === '2031-06-02');
    expect(signal?.title).toMatch(/owners signal/i);
  });

  it('"The saga began in early June, when X tabled a bid": the story noun gives way to the when-clause', () => {
    const text = 'The saga began in early June, when Castlegate tabled an opening bid of £18m.';
    const [event] = events(text, [june]);
    expect(event.title).toMatch(/^Castlegate tables opening bid/);
  });

  it('"Tensions peaked on Nov. 3, when two protesters were killed": the when-clause tells it', () => {
    const text = 'Tensions peaked in early June, when two protesters were killed in clashes with police.';
    const [event] = events(text, [june]);
    expect(event.title).toMatch(/^Two protesters killed/);
  });

  it('"the campaign got a boost when X addressed a rally": the when-clause tells the day', () => {
    const text = "In early June, Patil's campaign got a boost when Deshmukh addressed a rally at the market.";
    const [event] = events(text, [june]);
    expect(event.title).toMatch(/^Deshmukh addresses rally/);
  });

  it('"the campaign was shaken in June when his aide was charged": the when-clause tells it', () => {
    const text =
      "Kline's campaign was shaken in early June when his former chief of staff was charged with fraud.";
    const [event] = events(text, [june]);
    expect(event.title).toMatch(/chief of staff charged/);
  });

  it('"a £50,000 reward for information, which will remain available": the reward remains', () => {
    const text =
      'The museum is offering a £50,000 reward for information, which will remain available until 2032.';
    const [event] = events(text, [year('2032')]);
    expect(event.title).toMatch(/^£50,000 reward/);
  });

  it('"has not been seen since early June, when he appeared at a rally": the rally alone', () => {
    const text = 'Keter has not been seen in public since early June, when he appeared at a rally in Gedo.';
    const found = events(text, [june]);
    expect(found.map((event) => [event.start, event.end, event.title])).toEqual([
      ['2031-06-01', undefined, 'Keter appears at rally in Gedo'],
    ]);
  });

  it('"The walkout began on ..., when ...": a happening noun keeps its own title', () => {
    const text = 'The walkout began in early June, when 160,000 actors joined the writers.';
    const [event] = events(text, [june]);
    expect(event.title).toMatch(/walkout/i);
  });
});

describe('record frames with "since"', () => {
  it('"the longest closure at the crossing since 1998, when ..." is no range; the when-clause is the event', () => {
    const text =
      'It was the longest closure at the crossing since 1998, when floods washed away the old bridge.';
    const list = events(text, [year('1998')]);
    expect(brief(list).map(([start, end]) => [start, end])).toEqual([['1998-01-01', undefined]]);
    expect(list[0].description).toMatch(/floods/i);
  });

  it('"has been its largest customer since 2019" is a lasting state, not a record', () => {
    const text = 'The navy has been the shipyard’s largest customer since 2019.';
    expect(events(text, [year('2019')]).map((event) => [event.start, event.end])).toEqual([
      ['2019-01-01', REF],
    ]);
  });

  it('"fallen by a third since 2028" is a fall since then, not an ordinal record', () => {
    const text = 'Visitor numbers have fallen by a third since 2028.';
    expect(events(text, [year('2028')]).map((event) => [event.start, event.end])).toEqual([
      ['2028-01-01', REF],
    ]);
  });
});

describe('a record’s yardstick', () => {
  it('"the wettest spring since the floods of 2024" dates no happening', () => {
    const text = 'Farmers are facing the wettest spring since the floods of 2024.';
    expect(events(text, [year('2024')])).toEqual([]);
  });

  it('"the floods of 2024" without a record frame still date the floods', () => {
    const text = 'The floods of 2024 destroyed the harbour wall.';
    expect(events(text, [year('2024')]).map((event) => event.start)).toEqual(['2024-01-01']);
  });
});

describe('a range’s end told in a when-clause', () => {
  it('"ran from 1902 until 1957, when it was replaced by buses" gives the replacement in 1957', () => {
    const text = 'A tram network ran from 1902 until 1957, when it was replaced by buses.';
    const list = events(text, [year('1902'), year('1957')]);
    expect(list.map((event) => [event.start, event.end])).toEqual([
      ['1902-01-01', '1957-12-31'],
      ['1957-01-01', undefined],
    ]);
    expect(list[1].description).toMatch(/replaced/);
  });
});

describe('an adverb of order inside a verb group', () => {
  it('"was first proposed around 1975" is the proposal, titled with its subject', () => {
    const text = 'The canal was first proposed around 1975.';
    const list = events(text, [year('around 1975', '1975', 'APPROX')]);
    expect(list.map((event) => event.start)).toEqual(['1975-01-01']);
    expect(list[0].title).toMatch(/^Canal/);
  });
});

describe('"until X, when ..." and "until his resignation in X"', () => {
  it('"served as chair until 2012, when she resigned" is the resignation, not a second copy', () => {
    const text = 'Anna Lind, who served as chair until 2012, when she resigned over a loan, died on Monday.';
    const list = events(text, [
      year('2012'),
      { phrase: 'Monday', value: '2031-06-09', start: '2031-06-09', end: '2031-06-09', precision: 'day' },
    ]);
    const in2012 = list.filter((event) => event.start === '2012-01-01');
    expect(in2012).toHaveLength(1);
    expect(in2012[0].description).toMatch(/resigned/);
  });

  it('"ran the port from 1994 until his retirement in 2011" is one range', () => {
    const text = 'He ran the port from 1994 until his retirement in 2011.';
    expect(events(text, [year('1994'), year('2011')]).map((event) => [event.start, event.end])).toEqual([
      ['1994-01-01', '2011-12-31'],
    ]);
  });
});

describe('routines and habits', () => {
  it('"In spring the valley fills with hikers" (a verb the lexicon does not know) is a habit', () => {
    const text = 'In spring the valley fills with hikers.';
    const list = events(text, [
      { phrase: 'spring', value: '2031-SP', start: '2031-03-01', end: '2031-05-31', precision: 'season' },
    ]);
    expect(list).toEqual([]);
  });

  it('"open until 9 p.m. on Thursdays" is a routine, not a moment', () => {
    const text = 'The library stays open until 9 p.m. on Thursdays.';
    const list = events(text, [
      {
        phrase: '9 p.m.',
        value: '2031-06-11T21:00',
        type: 'TIME',
        start: '2031-06-11T21:00',
        end: '2031-06-11T21:00',
        precision: 'minute',
      },
    ]);
    expect(list).toEqual([]);
  });
});

describe('"the latest" is no record', () => {
  it('"the latest in a run of strikes since March" is a stretch since March', () => {
    const text = 'It was the latest in a run of strikes since March.';
    const list = events(text, [
      { phrase: 'March', value: '2031-03', start: '2031-03-01', end: '2031-03-31', precision: 'month' },
    ]);
    expect(list.map((event) => [event.start, event.end])).toEqual([['2031-03-01', REF]]);
  });
});

describe('more frames and states', () => {
  it('"the wettest June since records began in 1871" dates no happening', () => {
    const text = 'It was the wettest June since records began in 1871.';
    expect(events(text, [year('1871')])).toEqual([]);
  });

  it('"is expected to last until Friday, when a front arrives" keeps the lasting state', () => {
    const text = 'The heat is expected to last until Friday, when a cold front will arrive.';
    const list = events(text, [
      { phrase: 'Friday', value: '2031-06-13', start: '2031-06-13', end: '2031-06-13', precision: 'day' },
    ]);
    expect(list.map((event) => [event.start, event.end])).toEqual([
      [REF, '2031-06-13'],
      ['2031-06-13', undefined],
    ]);
  });
});
