import { describe, expect, it } from 'vitest';
import { joinTokens, tokenize } from '../../../../main/extract/events/tokens';
import { headlineVerb, verbGroupEnd } from '../../../../main/extract/events/verb-groups';

function headline(group: string, plural = false): string {
  return joinTokens(headlineVerb(tokenize(group), plural));
}

describe('headlineVerb', () => {
  it.each([
    ['held', false, 'holds'],
    ['held', true, 'hold'],
    ['has become', false, 'becomes'],
    ['was signed', false, 'signed'],
    ['will visit', false, 'to visit'],
    ['would be able to meet', true, 'to meet'],
    ['is expected to be named', false, 'to be named'],
    ['could double', false, 'could double'],
    ['could be crossed', false, 'could be crossed'],
    ['did not attend', false, 'did not attend'],
    ['was', false, 'is'],
  ])('"%s" (plural %s) → "%s"', (group, plural, expected) => {
    expect(headline(group, plural)).toBe(expected);
  });
});

describe('verbGroupEnd', () => {
  it('stops after the main verb, and after "had" that takes an object', () => {
    const held = tokenize('held talks with the minister');
    expect(verbGroupEnd(held, 0)).toBe(1);
    const had = tokenize('had a phone conversation');
    expect(verbGroupEnd(had, 0)).toBe(1);
    const chain = tokenize('would be able to meet in person');
    expect(verbGroupEnd(chain, 0)).toBe(5);
  });
});
