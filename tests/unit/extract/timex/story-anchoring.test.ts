/**
 * Expressions that belong to the story's time rather than the writer's: "that April", "August of
 * that year" after a season, months in a sentence that has named another year, "two days later"
 * after a month.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

const tagged = (text: string, referenceDate: string) =>
  tagTimexes(text, { referenceDate }).map((t) => [t.text, t.value]);

describe('story anchoring', () => {
  it('"took office in December after ... the October election": "after" looks back, no wrap into the next year', () => {
    const text =
      'Kairys took office in December after his party emerged as the largest in the October election.';
    expect(tagged(text, '2013-06-15')).toEqual([
      ['December', '2012-12'],
      ['October', '2012-10'],
    ]);
  });

  it("a live blog's update stamp puts the clock times below it on the page's day", () => {
    const text =
      'Live: volcano erupts\n\n5:20 p.m. — Flyover Wednesday\nA team will fly over at first light Wednesday. Activity has declined since midday.\n\n3:52 a.m. — Eruption begins\nThe volcano began erupting at 3:52 a.m.';
    const found = tagged(text, '2022-09-13');
    expect(found).toContainEqual(['midday', '2022-09-13T12:00']);
    expect(found.filter(([text]) => text === '3:52 a.m.')).toEqual([
      ['3:52 a.m.', '2022-09-13T03:52'],
      ['3:52 a.m.', '2022-09-13T03:52'],
    ]);
  });

  it('"will remain closed Wednesday" looks ahead: a participle after "remain" is no past verb', () => {
    expect(tagged('The school will remain closed Wednesday.', '2022-09-13')).toEqual([
      ['Wednesday', '2022-09-14'],
    ]);
  });

  it('a yardstick year ("from 1990 levels", "its 2020 target") is no time of the story', () => {
    expect(
      tagged('Emissions must fall 65 percent from 1990 levels by the end of the decade.', '2022-11-13'),
    ).toEqual([
      ['1990', '1990'],
      ['the end of the decade', '202'],
    ]);
  });

  it('a clause opened by "after a ..." takes the tense of its own verb after the date', () => {
    const text =
      'It comes after the agency warned it would miss its 2020 target, and three months after a heat wave in July and August led to record temperatures.';
    expect(tagged(text, '2022-11-13').slice(-2)).toEqual([
      ['July', '2022-07'],
      ['August', '2022-08'],
    ]);
  });

  it('"the original Sunday headliner" names a kind of act, not a day; "the previous day" stays on June 2', () => {
    const text =
      'They were announced on June 2 after the original Sunday headliner pulled out the previous day.';
    expect(tagged(text, '2016-07-18')).toEqual([
      ['June 2', '2016-06-02'],
      ['the previous day', '2016-06-01'],
    ]);
    expect(tagged('Thousands joined a rally Saturday demanding his return.', '2016-07-18')).toEqual([
      ['Saturday', '2016-07-16'],
    ]);
  });

  it('"two weeks later" after a story month counts from the middle of that month', () => {
    expect(
      tagged('The scheme unraveled in March 2009. Hale resigned two weeks later.', '2010-05-07'),
    ).toEqual([
      ['March 2009', '2009-03'],
      ['two weeks later', '2009-W13'],
    ]);
  });

  it("a saying between a named year and a month starts the writer's time again", () => {
    const text =
      'Corvane, a company founded in 2016, said it expected to begin shipping the drug to clinics in April.';
    expect(tagged(text, '2026-02-11')).toEqual([
      ['2016', '2016'],
      ['April', '2026-04'],
    ]);
  });

  it('"had originally been due to rule by Nov. 28": a deadline set in the past has passed', () => {
    expect(
      tagged('The agency had originally been due to rule by Nov. 28 but delayed it.', '2026-02-11'),
    ).toEqual([['Nov. 28', '2025-11-28']]);
  });

  it('"that spring" is the spring of the story\'s year; "said that spring ..." is no date', () => {
    const text = 'The museum closed in January 2019. Crews broke ground that spring.';
    expect(tagged(text, '2021-05-20')).toEqual([
      ['January 2019', '2019-01'],
      ['that spring', '2019-SP'],
    ]);
    expect(tagged('He said that spring was early.', '2021-05-20')).toEqual([]);
  });

  it('"that April" and "two days later" stay in the story year and month', () => {
    const text =
      'Investigators first looked at the contracts in early 2015. Agents searched the offices that April, and the director resigned two days later.';
    expect(tagged(text, '2017-12-12')).toEqual([
      ['early 2015', '2015'],
      ['that April', '2015-04'],
      ['two days later', '2015-04'],
    ]);
  });

  it('"two days later" after a date of the current month still counts days', () => {
    expect(tagged('The vote was held on Dec. 3, and the result came two days later.', '2017-12-12')).toEqual([
      ['Dec. 3', '2017-12-03'],
      ['two days later', '2017-12-05'],
    ]);
  });

  it('a season of a year is the story year for "of that year"', () => {
    const text = 'The drought began in the summer of 2008. The envoy was recalled in August of that year.';
    expect(tagged(text, '2009-10-22')).toEqual([
      ['the summer of 2008', '2008-SU'],
      ['August of that year', '2008-08'],
    ]);
  });

  it('whole months in a sentence that named another year take that year', () => {
    const text =
      'The epidemic peaked in 2010. That year more than 20,000 people were infected between February and June.';
    expect(tagged(text, '2014-09-17')).toEqual([
      ['2010', '2010'],
      ['That year', '2010'],
      ['February', '2010-02'],
      ['June', '2010-06'],
    ]);
  });

  it('a day of a month in such a sentence is still read from publication', () => {
    const text = 'Under a program approved in 1987, the company had bought 481,000 shares through Sept. 29.';
    expect(tagged(text, '1989-11-02')).toEqual([
      ['1987', '1987'],
      ['Sept. 29', '1989-09-29'],
    ]);
  });

  it('"mid-July" is a month with its modifier', () => {
    expect(
      tagTimexes('The qualifying rounds begin in mid-July.', { referenceDate: '2012-05-14' }).map((t) => [
        t.text,
        t.value,
        t.mod,
      ]),
    ).toEqual([['mid-July', '2012-07', 'MID']]);
  });

  it('"that day" is never the writer\'s today nor the day of a statement', () => {
    const text =
      'On Jan. 6, 2021, crowds stormed the building. Today members shared memories of that day. In December, a panel met. The minister said Wednesday that all would answer, whether present that day or not.';
    expect(tagged(text, '2022-01-06')).toEqual([
      ['Jan. 6, 2021', '2021-01-06'],
      ['Today', '2022-01-06'],
      ['that day', '2021-01-06'],
      ['December', '2021-12'],
      ['Wednesday', '2022-01-05'],
      ['that day', '2021-01-06'],
    ]);
    // A day the story tells is the antecedent.
    expect(tagged('The dam failed on March 3. Rescuers arrived that day.', '2022-05-06')).toEqual([
      ['March 3', '2022-03-03'],
      ['that day', '2022-03-03'],
    ]);
  });

  it('a state "since 2009" is background: "the following day" still counts from the crash', () => {
    const text =
      'The plane went down on Nov. 14, 2013. The manual had not been revised since 2009. The airline grounded its fleet the following day.';
    expect(tagged(text, '2014-03-20')).toEqual([
      ['Nov. 14, 2013', '2013-11-14'],
      ['2009', '2009'],
      ['the following day', '2013-11-15'],
    ]);
  });

  it('"by the end of the year" is the writer\'s year unless the story named another just before', () => {
    const far =
      'Rates have risen since March 2020.\n\nThe forecasts, published on Thursday, show inflation falling by the end of the year.';
    expect(tagged(far, '2023-11-02').at(-1)).toEqual(['the end of the year', '2023']);
    const near = 'In 1998 the firm completed the line by the end of the year.';
    expect(tagged(near, '2008-10-18')).toEqual([
      ['1998', '1998'],
      ['the end of the year', '1998'],
    ]);
  });

  it('"a week later" keeps its week value but places the exact day', () => {
    const tags = tagTimexes('The first bid came on June 4. A week later, the club raised it.', {
      referenceDate: '2019-08-30',
    });
    expect(tags[1]).toMatchObject({ text: 'A week later', value: '2019-W24', precision: 'day' });
    expect(tags[1].interval).toEqual({ start: '2019-06-11', end: '2019-06-11' });
  });

  it('a clock time belongs to the story day, not to the day of a statement', () => {
    const text =
      'Tornadoes tore across the county early Sunday, officials said Monday. The first touched down shortly before 2 a.m.';
    expect(tagged(text, '2008-03-17')).toEqual([
      ['early Sunday', '2008-03-16'],
      ['Monday', '2008-03-17'],
      ['2 a.m.', '2008-03-16T02:00'],
    ]);
  });

  it('a winter spans two years, so it does not give the story a year', () => {
    const text =
      'This winter could be colder than last winter, with the first heavy snow possible by late November.';
    expect(tagged(text, '2010-11-08').at(-1)).toEqual(['late November', '2010-11']);
  });

  it('a year after "around" before a verb is a year; before a plural noun it counts things', () => {
    expect(tagged('Photographs taken around 1900 show cabs outside.', '2012-07-30')).toEqual([
      ['around 1900', '1900'],
    ]);
    expect(tagged('The plant employs around 1900 workers.', '2012-07-30')).toEqual([]);
  });

  it('the story moves on from its month into the next year, and ranges take the year of their end', () => {
    const text =
      'The drought began in the summer of 2008. The envoy was recalled in August of that year, and he returned only in January.';
    expect(tagged(text, '2009-10-22').at(-1)).toEqual(['January', '2009-01']);
    expect(
      tagged('Protests ran from June until the first days of September last year.', '2024-03-10'),
    ).toEqual([
      ['June', '2023-06'],
      ['September last year', '2023-09'],
    ]);
  });

  it('a date that qualifies a noun does not carry the story on', () => {
    const text =
      'Two agents were charged in the Dec. 21, 1988, bombing of a jet. They were removed from the list after the leader agreed in April to hand them over.';
    expect(tagged(text, '1999-06-07').at(-1)).toEqual(['April', '1999-04']);
  });

  it('"in morning trading" is the morning of the story day', () => {
    expect(tagged('Shares rose 6 percent in morning trading.', '2026-04-14')).toEqual([
      ['morning', '2026-04-14TMO'],
    ]);
  });
});
