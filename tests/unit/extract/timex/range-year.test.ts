import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

const values = (text: string, referenceDate: string) =>
  tagTimexes(text, { referenceDate }).map((t) => `${t.text}=${t.value}`);

describe('a range written with one year', () => {
  it("'from April to June 2025' puts April in 2025, not in the article's year", () => {
    expect(values('The second phase will run from April to June 2025.', '2024-03-06')).toEqual([
      'April=2025-04',
      'June 2025=2025-06',
    ]);
  });

  it('months that wrap round the new year take the year before for the first end', () => {
    expect(values('The exhibition runs from November to February 2025.', '2024-03-06')).toEqual([
      'November=2024-11',
      'February 2025=2025-02',
    ]);
  });

  it("days with a dash and 'between … and' work the same way, in the past too", () => {
    expect(values('Roadworks last from March 3-April 5, 2024, the city said.', '2023-12-01')).toContain(
      'March 3=2024-03-03',
    );
    expect(values('The festival ran between May and July 2019.', '2024-03-06')).toEqual([
      'May=2019-05',
      'July 2019=2019-07',
    ]);
  });

  it('a later date in another clause lends no year', () => {
    expect(values('Sales rose in April, and the company expects more by June 2026.', '2024-05-10')).toContain(
      'April=2024-04',
    );
  });
});
