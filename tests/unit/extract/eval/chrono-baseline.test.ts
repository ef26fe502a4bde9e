import { describe, expect, it } from 'vitest';
import { chronoTag } from '../../../../main/extract/eval/chrono-baseline';

describe('chrono-node baseline', () => {
  it('maps chrono results to TIMEX3 type and value at the precision chrono is sure of', () => {
    const found = chronoTag('The vote was on March 22, 2013. Results came in June.', '2013-06-30');
    expect(found.map((t) => [t.text, t.type, t.value])).toEqual([
      ['March 22, 2013', 'DATE', '2013-03-22'],
      ['June', 'DATE', '2013-06'],
    ]);
  });

  it('types clock times as TIME', () => {
    const [t] = chronoTag('It exploded at 6:42 a.m. on March 22, 2013.', '2013-03-25');
    expect(t.type).toBe('TIME');
    expect(t.value).toMatch(/^2013-03-22T06:42$/);
  });
});
