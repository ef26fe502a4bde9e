import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../../main/extract/timex';

const tag = (text: string, referenceDate = '2013-03-25') =>
  tagTimexes(text, { referenceDate }).map((t) => [t.text, t.value]);

describe('calendar dates', () => {
  it('reads dates in the usual news spellings', () => {
    expect(tag('on March 22, 2013 and 22 March 2013 and 2013-03-22 and 3/22/2013')).toEqual([
      ['March 22, 2013', '2013-03-22'],
      ['22 March 2013', '2013-03-22'],
      ['2013-03-22', '2013-03-22'],
      ['3/22/2013', '2013-03-22'],
    ]);
  });

  it('dates a day without a year to the nearest one', () => {
    // Said in late March 2013: "Jan. 2" is this January; "Dec. 7" was last December.
    expect(tag('It began Jan. 2 and ended Dec. 7.')).toEqual([
      ['Jan. 2', '2013-01-02'],
      ['Dec. 7', '2012-12-07'],
    ]);
  });

  it('lets a weekday written with the date choose the year', () => {
    // Oct. 26 was a Monday in 1998.
    expect(tag('The editorial ran Monday, Oct. 26.', '1999-01-10')).toEqual([
      ['Monday, Oct. 26', '1998-10-26'],
    ]);
  });

  it('reads month and year, and months said with last/next', () => {
    expect(tag('In March 2013 and last November and January last year.')).toEqual([
      ['March 2013', '2013-03'],
      ['last November', '2012-11'],
      ['January last year', '2012-01'],
    ]);
  });

  it('reads decades, centuries and years before Christ', () => {
    expect(tag('the late 1990s, the twentieth century, the 5th century BC, 44 BC')).toEqual([
      ['the late 1990s', '199'],
      ['the twentieth century', '19'],
      ['the 5th century BC', 'BC04'],
      ['44 BC', 'BC0044'],
    ]);
  });

  it('reads spelled-out years of broadcast transcripts', () => {
    expect(tag('in January nineteen ninety-seven')).toEqual([['January nineteen ninety-seven', '1997-01']]);
  });

  it('reads a span of years as two years', () => {
    expect(tag('He served 2001-2005.')).toEqual([
      ['2001', '2001'],
      ['2005', '2005'],
    ]);
  });

  it('does not take money, percentages or counts for years', () => {
    expect(tag('It cost $1999 and rose 2000% with 1,998 people.')).toEqual([]);
  });
});

describe('the week of a date', () => {
  it('reads "the week of Jan. 9" as the ISO week that holds the day', () => {
    expect(
      tag('Talks are planned for the week of Jan. 9, 2023, and a vote the week of March 6.', '2023-01-04'),
    ).toEqual([
      ['the week of Jan. 9, 2023', '2023-W02'],
      ['the week of March 6', '2023-W10'],
    ]);
  });
});
