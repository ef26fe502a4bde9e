import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../../main/extract/timex';

const tag = (text: string, referenceDate = '1989-10-30') =>
  tagTimexes(text, { referenceDate }).map((t) => [t.text, t.value]);

describe('quarters, halves and seasons', () => {
  it('dates a quarter reported after it ended to the year just past', () => {
    expect(tag('Profit rose in the third quarter.')).toEqual([['the third quarter', '1989-Q3']]);
    expect(tag('Profit rose in the fourth quarter.', '1990-01-20')).toEqual([
      ['the fourth quarter', '1989-Q4'],
    ]);
  });

  it('reads "the third quarter of 2023", "Q3" and "the second half of next year"', () => {
    expect(tag('in the third quarter of 2023, in Q3 and in the second half of next year')).toEqual([
      ['the third quarter of 2023', '2023-Q3'],
      ['Q3', '1989-Q3'],
      ['the second half of next year', '1990-H2'],
    ]);
  });

  it('reads "the first half of 2026" as the half, not as 2026 with a modifier', () => {
    expect(tag('The terminal should open in the first half of 2026.')).toEqual([
      ['the first half of 2026', '2026-H1'],
    ]);
  });

  it('leaves the article out of the adjective "third-quarter"', () => {
    expect(tag('the third-quarter results')).toEqual([['third-quarter', '1989-Q3']]);
  });

  it('compares with the same quarter a year before', () => {
    expect(tag('Net rose in the third quarter from the year-ago quarter.')).toEqual([
      ['the third quarter', '1989-Q3'],
      ['the year-ago quarter', '1988-Q3'],
    ]);
  });

  it('reads seasons relative to publication', () => {
    expect(tag('last summer, this spring and the summer of 1998')).toEqual([
      ['last summer', '1989-SU'],
      ['this spring', '1989-SP'],
      ['the summer of 1998', '1998-SU'],
    ]);
  });

  it('does not take "fall" the verb or "a quarter of" the fraction', () => {
    expect(tag('Prices may fall. A quarter of the staff left.')).toEqual([]);
  });
});
