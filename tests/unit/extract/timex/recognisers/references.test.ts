import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../../main/extract/timex';

const tag = (text: string) => tagTimexes(text, { referenceDate: '2020-01-01' }).map((t) => [t.text, t.value]);

describe('references to present, past and future', () => {
  it('tags "now", "currently", "recently" and "the future"', () => {
    expect(tag('Now he is currently ill; he recently moved and plans for the future.')).toEqual([
      ['Now', 'PRESENT_REF'],
      ['currently', 'PRESENT_REF'],
      ['recently', 'PAST_REF'],
      ['the future', 'FUTURE_REF'],
    ]);
  });

  it('leaves "the past" to the duration in "the past two years"', () => {
    expect(tag('in the past two years')).toEqual([['the past two years', 'P2Y']]);
  });
});
