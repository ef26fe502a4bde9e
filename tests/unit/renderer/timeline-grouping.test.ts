import { describe, expect, it } from 'vitest';
import { buildTimelineModel } from '../../../renderer/src/timeline/timeline-model';
import { documentWith, EVENTS } from './workspace-fixtures';

const doc = documentWith(EVENTS);

describe('swimlanes', () => {
  it('by article: one lane per article in import order, then my events, with stable colours', () => {
    const model = buildTimelineModel(doc, { groupBy: 'article' });
    expect(model.lanes.map((l) => l.id)).toEqual(['a1', 'a2', 'manual']);
    const filtered = buildTimelineModel(doc, {
      groupBy: 'article',
      events: EVENTS.filter((e) => e.id === 'e3'),
    });
    expect(filtered.lanes.map((l) => [l.id, l.colorIndex])).toEqual([['a2', 1]]);
    expect(filtered.items.map((i) => i.colorIndex)).toEqual([1]);
  });

  it('by tag: lanes in tag order with the tag colour, an event in its first tag, then "No tag"', () => {
    const model = buildTimelineModel(doc, { groupBy: 'tag' });
    expect(model.lanes.map((l) => [l.label, l.color])).toEqual([
      ['Politics', '#2f6fde'],
      ['Transport', '#d9480f'],
      ['No tag', undefined],
    ]);
    const laneOf = new Map(model.items.map((i) => [i.id, i.lane]));
    expect(laneOf.get('e2')).toBe('t1');
    expect(laneOf.get('e1')).toBe('t2');
    expect(laneOf.get('e5')).toBe('untagged');
  });

  it('none: a single lane with every shown event', () => {
    const model = buildTimelineModel(doc, { groupBy: 'none', events: EVENTS.slice(0, 2) });
    expect(model.lanes).toHaveLength(1);
    expect(model.items.map((i) => i.lane)).toEqual(['all', 'all']);
  });
});
