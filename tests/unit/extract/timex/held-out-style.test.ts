/**
 * A small held-out check: three news articles written for this test (other years and sources than
 * the development corpus), each with the TIMEX3 values a careful reader would give. Kept passing so a
 * rule tuned to the development corpus cannot quietly break ordinary news.
 */
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

const tagged = (text: string, referenceDate: string) =>
  tagTimexes(text, { referenceDate }).map((t) => [t.text, t.value]);

describe('held-out style news', () => {
  it('an election-night wire story (Wednesday 9 November 2016)', () => {
    const text = [
      'WASHINGTON (AP) — Voters went to the polls on Tuesday in a race that had been close since the summer.',
      'Turnout was higher than in 2012, officials said Wednesday.',
      'The president-elect will meet the outgoing president on Thursday at the White House.',
      'Last month, polls showed a tight race; two weeks ago the gap narrowed.',
      'The new administration takes office on Jan. 20, 2017, and its first budget is due in February.',
      'Congress returns next week and must pass a spending bill by Dec. 9.',
      'A year ago, few analysts expected this outcome.',
      'The transition team plans to name a chief of staff by the end of the month.',
      'Shares rose 2 percent on Wednesday morning, and the dollar has gained for three days.',
      'The Senate will vote on Monday.',
      'The campaign began in the spring of 2015 and cost more than $1 billion over 18 months.',
    ].join(' ');
    expect(tagged(text, '2016-11-09')).toEqual([
      ['Tuesday', '2016-11-08'],
      ['the summer', '2016-SU'],
      ['2012', '2012'],
      ['Wednesday', '2016-11-09'],
      ['Thursday', '2016-11-10'],
      ['Last month', '2016-10'],
      ['two weeks ago', '2016-W43'],
      ['Jan. 20, 2017', '2017-01-20'],
      ['February', '2017-02'],
      ['next week', '2016-W46'],
      ['Dec. 9', '2016-12-09'],
      ['A year ago', '2015'],
      ['the end of the month', '2016-11'],
      ['Wednesday morning', '2016-11-09TMO'],
      ['three days', 'P3D'],
      ['Monday', '2016-11-14'],
      ['the spring of 2015', '2015-SP'],
      ['18 months', 'P18M'],
    ]);
  });

  it('an economics report (Wednesday 24 May 2023)', () => {
    const text = [
      "LONDON (Reuters) - Britain's inflation rate fell to 8.7% in April from 10.1% in March, official data",
      'showed on Wednesday, the first time it has dropped below double digits since August last year.',
      'The Bank of England, which has raised interest rates 12 times since December 2021, will announce its',
      'next decision on June 22. Governor Andrew Bailey said last week that prices were likely to fall',
      'sharply this year. Food prices rose 19.1% in the 12 months to April. Core inflation climbed to 6.8%,',
      'its highest since 1992. Finance minister Jeremy Hunt said on Tuesday the government would halve',
      'inflation by the end of 2023. Markets now expect rates to peak at 5.5% in the autumn. Wage growth',
      'slowed in the first quarter, figures showed earlier this month. The ONS will publish May figures next',
      'month. Two years ago, inflation stood at just 0.7%. Mortgage rates have risen every week since the',
      'start of the year.',
    ].join(' ');
    expect(tagged(text, '2023-05-24')).toEqual([
      ['April', '2023-04'],
      ['March', '2023-03'],
      ['Wednesday', '2023-05-24'],
      ['August last year', '2022-08'],
      ['December 2021', '2021-12'],
      ['June 22', '2023-06-22'],
      ['last week', '2023-W20'],
      ['this year', '2023'],
      ['the 12 months', 'P12M'],
      ['April', '2023-04'],
      ['1992', '1992'],
      ['Tuesday', '2023-05-23'],
      ['the end of 2023', '2023'],
      ['now', 'PRESENT_REF'],
      ['the autumn', '2023-FA'],
      ['the first quarter', '2023-Q1'],
      ['earlier this month', '2023-05'],
      ['next month', '2023-06'],
      ['Two years ago', '2021'],
      ['every week', 'P1W'],
      ['the start of the year', '2023'],
    ]);
  });

  it('an anniversary feature (Friday 12 March 2021)', () => {
    const text = [
      "TOKYO (AFP) - Japan marked ten years since the country's worst disaster with ceremonies on Thursday.",
      'The earthquake and tsunami struck on March 11, 2011, and killed more than 18,000 people.',
      'Three days later, a hydrogen explosion tore through the Fukushima plant.',
      'Prime Minister Yoshihide Suga, who took office in September, said the government would finish',
      'decontamination by the end of the decade. About 41,000 people still live away from their homes.',
      'The Olympic torch relay, delayed last year by the pandemic, begins on March 25 in Fukushima.',
      'Foreign spectators will not be allowed at the Games, officials said this week.',
      'In the 1960s, Japan built dozens of reactors.',
      'The plant operator plans to release treated water into the sea within two years.',
      'Every year, survivors gather at the coast.',
      'The last reactor was shut down in May 2012, and two were restarted in 2015.',
      'Local elections will be held next month, and the prefecture will mark the anniversary again next March.',
    ].join(' ');
    expect(tagged(text, '2021-03-12')).toEqual([
      ['ten years', 'P10Y'],
      ['Thursday', '2021-03-11'],
      ['March 11, 2011', '2011-03-11'],
      ['Three days later', '2011-03-14'],
      ['September', '2020-09'],
      ['the end of the decade', '202'],
      ['last year', '2020'],
      ['March 25', '2021-03-25'],
      ['this week', '2021-W10'],
      ['the 1960s', '196'],
      ['two years', 'P2Y'],
      ['Every year', 'P1Y'],
      ['May 2012', '2012-05'],
      ['2015', '2015'],
      ['next month', '2021-04'],
      ['next March', '2022-03'],
    ]);
  });
});
