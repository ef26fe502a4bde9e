import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SORT,
  nextSort,
  sortEvents,
  stepSelection,
  timeOrder,
} from '../../../renderer/src/workspace/event-order';
import { documentWith, EVENTS } from './workspace-fixtures';

const doc = documentWith(EVENTS);

describe('time order and keyboard steps', () => {
  it('orders by date with BCE first', () => {
    expect(timeOrder(EVENTS).map((e) => e.id)).toEqual(['e4', 'e1', 'e3', 'e2', 'e5']);
  });

  it('steps through ids, starting at an end when nothing is selected, stopping at the ends', () => {
    const ids = ['a', 'b', 'c'];
    expect(stepSelection(ids, null, 'next')).toBe('a');
    expect(stepSelection(ids, null, 'previous')).toBe('c');
    expect(stepSelection(ids, 'a', 'next')).toBe('b');
    expect(stepSelection(ids, 'c', 'next')).toBe('c');
    expect(stepSelection(ids, 'a', 'previous')).toBe('a');
    expect(stepSelection(ids, 'b', 'last')).toBe('c');
    expect(stepSelection(ids, 'b', 'first')).toBe('a');
    // The selected event was filtered out: start again from the edge.
    expect(stepSelection(ids, 'zzz', 'next')).toBe('a');
    expect(stepSelection([], 'a', 'next')).toBeNull();
  });
});

describe('sorting the list', () => {
  const order = (key: Parameters<typeof nextSort>[1], direction: 'ascending' | 'descending' = 'ascending') =>
    sortEvents(EVENTS, { key, direction }, doc).map((e) => e.id);

  it('sorts by date both ways', () => {
    expect(order('date')).toEqual(['e4', 'e1', 'e3', 'e2', 'e5']);
    expect(order('date', 'descending')).toEqual(['e5', 'e2', 'e3', 'e1', 'e4']);
  });

  it('sorts by title, article, precision and tags; empty cells last either way', () => {
    expect(order('title')).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(order('article')).toEqual(['e3', 'e1', 'e2', 'e4', 'e5']);
    expect(order('article', 'descending')).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
    expect(order('precision')).toEqual(['e4', 'e1', 'e2', 'e5', 'e3']);
    expect(order('tags')).toEqual(['e4', 'e2', 'e1', 'e3', 'e5']);
  });

  it('flips the direction on the same column and starts ascending on another', () => {
    expect(nextSort(DEFAULT_SORT, 'date')).toEqual({ key: 'date', direction: 'descending' });
    expect(nextSort({ key: 'date', direction: 'descending' }, 'title')).toEqual({
      key: 'title',
      direction: 'ascending',
    });
  });
});
