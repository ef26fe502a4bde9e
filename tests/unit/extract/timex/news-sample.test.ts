import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

// A news paragraph written for this test (publication: Thursday 17 December 2015).
const ARTICLE = `WASHINGTON - The Federal Reserve on Wednesday raised interest rates for the first time in nearly a decade, ending an era of cheap money that began in December 2008. Fed Chair Janet Yellen will hold a news conference at 2:30 p.m. EST. In 2014 the economy grew 2.4 percent; growth slowed in the first half of this year but picked up in the third quarter. Officials meet again on Jan. 26-27. Over the past 18 months, prices rose. By 2030, emissions should fall 40%.`;

describe('a news paragraph', () => {
  const found = tagTimexes(ARTICLE, { referenceDate: '2015-12-17' }).map((t) => [t.text, t.type, t.value]);

  it('finds every time expression with its TimeML value', () => {
    expect(found).toEqual([
      ['Wednesday', 'DATE', '2015-12-16'],
      ['nearly a decade', 'DURATION', 'P10Y'],
      ['December 2008', 'DATE', '2008-12'],
      ['2:30 p.m. EST', 'TIME', '2015-12-17T14:30'],
      ['2014', 'DATE', '2014'],
      ['the first half of this year', 'DATE', '2015-H1'],
      ['the third quarter', 'DATE', '2015-Q3'],
      ['Jan. 26', 'DATE', '2016-01-26'],
      ['27', 'DATE', '2016-01-27'],
      ['the past 18 months', 'DURATION', 'P18M'],
      ['2030', 'DATE', '2030'],
    ]);
  });
});
