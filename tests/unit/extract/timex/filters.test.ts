import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';
import { looksBinary } from '../../../../main/extract/timex/filters';

describe('filters', () => {
  it('recognises binary data by its control characters', () => {
    expect(looksBinary('\u0000\u0001\u0002abc\u0003\u0004')).toBe(true);
    expect(looksBinary('Plain news text, with a tab\tand lines\n.')).toBe(false);
  });

  it('does not take the titles of shows for time expressions', () => {
    const tags = tagTimexes('He told CBS\'s "60 Minutes" and ABC\'s "This Week" that he would run.', {
      referenceDate: '2020-01-01',
    });
    expect(tags).toEqual([]);
  });
});
