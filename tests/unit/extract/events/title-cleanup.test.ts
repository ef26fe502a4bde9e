import { describe, expect, it } from 'vitest';
import {
  withoutAttributions,
  withoutDateline,
  withoutTimes,
} from '../../../../main/extract/events/title-cleanup';
import { joinTokens, tokenize } from '../../../../main/extract/events/tokens';

function spanOf(text: string, phrase: string) {
  const start = text.indexOf(phrase);
  return { start, end: start + phrase.length };
}

describe('withoutTimes', () => {
  it('drops the date with the words that only introduce it', () => {
    const text = 'The leaders could meet in person at some point in 2024';
    expect(joinTokens(withoutTimes(tokenize(text), [spanOf(text, '2024')]))).toBe(
      'The leaders could meet in person',
    );
    const end = 'Turnover could double by the end of the decade';
    expect(joinTokens(withoutTimes(tokenize(end), [spanOf(end, 'the decade')]))).toBe(
      'Turnover could double',
    );
  });

  it('keeps the preposition of a noun the date qualifies', () => {
    const text = "He will take charge of Saturday's match";
    expect(joinTokens(withoutTimes(tokenize(text), [spanOf(text, "Saturday's")]))).toBe(
      'He will take charge of match',
    );
  });
});

describe('withoutAttributions', () => {
  it('drops "according to ..." in front and ", X said" behind', () => {
    const front = tokenize('According to the ministry, prices rose');
    expect(joinTokens(withoutAttributions(front))).toBe('prices rose');
    const behind = tokenize('Prices rose sharply, the ministry said');
    expect(joinTokens(withoutAttributions(behind))).toBe('Prices rose sharply');
  });

  it('keeps what was said after "X said that"', () => {
    const tokens = tokenize('The minister said that the talks had failed');
    expect(joinTokens(withoutAttributions(tokens))).toBe('the talks had failed');
  });
});

describe('withoutDateline', () => {
  it('drops "CITY, date (Agency) -"', () => {
    const tokens = tokenize('GENEVA, May 2 (Reuters) - Talks resumed');
    expect(joinTokens(withoutDateline(tokens))).toBe('Talks resumed');
  });
});
