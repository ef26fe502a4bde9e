import { describe, expect, it } from 'vitest';
import { InvalidReferenceDateError, tagTimexes } from '../../../../main/extract/timex';

function tag(text: string, referenceDate = '1998-08-10') {
  return tagTimexes(text, { referenceDate }).map((t) => ({ text: t.text, type: t.type, value: t.value }));
}

describe('tagTimexes', () => {
  it('reads a full date with its calendar day', () => {
    const [t] = tagTimexes('The bombing on March 22, 2013 shocked everyone.', {
      referenceDate: '2013-03-25',
    });
    expect(t).toMatchObject({ text: 'March 22, 2013', type: 'DATE', value: '2013-03-22' });
    expect(t.interval).toEqual({ start: '2013-03-22', end: '2013-03-22' });
    expect(t.precision).toBe('day');
  });

  it("'last month' in a January article means December of the year before", () => {
    expect(tag('Prices rose last month.', '2024-01-15')).toEqual([
      { text: 'last month', type: 'DATE', value: '2023-12' },
    ]);
  });

  it('dates a bare weekday in a past-tense clause to the most recent one', () => {
    // 1998-08-10 is a Monday; "Friday" said in the past is 1998-08-07.
    expect(tag('The embassy was bombed Friday.')).toEqual([
      { text: 'Friday', type: 'DATE', value: '1998-08-07' },
    ]);
  });

  it('dates a weekday in a future clause to the coming one', () => {
    expect(tag('The talks will resume Thursday.')).toEqual([
      { text: 'Thursday', type: 'DATE', value: '1998-08-13' },
    ]);
  });

  it('gives a month without a year the year of publication', () => {
    expect(tag('He resigned in June.')).toEqual([{ text: 'June', type: 'DATE', value: '1998-06' }]);
  });

  it('reads years, decades and centuries', () => {
    expect(tag('In 1995, in the 1980s and in the twentieth century.').map((t) => t.value)).toEqual([
      '1995',
      '198',
      '19',
    ]);
  });

  it('writes years before Christ the TimeML way and astronomically in the interval', () => {
    const [t] = tagTimexes('Caesar died in 44 BC.', { referenceDate: '2020-01-01' });
    expect(t.value).toBe('BC0044');
    expect(t.interval).toEqual({ start: '-0043-01-01', end: '-0043-12-31' });
  });

  it('reads durations and sets', () => {
    expect(tag('A nine-day strike lasted three weeks, held every year.')).toEqual([
      { text: 'nine-day', type: 'DURATION', value: 'P9D' },
      { text: 'three weeks', type: 'DURATION', value: 'P3W' },
      { text: 'every year', type: 'SET', value: 'P1Y' },
    ]);
  });

  it('anchors "two days later" to the date just mentioned', () => {
    expect(tag('They met on Aug. 1, 1998. Two days later, they signed.').map((t) => t.value)).toEqual([
      '1998-08-01',
      '1998-08-03',
    ]);
  });

  it('rejects a reference date that is not a calendar day', () => {
    expect(() => tagTimexes('today', { referenceDate: '1998-02-30' })).toThrow(InvalidReferenceDateError);
  });

  it('does not take the modal verb "may" for the month', () => {
    expect(tag('He may resign.')).toEqual([]);
  });
});
