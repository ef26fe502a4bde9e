import { describe, expect, it } from 'vitest';
import {
  clearChip,
  describeFilter,
  EMPTY_FILTER,
  filterEvents,
  isFilterActive,
  UNTAGGED,
} from '../../../renderer/src/workspace/event-filter';
import { documentWith, EVENTS } from './workspace-fixtures';

const doc = documentWith(EVENTS);
const ids = (filter: Partial<typeof EMPTY_FILTER>) =>
  filterEvents(doc, { ...EMPTY_FILTER, ...filter }).map((e) => e.id);

describe('filtering events', () => {
  it('keeps everything without a filter', () => {
    expect(isFilterActive(EMPTY_FILTER)).toBe(false);
    expect(ids({})).toEqual(['e1', 'e2', 'e3', 'e4', 'e5']);
  });

  it('searches titles, quotes, article titles and tag names, ignoring case and accents', () => {
    expect(ids({ text: 'bridge' })).toEqual(['e1', 'e2']);
    expect(ids({ text: 'cafe' })).toEqual(['e5']);
    expect(ids({ text: 'engineers' })).toEqual(['e1']);
    expect(ids({ text: 'council' })).toEqual(['e3']);
    expect(ids({ text: 'politics' })).toEqual(['e2', 'e4']);
    // Every word must match somewhere.
    expect(ids({ text: 'bridge politics' })).toEqual(['e2']);
  });

  it('keeps events that overlap the date range, a month-precision event by its whole month', () => {
    expect(ids({ from: '2024-02-15', to: '2024-03-31' })).toEqual(['e2', 'e3']);
    expect(ids({ from: '2024-05-21' })).toEqual(['e5']);
    expect(ids({ to: '0001-01-01' })).toEqual(['e4']);
    // A half-typed date is not applied.
    expect(ids({ from: '2024-0' })).toHaveLength(5);
  });

  it('filters by tag, no tag, article, origin and precision', () => {
    expect(ids({ tagId: 't1' })).toEqual(['e2', 'e4']);
    expect(ids({ tagId: UNTAGGED })).toEqual(['e3', 'e5']);
    expect(ids({ articleId: 'a1' })).toEqual(['e1', 'e2']);
    expect(ids({ origin: 'manual' })).toEqual(['e4', 'e5']);
    expect(ids({ precision: 'month' })).toEqual(['e3']);
    expect(ids({ origin: 'extracted', tagId: 't1' })).toEqual(['e2']);
  });

  it('describes the active filter as chips that clear one part each', () => {
    const filter = { ...EMPTY_FILTER, text: 'bridge', from: '2024-01-01', to: '2024-12-31', tagId: 't2' };
    const chips = describeFilter(filter, doc);
    expect(chips.map((c) => c.label)).toEqual(['“bridge”', '1 Jan 2024 – 31 Dec 2024', 'tag: Transport']);
    const cleared = clearChip(filter, 'dates');
    expect(cleared.from).toBe('');
    expect(cleared.to).toBe('');
    expect(cleared.text).toBe('bridge');
    expect(describeFilter({ ...EMPTY_FILTER, from: '-0043-01-01' }, doc)[0].label).toBe('from 1 Jan 44 BC');
  });
});
