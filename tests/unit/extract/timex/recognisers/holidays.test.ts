import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../../main/extract/timex';

describe('holidays', () => {
  it('dates Thanksgiving to the fourth Thursday of November', () => {
    const [t] = tagTimexes('Stores open on Thanksgiving Day.', { referenceDate: '1999-11-20' });
    expect([t.text, t.value]).toEqual(['Thanksgiving Day', '1999-11-25']);
  });

  it('dates Christmas to December 25 of the nearest year', () => {
    const [t] = tagTimexes('They met at Christmas.', { referenceDate: '2000-01-05' });
    expect(t.value).toBe('1999-12-25');
  });
});
