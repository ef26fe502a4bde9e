import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../../main/extract/timex';

const tag = (text: string, referenceDate = '1998-02-12') =>
  tagTimexes(text, { referenceDate }).map((t) => [t.text, t.type, t.value]);

describe('times', () => {
  it('reads clock times on the day of publication', () => {
    expect(tag('The blast came at 6:42 a.m. and police arrived at noon')).toEqual([
      ['6:42 a.m.', 'TIME', '1998-02-12T06:42'],
      ['noon', 'TIME', '1998-02-12T12:00'],
    ]);
  });

  it('joins a clock time with its day', () => {
    // Publication is Thursday 1998-02-12; Wednesday was the day before.
    expect(tag('He was shot at 10 p.m. Wednesday.')).toEqual([
      ['10 p.m. Wednesday', 'TIME', '1998-02-11T22:00'],
    ]);
  });

  it('does not take a score or a ratio for a time', () => {
    expect(tag('The team won 3:21 in the final, a ratio of 10:15')).toEqual([]);
  });
});
