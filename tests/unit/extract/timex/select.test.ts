import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../main/extract/timex/meaning';
import { selectLongest } from '../../../../main/extract/timex/select';

function c(start: number, end: number, rule = 'r'): Candidate {
  return { start, end, type: 'DATE', meaning: { kind: 'fixed', value: 'X' }, rule };
}

describe('selectLongest', () => {
  it('keeps the longest of overlapping spans and returns them in text order', () => {
    const chosen = selectLongest([c(10, 14), c(0, 5), c(3, 14), c(20, 25)], new Map());
    expect(chosen.map((x) => [x.start, x.end])).toEqual([
      [3, 14],
      [20, 25],
    ]);
  });

  it('breaks ties between equal spans by rule order', () => {
    const order = new Map([
      ['first', 0],
      ['second', 1],
    ]);
    expect(selectLongest([c(0, 4, 'second'), c(0, 4, 'first')], order)[0].rule).toBe('first');
  });
});
