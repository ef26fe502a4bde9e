/**
 * Phrasings of recent news that the development corpus (1989-2000 newswire) rarely or never uses:
 * US time zones written out, a clock time whose day follows it, clipped decades, "this past
 * weekend", fractions of a change, a present-tense run "through" a weekday.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

const tagged = (text: string, referenceDate: string) =>
  tagTimexes(text, { referenceDate }).map((t) => [t.text, t.type, t.value]);

describe('modern news phrasings', () => {
  it('a clock time takes the day written after it, with its zone in the extent', () => {
    // Thursday 17 October 2024
    expect(
      tagged('The earnings call is scheduled for 8:30 a.m. Eastern time on Tuesday, Feb. 4.', '2024-10-17'),
    ).toEqual([
      ['8:30 a.m. Eastern time', 'TIME', '2025-02-04T08:30'],
      ['Tuesday, Feb. 4', 'DATE', '2025-02-04'],
    ]);
    expect(tagged('Markets will reopen at 9:30 a.m. ET on Monday.', '2024-10-17')).toEqual([
      ['9:30 a.m. ET', 'TIME', '2024-10-21T09:30'],
      ['Monday', 'DATE', '2024-10-21'],
    ]);
    expect(
      tagged(
        'In March 2020, the truce took effect at 7 a.m. local time (0500 GMT) on March 6.',
        '2024-10-17',
      ),
    ).toEqual([
      ['March 2020', 'DATE', '2020-03'],
      ['7 a.m. local time', 'TIME', '2020-03-06T07:00'],
      ['March 6', 'DATE', '2020-03-06'],
    ]);
  });

  it('both ends of a clock range take the day written after the range', () => {
    // Wednesday 20 March 2013
    expect(tagged('The outage lasted from about 2 p.m. to 5 p.m. on Sunday.', '2013-03-20')).toEqual([
      ['about 2 p.m.', 'TIME', '2013-03-17T14:00'],
      ['5 p.m.', 'TIME', '2013-03-17T17:00'],
      ['Sunday', 'DATE', '2013-03-17'],
    ]);
  });

  it('Black Friday and Cyber Monday follow Thanksgiving', () => {
    expect(tagged('Stores will open on Black Friday and sell online on Cyber Monday.', '2013-03-20')).toEqual(
      [
        ['Black Friday', 'DATE', '2013-11-29'],
        ['Cyber Monday', 'DATE', '2013-12-02'],
      ],
    );
  });

  it('a clock time with no day after it stays on the story day', () => {
    expect(tagged('On Oct. 2 the vote closed at 8 p.m. and counting began.', '2024-10-17')).toEqual([
      ['Oct. 2', 'DATE', '2024-10-02'],
      ['8 p.m.', 'TIME', '2024-10-02T20:00'],
    ]);
  });

  it('a clipped decade after another decade is a decade', () => {
    expect(tagged("Rents doubled in the 1960s and '70s.", '2024-10-17')).toEqual([
      ['the 1960s', 'DATE', '196'],
      ["'70s", 'DATE', '197'],
    ]);
    expect(tagged("He left in '98 for Paris.", '2024-10-17')).toEqual([]);
  });

  it('"this past weekend" is the weekend just gone, whatever the tense', () => {
    // Thursday 14 November 2024: the weekend of 9-10 November is ISO week 45's.
    expect(tagged('This past weekend will be remembered.', '2024-11-14')).toEqual([
      ['This past weekend', 'DATE', '2024-W45-WE'],
    ]);
  });

  it('a quarter as the size of a change is no duration', () => {
    expect(tagged('Sales grew by a quarter, and costs were cut by almost a quarter.', '2024-11-14')).toEqual(
      [],
    );
    expect(tagged('The launch was delayed by a quarter.', '2024-11-14')).toEqual([
      ['a quarter', 'DURATION', 'P1Q'],
    ]);
  });

  it('a present clause running "through" a weekday ends on the coming one', () => {
    // Thursday 14 November 2024
    expect(tagged('The festival runs through Sunday.', '2024-11-14')).toEqual([
      ['Sunday', 'DATE', '2024-11-17'],
    ]);
    expect(tagged('The festival ran through Sunday.', '2024-11-14')).toEqual([
      ['Sunday', 'DATE', '2024-11-10'],
    ]);
  });

  it('parts of the day with a position, and every morning', () => {
    expect(
      tagged(
        'By mid-morning he led. He trains every morning. Police launched an early-morning raid.',
        '2016-04-17',
      ),
    ).toEqual([
      ['mid-morning', 'TIME', '2016-04-17TMO'],
      ['every morning', 'SET', 'XXXX-XX-XXTMO'],
    ]);
  });

  it('durations written in two or three parts are one value', () => {
    expect(
      tagged(
        'He cut the record by 1 minute, 41 seconds after a climb of three years and six months.',
        '2016-04-17',
      ),
    ).toEqual([
      ['1 minute, 41 seconds', 'DURATION', 'PT1M41S'],
      ['three years and six months', 'DURATION', 'P3Y6M'],
    ]);
  });

  it('"a year earlier" after "the three months ended Sept. 30" is that quarter a year before', () => {
    const text =
      'Net income for the three months ended Sept. 30 was $41 million, down from $50 million a year earlier.';
    expect(tagged(text, '2009-10-22')).toEqual([
      ['the three months', 'DURATION', 'P3M'],
      ['Sept. 30', 'DATE', '2009-09-30'],
      ['a year earlier', 'DATE', '2008-Q3'],
    ]);
  });

  it('minutes and hours later count from the story clock, or whole days without one', () => {
    expect(
      tagged('The women started at 6:42 a.m. and the elite men 18 minutes later.', '2016-04-17'),
    ).toEqual([
      ['6:42 a.m.', 'TIME', '2016-04-17T06:42'],
      ['18 minutes later', 'TIME', '2016-04-17T07:00'],
    ]);
    expect(tagged('The quake struck on March 3. Rescuers arrived 48 hours later.', '2016-04-17')).toEqual([
      ['March 3', 'DATE', '2016-03-03'],
      ['48 hours later', 'DATE', '2016-03-05'],
    ]);
  });

  it('a span of years with a clipped second year gives both years', () => {
    expect(
      tagged('They spent the 2001-02 season in administration; the 2019/20 budget passed.', '2012-05-14'),
    ).toEqual([
      ['2001', 'DATE', '2001'],
      ['02', 'DATE', '2002'],
      ['2019', 'DATE', '2019'],
      ['20', 'DATE', '2020'],
    ]);
    expect(tagged('Call 555-2012-34 or score 2012-34.', '2012-05-14')).toEqual([]);
  });

  it('"the coming weeks" keeps its article', () => {
    expect(tagged('Talks will resume in the coming weeks.', '2016-04-17')).toEqual([
      ['the coming weeks', 'DURATION', 'PXW'],
    ]);
  });

  it('a hedge "or so" after an expression belongs to it', () => {
    expect(
      tagged('We will wait a week or so; sales should grow over the next two years or so.', '2016-04-17'),
    ).toEqual([
      ['a week or so', 'DURATION', 'P1W'],
      ['the next two years or so', 'DURATION', 'P2Y'],
    ]);
  });

  it('"could" looks ahead unless it reads back ("could not be located")', () => {
    // Monday 8 November 2010
    expect(tagged('Storms could reach the region Wednesday night.', '2010-11-08')).toEqual([
      ['Wednesday night', 'TIME', '2010-11-10TNI'],
    ]);
    expect(tagged('The family could not be located Wednesday.', '2010-11-08')).toEqual([
      ['Wednesday', 'DATE', '2010-11-03'],
    ]);
  });

  it('fixtures in the present tense look ahead', () => {
    expect(tagged('Rovers host Carlisle on Saturday.', '2010-11-08')).toEqual([
      ['Saturday', 'DATE', '2010-11-13'],
    ]);
  });

  it('amounts of time that look like other words', () => {
    expect(
      tagged(
        'The program was planned to last two years. It ended in less than a second, for a second time. He woke at six in the morning. Crews worked overnight; overnight rates rose.',
        '2010-11-08',
      ),
    ).toEqual([
      ['two years', 'DURATION', 'P2Y'],
      ['less than a second', 'DURATION', 'PT1S'],
      ['six in the morning', 'TIME', '2010-11-08T06:00'],
      ['overnight', 'TIME', '2010-11-08TNI'],
    ]);
  });

  it('"that" opening a clause is not "that" pointing back', () => {
    expect(
      tagged('The retailer said that November and December are its busiest months.', '2013-03-01'),
    ).toEqual([
      ['November', 'DATE', '2012-11'],
      ['December', 'DATE', '2012-12'],
    ]);
  });

  it('hedges after an expression and nouns of time after an amount belong to it', () => {
    expect(
      tagged(
        'It will need a week or longer; delivery is due in 2015 or later, after a nine-year period.',
        '2010-11-08',
      ),
    ).toEqual([
      ['a week or longer', 'DURATION', 'P1W'],
      ['2015 or later', 'DATE', '2015'],
      ['a nine-year period', 'DURATION', 'P9Y'],
    ]);
  });

  it('both ends of a range before Christ, the weekend of a date, and no quarter-point', () => {
    expect(
      tagged(
        "The boat was carved between 1100 and 900 BC. Fires flared over the weekend of July 24. The bank's last quarter-point increase came in August.",
        '2021-08-11',
      ),
    ).toEqual([
      ['1100', 'DATE', 'BC1100'],
      ['900 BC', 'DATE', 'BC0900'],
      ['the weekend of July 24', 'DATE', '2021-W29-WE'],
      ['August', 'DATE', '2021-08'],
    ]);
  });

  it('months of a habit belong to any year and have no place on the timeline', () => {
    const tags = tagTimexes('November and December typically account for 40% of sales.', {
      referenceDate: '2013-03-01',
    });
    expect(tags.map((t) => [t.text, t.value, t.interval])).toEqual([
      ['November', 'XXXX-11', undefined],
      ['December', 'XXXX-12', undefined],
    ]);
  });
});
