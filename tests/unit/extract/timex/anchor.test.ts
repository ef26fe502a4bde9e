import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

const values = (text: string, referenceDate: string) =>
  tagTimexes(text, { referenceDate }).map((t) => t.value);

describe('anchoring', () => {
  it('dates "in December" said in a January article to the December just past', () => {
    expect(values('Sales slumped in December.', '2024-01-15')).toEqual(['2023-12']);
  });

  it('dates a month far ahead in a past-tense clause to last year', () => {
    expect(values('The plant closed in September.', '1998-03-04')).toEqual(['1997-09']);
  });

  it('dates a month just ahead in a future clause to this year', () => {
    expect(values('The plant will reopen in April.', '1998-03-04')).toEqual(['1998-04']);
  });

  it('dates a deadline ("by February") ahead of publication even in a past-tense sentence', () => {
    expect(values('The loan, which had been expected, must be repaid by February.', '1989-10-30')).toEqual([
      '1990-02',
    ]);
  });

  it('falls back to publication when the story has named no day yet', () => {
    expect(values('Two days later, the talks resumed.', '2010-05-10')).toEqual(['2010-05-12']);
  });

  it('counts "the following year" from the year the story is in', () => {
    expect(values('He joined in 1995 and the following year he was promoted.', '2010-05-10')).toEqual([
      '1995',
      '1996',
    ]);
  });

  it('compares "a year earlier" in an earnings story with the same quarter', () => {
    expect(values('Profit in the third quarter rose from a year earlier.', '1989-10-30')).toEqual([
      '1989-Q3',
      '1988-Q3',
    ]);
  });

  it('reads "the quarter" as the quarter the report is about', () => {
    expect(values('Sales in the quarter rose.', '1989-10-30')).toEqual(['1989-Q3']);
  });

  it('dates "the weekend" said in the past to the weekend just gone', () => {
    // 1998-08-12 is a Wednesday; the weekend before it was 8-9 August, in ISO week 32.
    expect(values('Protesters marched over the weekend.', '1998-08-12')).toEqual(['1998-W32-WE']);
  });
});
