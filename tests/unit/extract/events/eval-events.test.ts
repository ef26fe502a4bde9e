import { describe, expect, it } from 'vitest';
import { GoldFormatError, matchesGold, parseGold, scoreEvents } from '../../../../main/extract/eval-events';
import type { ExtractedEvent } from '../../../../preload/domain';

function event(title: string, start: string, end?: string): ExtractedEvent {
  return {
    title,
    description: title,
    start,
    ...(end ? { end } : {}),
    precision: 'day',
    approximate: false,
    planned: false,
    quote: title,
    sourceStart: 0,
    sourceEnd: title.length,
    timexes: [],
  };
}

const gold = parseGold({
  dct: '2024-03-01',
  events: [
    { id: 'vote', start: ['2024-02-27', '2024-02-27'], point: true, terms: ['vote', 'ballot'] },
    { id: 'term', start: ['2024-01-01', '2024-01-01'], end: ['2024-12-31', '2025-01-01'], terms: ['term'] },
    { id: 'aside', start: ['2020-01-01', '2020-12-31'], optional: true, terms: ['flood'] },
  ],
});

describe('matchesGold', () => {
  it('needs the start in its window, the end in its window and one term', () => {
    expect(matchesGold(event('Parliament holds vote', '2024-02-27'), gold.events[0])).toBe(true);
    expect(matchesGold(event('Parliament holds vote', '2024-02-26'), gold.events[0])).toBe(false);
    expect(matchesGold(event('Parliament meets', '2024-02-27'), gold.events[0])).toBe(false);
    expect(matchesGold(event('Chair term runs', '2024-01-01', '2024-12-31'), gold.events[1])).toBe(true);
    expect(matchesGold(event('Chair term runs', '2024-01-01', '2024-06-30'), gold.events[1])).toBe(false);
  });

  it('a point must not run past its start window; times count by their day', () => {
    expect(matchesGold(event('Vote held', '2024-02-27', '2024-03-02'), gold.events[0])).toBe(false);
    expect(matchesGold(event('Vote held', '2024-02-27T18:30'), gold.events[0])).toBe(true);
  });
});

describe('scoreEvents', () => {
  it('counts recall over required entries and precision over emitted events, optional ones free', () => {
    const score = scoreEvents(
      [
        event('Vote held', '2024-02-27'),
        event('Flood hits town', '2020-05-01'),
        event('Minister visits', '2023-05-05'),
      ],
      gold,
    );
    expect([score.found, score.expected, score.right, score.emitted]).toEqual([1, 2, 2, 3]);
    expect(score.missed.map((entry) => entry.id)).toEqual(['term']);
    expect(score.wrong.map((entry) => entry.title)).toEqual(['Minister visits']);
  });

  it('counts a duplicate of a found event as wrong', () => {
    const score = scoreEvents(
      [event('Vote held', '2024-02-27'), event('Ballot counted', '2024-02-27')],
      gold,
    );
    expect([score.found, score.right, score.emitted]).toEqual([1, 1, 2]);
  });

  it('assigns events so that the most gold entries are found', () => {
    const twoWays = parseGold({
      dct: '2024-03-01',
      events: [
        { id: 'a', start: ['2024-01-01', '2024-12-31'], terms: ['vote', 'term'] },
        { id: 'b', start: ['2024-02-27', '2024-02-27'], terms: ['vote'] },
      ],
    });
    const score = scoreEvents(
      [event('Vote held', '2024-02-27'), event('Term starts', '2024-01-01')],
      twoWays,
    );
    expect(score.found).toBe(2);
  });
});

describe('parseGold', () => {
  it('names what is wrong with a malformed file', () => {
    expect(() => parseGold({ dct: '16/01/2024', events: [] })).toThrow(GoldFormatError);
    expect(() =>
      parseGold({ dct: '2024-01-16', events: [{ id: 'x', start: ['2024-02-01', '2024-01-01'], terms: [] }] }),
    ).toThrow(/x: "start"/);
    expect(() =>
      parseGold({ dct: '2024-01-16', events: [{ id: 'y', start: ['2024-01-01', '2024-01-02'] }] }),
    ).toThrow(/terms/);
  });
});
