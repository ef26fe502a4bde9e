import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../../main/extract/timex';

const tag = (text: string, referenceDate = '1998-08-12') =>
  tagTimexes(text, { referenceDate }).map((t) => [t.text, t.value]);

describe('relative expressions', () => {
  it('counts days from publication', () => {
    expect(tag('yesterday, today and tomorrow morning')).toEqual([
      ['yesterday', '1998-08-11'],
      ['today', '1998-08-12'],
      ['tomorrow morning', '1998-08-13TMO'],
    ]);
  });

  it('moves by calendar units', () => {
    expect(tag('last month, next year, this week, last weekend')).toEqual([
      ['last month', '1998-07'],
      ['next year', '1999'],
      ['this week', '1998-W33'],
      ['last weekend', '1998-W32-WE'],
    ]);
  });

  it('counts back with "ago" at the unit named', () => {
    expect(tag('three years ago, two months ago and ten days ago')).toEqual([
      ['three years ago', '1995'],
      ['two months ago', '1998-06'],
      ['ten days ago', '1998-08-02'],
    ]);
  });

  it('anchors "the following month" and "that year" to the date just mentioned', () => {
    expect(tag('He arrived in June 1990. The following month he left, and that year he married.')).toEqual([
      ['June 1990', '1990-06'],
      ['The following month', '1990-07'],
      ['that year', '1990'],
    ]);
  });

  it('reads "last Friday" and "next Tuesday" against publication (a Wednesday)', () => {
    expect(tag('last Friday and next Tuesday')).toEqual([
      ['last Friday', '1998-08-07'],
      ['next Tuesday', '1998-08-18'],
    ]);
  });
});
