import { describe, expect, it } from 'vitest';
import {
  contentWords,
  type HappeningFacts,
  sameActorsAndAction,
  sameHappening,
  singular,
} from '../../../main/events/same-happening';

const onDay = (title: string, start = '2024-03-04', precision = 'day'): HappeningFacts => ({
  title,
  start,
  precision,
});

describe('content words of a title', () => {
  it('drops determiners, prepositions and auxiliaries, and brings verbs and plurals to one form', () => {
    expect(contentWords('The city council has approved the budgets for schools').map((w) => w.key)).toEqual([
      'city',
      'council',
      'approve',
      'budget',
      'school',
    ]);
  });

  it('marks capitalised words after the first as names, and verbs after the first word as the action', () => {
    const words = contentWords('Ministers meet Acme unions');
    expect(words.find((w) => w.key === 'acme')?.isName).toBe(true);
    expect(words.find((w) => w.key === 'meet')?.isVerb).toBe(true);
    expect(words[0].isVerb).toBe(false);
  });

  it('singular keeps words that only look plural', () => {
    expect(['workers', 'companies', 'crisis', 'boss', 'churches'].map(singular)).toEqual([
      'worker',
      'company',
      'crisis',
      'boss',
      'church',
    ]);
  });
});

describe('same actors and action', () => {
  it('merges the same headline told in other tenses, numbers and articles', () => {
    expect(sameActorsAndAction('City council approves budget', 'The city council approved the budget')).toBe(
      true,
    );
    expect(sameActorsAndAction('Rail workers walk out', 'Rail worker walked out')).toBe(true);
  });

  it('merges when one title only adds detail to the other', () => {
    expect(sameActorsAndAction('Council approves budget', 'City council approves 2025 budget')).toBe(true);
  });

  it('does not merge different actors doing the same thing', () => {
    expect(sameActorsAndAction('City council approves budget', 'School board approves budget')).toBe(false);
    expect(
      sameActorsAndAction('Paris council approves housing budget', 'Lyon council approves housing budget'),
    ).toBe(false);
  });

  it('does not merge the same actors doing something else', () => {
    expect(sameActorsAndAction('City council approves budget', 'City council rejects budget')).toBe(false);
    expect(sameActorsAndAction('Police arrest protesters', 'Police release protesters')).toBe(false);
  });

  it('keeps negation: doing and not doing are different actions', () => {
    expect(sameActorsAndAction('Council approves budget', 'Council does not approve budget')).toBe(false);
  });

  it('needs a shared action, not only shared nouns', () => {
    expect(sameActorsAndAction('Council budget', 'Council approves budget')).toBe(false);
    expect(sameActorsAndAction('Talks', 'Talks')).toBe(false);
  });

  it('lets long titles differ by one common word but never by a name or a verb', () => {
    expect(
      sameActorsAndAction(
        'Regional council approves new housing budget for schools',
        'Regional council approves annual housing budget for schools',
      ),
    ).toBe(true);
    expect(
      sameActorsAndAction(
        'Regional council approves housing budget for Leeds schools',
        'Regional council approves housing budget for York schools',
      ),
    ).toBe(false);
    expect(
      sameActorsAndAction('Three small unions sign wage deal', 'Three small unions reject wage deal'),
    ).toBe(false);
  });
});

describe('same happening', () => {
  it('needs the same dates at the same precision', () => {
    expect(sameHappening(onDay('Council approves budget'), onDay('The council approved the budget'))).toBe(
      true,
    );
    expect(
      sameHappening(onDay('Council approves budget'), onDay('Council approves budget', '2024-03-05')),
    ).toBe(false);
    expect(
      sameHappening(onDay('Council approves budget'), onDay('Council approves budget', '2024-03-04', 'week')),
    ).toBe(false);
    expect(
      sameHappening(
        { ...onDay('Council approves budget'), end: '2024-03-06' },
        onDay('Council approves budget'),
      ),
    ).toBe(false);
  });

  it('treats a point and an interval ending where it starts alike', () => {
    expect(
      sameHappening(
        { ...onDay('Council approves budget'), end: '2024-03-04' },
        onDay('Council approves budget'),
      ),
    ).toBe(true);
  });
});
