import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../../main/extract/timex';

const tag = (text: string) => tagTimexes(text, { referenceDate: '2020-06-15' });

describe('modifiers', () => {
  it('takes "early", "late", "mid-" and "the end of" into the expression as a mod', () => {
    expect(tag('It opened in early December.')[0]).toMatchObject({ text: 'early December', mod: 'START' });
    expect(tag('It opens by the end of the year.')[0]).toMatchObject({
      text: 'the end of the year',
      value: '2020',
      mod: 'END',
    });
    expect(tag('Sales peaked in mid-2019.')[0]).toMatchObject({
      text: 'mid-2019',
      value: '2019',
      mod: 'MID',
    });
  });

  it('takes "late on" into a weekday: "late on Saturday" is the end of that Saturday', () => {
    expect(tag('The fire broke out late on Saturday.')[0]).toMatchObject({
      text: 'late on Saturday',
      value: '2020-06-13',
      mod: 'END',
    });
  });

  it('takes approximations into amounts', () => {
    expect(tag('It lasted nearly two years.')[0]).toMatchObject({
      text: 'nearly two years',
      value: 'P2Y',
      mod: 'LESS_THAN',
    });
    expect(tag('The siege lasted more than three weeks.')[0]).toMatchObject({
      text: 'more than three weeks',
      mod: 'MORE_THAN',
    });
  });

  it('leaves the preposition "over" out of "over the past year"', () => {
    expect(tag('Prices rose over the past two years.')[0].text).toBe('the past two years');
  });
});

describe('approximations of dates', () => {
  it('takes "around" into a clock time but not into a weekday it only precedes', () => {
    expect(tag('The blast came around 5 p.m.')[0]).toMatchObject({ text: 'around 5 p.m.', mod: 'APPROX' });
    expect(tag("They will try to get around Wednesday's ruling.")[0].text).toBe('Wednesday');
  });
});
