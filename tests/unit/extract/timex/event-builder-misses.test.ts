/**
 * Patterns the event builder found the tagger missing, each checked with sentences written for this
 * test (not taken from any corpus).
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

const tag = (text: string, referenceDate: string) => tagTimexes(text, { referenceDate });
const values = (text: string, referenceDate: string) =>
  tag(text, referenceDate).map((t) => [t.text, t.value]);

describe('years before 1900 in ranges and approximations', () => {
  it("'between 1849 and 1854' is two dates", () => {
    expect(
      values('The lighthouse was built between 1849 and 1854 by the harbour board.', '2025-06-18'),
    ).toEqual([
      ['1849', '1849'],
      ['1854', '1854'],
    ]);
  });

  it("'between 1500 and 1800 workers' is an amount, not years", () => {
    expect(values('Between 1500 and 1800 workers walked out on Tuesday.', '2025-06-18')).toEqual([
      ['Tuesday', '2025-06-17'],
    ]);
  });

  it("'between 2006 and early this year' opens with a year when the other end is a date in words", () => {
    expect(values('The bank lifted rates between 2006 and early this year.', '2008-10-08')).toEqual([
      ['2006', '2006'],
      ['early this year', '2008'],
    ]);
    expect(values('Prices rose between 2006 and last year.', '2008-10-08')).toEqual([
      ['2006', '2006'],
      ['last year', '2007'],
    ]);
  });

  it("'between 2006 and 12 others' is still no year", () => {
    expect(values('The vote was split between 2006 and 12 others.', '2008-10-08')).toEqual([]);
  });

  it("'around 1503' is an approximate year", () => {
    const [t] = tag('The chapel, built around 1503, reopens to visitors.', '2025-06-18');
    expect([t.text, t.value, t.mod]).toEqual(['around 1503', '1503', 'APPROX']);
  });

  it("'from 1849 to 1854' and '1812-1815' give both ends, 'c. 1503' is approximate", () => {
    const text =
      'The canal was dug from 1849 to 1854. The war of 1812-1815 ended in a draw. The altar dates from c. 1503.';
    expect(tag(text, '2025-06-18').map((t) => [t.text, t.value, t.mod])).toEqual([
      ['1849', '1849', undefined],
      ['1854', '1854', undefined],
      ['1812', '1812', undefined],
      ['1815', '1815', undefined],
      ['c. 1503', '1503', 'APPROX'],
    ]);
  });

  it("'1500-1800 troops' and 'between 1990 and 2000 people' are amounts", () => {
    expect(values('Some 1500-1800 troops stayed. Between 1990 and 2000 people left.', '2025-06-18')).toEqual(
      [],
    );
  });

  it("'about 1700 people' is an amount", () => {
    expect(values('About 1700 people attended the rally.', '2025-06-18')).toEqual([]);
  });
});

describe('the story year carries on', () => {
  it("'July of that year' and 'two months later' follow the story's year", () => {
    const text =
      'The mayor was charged with fraud in 2009. She was released on bail in July of that year. Two months later, she resigned.';
    expect(values(text, '2025-06-18')).toEqual([
      ['2009', '2009'],
      ['July of that year', '2009-07'],
      ['Two months later', '2009-09'],
    ]);
  });

  it("'two months later' after a bare year stays in the story's year, not publication's", () => {
    const text = 'The mayor was charged in 2009. Two months later, she resigned.';
    expect(values(text, '2025-06-18')).toEqual([
      ['2009', '2009'],
      ['Two months later', '2009'],
    ]);
  });

  it("'in October of the same year' is the story's year", () => {
    const text = 'The plant opened in 1987. It closed in October of the same year.';
    expect(values(text, '2025-06-18')).toEqual([
      ['1987', '1987'],
      ['October of the same year', '1987-10'],
    ]);
  });
});

describe('names that look like weekdays', () => {
  it("'the Sun.' is a newspaper, not Sunday", () => {
    expect(values('The minister gave an interview to the Sun. He later apologised.', '2025-06-18')).toEqual(
      [],
    );
  });

  it("'Sun. Jan. 5' is still a Sunday", () => {
    expect(values('Doors open Sun. Jan. 5, 2025 at the hall.', '2024-12-30').map((v) => v[1])).toContain(
      '2025-01-05',
    );
  });
});

describe('hyphenated year ranges', () => {
  it("'1991-2020' is two dates, as TimeML annotates the ends of a range", () => {
    expect(values('Rainfall was 30 percent above the 1991-2020 average.', '2025-06-18')).toEqual([
      ['1991', '1991'],
      ['2020', '2020'],
    ]);
  });
});

describe('earlier and later in the current unit', () => {
  it("'later this year' is the rest of the year from publication (mod END)", () => {
    const [t] = tag('The company will launch the phone later this year.', '2025-06-18');
    expect([t.text, t.value, t.mod]).toEqual(['later this year', '2025', 'END']);
    expect(t.interval).toEqual({ start: '2025-06-18', end: '2025-12-31' });
  });

  it("'earlier this month' runs from the month's start to publication (mod START)", () => {
    const [t] = tag('Prices fell earlier this month.', '2025-06-18');
    expect([t.text, t.value, t.mod]).toEqual(['earlier this month', '2025-06', 'START']);
    expect(t.interval).toEqual({ start: '2025-06-01', end: '2025-06-18' });
  });
});

describe('verbs that point ahead', () => {
  it("'Forecasters expect ... over the weekend' is the coming weekend", () => {
    // Wednesday 18 June 2025: the coming weekend is in week 25.
    expect(values('Forecasters expect heavy rain over the weekend.', '2025-06-18')).toEqual([
      ['the weekend', '2025-W25-WE'],
    ]);
  });

  it("'hope to pass it in August' is the coming August", () => {
    expect(values('Lawmakers hope to pass the bill before the recess in August.', '2025-11-19')).toEqual([
      ['August', '2026-08'],
    ]);
  });

  it("'aim to finish ... in March' is the coming March", () => {
    expect(values('Builders aim to finish the bridge in March.', '2025-06-18')).toEqual([
      ['March', '2026-03'],
    ]);
  });

  it("'takes full effect on Thursday' is the coming Thursday", () => {
    expect(values('The new speed limit takes full effect on Thursday.', '2025-06-18')).toEqual([
      ['Thursday', '2025-06-19'],
    ]);
  });

  it("'comes into force on Monday' is the coming Monday", () => {
    expect(values('The smoking ban comes into force on Monday.', '2025-06-18')).toEqual([
      ['Monday', '2025-06-23'],
    ]);
  });

  it("'Voters head to the polls in Sunday's election' is the coming Sunday", () => {
    expect(values("Voters head to the polls in Sunday's runoff election.", '2025-06-18')).toEqual([
      ['Sunday', '2025-06-22'],
    ]);
  });
});

describe('verbs that point ahead, after a reporting verb', () => {
  it('the nearest verb decides: an expectation, a hope, a timetable after "said"', () => {
    const text = [
      'The weather service said forecasters expect storms over the weekend.',
      'Democrats said they hope to pass it before the recess in August.',
      'Officials said the rule takes full effect on Thursday.',
    ].join(' ');
    // Wednesday 19 November 2025.
    expect(values(text, '2025-11-19')).toEqual([
      ['the weekend', '2025-W47-WE'],
      ['August', '2026-08'],
      ['Thursday', '2025-11-20'],
    ]);
  });

  it("a past 'Thursday's closing price' stays behind in a present clause", () => {
    expect(values("The offer is 10 cents above Thursday's closing price.", '2025-06-21')).toEqual([
      ['Thursday', '2025-06-19'],
    ]);
  });
});

describe('ranges of years in the event builder', () => {
  it("'ruled France 1804-1815' is two dates the event builder joins into one range", () => {
    expect(values('Napoleon ruled France 1804-1815.', '2025-06-18')).toEqual([
      ['1804', '1804'],
      ['1815', '1815'],
    ]);
  });
});

describe('background dates', () => {
  it("'two days earlier' after 'eight months after ... of November 13, 2015' counts from the story", () => {
    const text =
      'Eight months after the floods of November 13, 2015, the town held a vote. Two days earlier, the council had resigned.';
    const result = values(text, '2025-06-18');
    expect(result.find(([t]) => t === 'Two days earlier')).toEqual(['Two days earlier', '2016-07-11']);
  });
});

describe('a numbered week of a month', () => {
  it('"the second week of May" is the calendar week around the 11th', () => {
    expect(values('Modi is likely to address a rally in the second week of May.', '2024-04-29')).toEqual([
      ['the second week of May', '2024-W19'],
    ]);
  });

  it('"the second week of August next year" is that week of the next year', () => {
    expect(values('The event will move to the second week of August next year.', '2012-07-08')).toEqual([
      ['the second week of August next year', '2013-W32'],
    ]);
  });

  it('"the last week of July 2023" is the week of its last days', () => {
    expect(values('Talks were held in the last week of July 2023.', '2024-04-29')).toEqual([
      ['the last week of July 2023', '2023-W30'],
    ]);
  });
});

describe('a year-like number in a name', () => {
  it('"asteroid 2008 EV5" is a designation, not a year', () => {
    expect(values('The probe reached the asteroid 2008 EV5 on Tuesday.', '2023-12-06')).toEqual([
      ['Tuesday', '2023-12-05'],
    ]);
  });
});

describe('a feast that names a thing', () => {
  it('"the Ash Wednesday storm of March 1962" dates nothing but March 1962', () => {
    expect(values('The Ash Wednesday storm of March 1962 cut a new inlet.', '2011-09-04')).toEqual([
      ['March 1962', '1962-03'],
    ]);
    expect(values('Crowds gathered on Ash Wednesday.', '2011-09-04')).toEqual([
      ['Ash Wednesday', '2011-03-09'],
    ]);
  });
});

describe('temperatures are no decades', () => {
  it('"temperatures could climb back into the mid-90s" names degrees', () => {
    expect(values('Temperatures could climb back into the mid-90s.', '2005-08-03')).toEqual([]);
    expect(values('Prices rose in the mid-90s.', '2005-08-03')).toEqual([['the mid-90s', '199']]);
  });
});

describe('midnight and effective dates', () => {
  it('"shortly before midnight on Thursday" stays on Thursday', () => {
    const [midnight] = tag('The vote was held shortly before midnight on Thursday.', '2016-03-05');
    expect([midnight.value, midnight.interval]).toEqual([
      '2016-03-03T24:00',
      { start: '2016-03-03T23:59', end: '2016-03-03T23:59' },
    ]);
  });

  it('"effective July 1" looks ahead whatever the tense', () => {
    expect(
      values(
        'Council voted to raise adult transit fares by 25 cents, to $3.25, effective July 1.',
        '2016-03-05',
      ),
    ).toEqual([['July 1', '2016-07-01']]);
  });
});
