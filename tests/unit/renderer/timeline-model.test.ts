import { describe, expect, it } from 'vitest';
import type { TimelineDocument, TimelineEvent } from '../../../preload/domain';
import { fitWindow, revealWindow } from '../../../renderer/src/timeline/fit-window';
import {
  buildTimelineModel,
  itemKind,
  MANUAL_GROUP_ID,
  truncateLabel,
} from '../../../renderer/src/timeline/timeline-model';
import { sampleEvent } from '../fixtures';

const event = (overrides: Partial<TimelineEvent>): TimelineEvent =>
  sampleEvent(overrides.id ?? 'e', { title: 'Event', ...overrides });

const article = (id: string, title: string, importedAt: string) => ({
  id,
  title,
  text: 'text',
  publishedAt: '2024-01-16',
  publishedAtSource: 'user' as const,
  hash: id,
  importedAt,
});

describe('timeline model', () => {
  it('draws a known day as a point, a span as a range, and a month- or year-date as a coarse span', () => {
    expect(itemKind(event({}))).toBe('point');
    expect(itemKind(event({ end: '2024-01-20' }))).toBe('range');
    expect(itemKind(event({ precision: 'month', start: '2023-12-01' }))).toBe('coarse');
    const model = buildTimelineModel({
      version: 1,
      articles: [],
      events: [event({ id: 'm', precision: 'month', start: '2023-12-01' })],
      tags: [],
    });
    expect(model.items[0].end?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(model.items[0].when).toBe('December 2023');
  });

  it('makes one lane per article in import order, manual events last, empty articles left out', () => {
    const document: TimelineDocument = {
      version: 1,
      articles: [
        article('b', 'Second article', '2024-02-01T00:00:00.000Z'),
        article('a', 'First article', '2024-01-01T00:00:00.000Z'),
        article('c', 'Article without events', '2024-03-01T00:00:00.000Z'),
      ],
      events: [
        event({ id: '1', origin: 'extracted', articleId: 'b' }),
        event({ id: '2' }),
        event({ id: '3', origin: 'extracted', articleId: 'a', start: '-0043-03-15' }),
      ],
      tags: [],
    };
    const model = buildTimelineModel(document);
    expect(model.lanes.map((l) => l.id)).toEqual(['a', 'b', MANUAL_GROUP_ID]);
    expect(model.items.map((i) => i.id)).toEqual(['3', '1', '2']);
    expect(model.items[0].start.getUTCFullYear()).toBe(-43);
  });

  it('shortens long lane labels at a word and keeps the full title', () => {
    const title =
      'Russia and India leaders discuss BRICS chairmanship, oil and coal trade in a long phone call';
    const model = buildTimelineModel({
      version: 1,
      articles: [article('a', title, '2024-01-01T00:00:00.000Z')],
      events: [event({ articleId: 'a', origin: 'extracted' })],
      tags: [],
    });
    expect(model.lanes[0].title).toBe(title);
    expect(model.lanes[0].label.endsWith('…')).toBe(true);
    expect(Array.from(model.lanes[0].label).length).toBeLessThanOrEqual(64);
    expect(truncateLabel('short', 10)).toBe('short');
  });

  it('fits a window with room for the last label on the right', () => {
    const model = buildTimelineModel({
      version: 1,
      articles: [],
      events: [event({ id: 'a', start: '2024-01-01' }), event({ id: 'b', start: '2024-12-31' })],
      tags: [],
    });
    const range = fitWindow(model.items, 1000)!;
    const lastPx =
      ((model.items[1].start.getTime() - range.start.getTime()) /
        (range.end.getTime() - range.start.getTime())) *
      1000;
    expect(lastPx).toBeLessThanOrEqual(1000 - 280 + 1);
    expect(range.start.getTime()).toBeLessThan(model.items[0].start.getTime());
    expect(fitWindow([], 1000)).toBeNull();
  });

  it('zooms in on an item picked from far away and leaves one already in view alone', () => {
    const [item] = buildTimelineModel({
      version: 1,
      articles: [],
      events: [event({ id: 'a', start: '2024-01-15' })],
      tags: [],
    }).items;
    const millennia = { start: new Date(Date.UTC(-100, 0, 1)), end: new Date(Date.UTC(3000, 0, 1)) };
    const zoomed = revealWindow(item, millennia)!;
    expect(zoomed.end.getTime() - zoomed.start.getTime()).toBe(180 * 86_400_000);
    expect(zoomed.start.getTime()).toBeLessThan(item.start.getTime());
    const nearby = { start: new Date(Date.UTC(2023, 11, 1)), end: new Date(Date.UTC(2024, 5, 1)) };
    expect(revealWindow(item, nearby)).toBeNull();
  });
});
