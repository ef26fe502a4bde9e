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

describe('moveable feasts', () => {
  it('dates Good Friday and Easter Monday from Easter Sunday of the year', () => {
    const tags = tagTimexes('Shops close on Good Friday and Easter Monday.', { referenceDate: '2024-03-20' });
    expect(tags.map((t) => [t.text, t.value])).toEqual([
      ['Good Friday', '2024-03-29'],
      ['Easter Monday', '2024-04-01'],
    ]);
  });

  it('dates US Election Day to the Tuesday after the first Monday of November', () => {
    const [t] = tagTimexes('Voters will go to the polls on Election Day.', { referenceDate: '2024-09-01' });
    expect(t.value).toBe('2024-11-05');
  });
});
