import { describe, expect, it } from 'vitest';
import { alternation, MONTH, wordPattern } from '../../../../main/extract/timex/patterns';

describe('patterns', () => {
  it('lists alternatives longest first so the longer word wins', () => {
    expect(alternation(['sep', 'september'])).toBe('september|sep');
  });

  it('matches whole words only', () => {
    const re = wordPattern(`(${MONTH})`);
    expect('Marches, Mayor, in May'.match(re)).toEqual(['May']);
  });
});
