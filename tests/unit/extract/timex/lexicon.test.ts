import { describe, expect, it } from 'vitest';
import { monthNumber, numberValue, ordinalValue, yearValue } from '../../../../main/extract/timex/lexicon';

describe('lexicon', () => {
  it('reads numbers written in words or digits', () => {
    expect(numberValue('twenty-four')).toBe(24);
    expect(numberValue('1,000')).toBe(1000);
    expect(numberValue('a')).toBe(1);
    expect(numberValue('two and a half')).toBe(2.5);
    expect(numberValue('several')).toBeUndefined();
  });

  it('reads ordinals and month abbreviations', () => {
    expect(ordinalValue('twenty-first')).toBe(21);
    expect(ordinalValue('3rd')).toBe(3);
    expect(monthNumber('Sept.')).toBe(9);
  });

  it('reads spelled-out years', () => {
    expect(yearValue('nineteen ninety-six')).toBe(1996);
    expect(yearValue('two thousand and three')).toBe(2003);
    expect(yearValue("'98")).toBe(1998);
  });
});
