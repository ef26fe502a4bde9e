import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../../main/extract/timex';

const tag = (text: string) =>
  tagTimexes(text, { referenceDate: '2020-01-01' }).map((t) => [t.text, t.type, t.value]);

describe('sets', () => {
  it('reads recurrences', () => {
    expect(tag('every year, each season, every Monday, twice a week, daily')).toEqual([
      ['every year', 'SET', 'P1Y'],
      ['each season', 'SET', 'P1Y'],
      ['every Monday', 'SET', 'XXXX-WXX-1'],
      ['twice a week', 'SET', 'P1W'],
      ['daily', 'SET', 'P1D'],
    ]);
  });
});
