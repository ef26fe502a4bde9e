import { describe, expect, it } from 'vitest';
import type { TimelineDocument, TimelineEvent } from '../../../preload/domain';
import { buildTicks, chooseStep } from '../../../renderer/src/export/axis-ticks';
import { fitText, LAYOUT, layoutPng, wrapText } from '../../../renderer/src/export/png-layout';
import { buildTimelineModel } from '../../../renderer/src/timeline/timeline-model';
import { manualEvent } from '../fixtures';

// 7px per character: close enough to a 13px system font for layout tests.
const measure = (text: string) => Array.from(text).length * 7;

const manual = (id: string, start: string, title: string, end?: string): TimelineEvent =>
  manualEvent(id, start, title, end ? { end } : {});

function documentWith(events: TimelineEvent[]): TimelineDocument {
  return { version: 1, articles: [], events, tags: [] };
}

describe('PNG layout', () => {
  it('lays out every event, whatever part of the timeline is on screen', () => {
    const events = Array.from({ length: 40 }, (_, i) =>
      manual(`e${i}`, `20${String(10 + (i % 15)).padStart(2, '0')}-0${1 + (i % 9)}-15`, `Event number ${i}`),
    );
    const layout = layoutPng(buildTimelineModel(documentWith(events)), {
      title: 'T',
      subtitle: 'S',
      measure,
    });
    expect(layout.items.map((i) => i.id).sort()).toEqual(events.map((e) => e.id).sort());
    expect(layout.width).toBe(1600);
  });

  it('never lets two items or their labels overlap in the same row', () => {
    const events = Array.from({ length: 30 }, (_, i) =>
      manual(`e${i}`, `2024-01-${String(1 + (i % 28)).padStart(2, '0')}`, `A fairly long event title ${i}`),
    );
    events.push(manual('span', '2024-01-03', 'A long period', '2024-01-25'));
    const layout = layoutPng(buildTimelineModel(documentWith(events)), {
      title: 'T',
      subtitle: 'S',
      measure,
    });
    for (const a of layout.items) {
      for (const b of layout.items) {
        if (a === b || a.y !== b.y) continue;
        const apart = a.right + LAYOUT.itemGap <= b.left || b.right + LAYOUT.itemGap <= a.left;
        expect(apart, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
    // Everything stays inside the picture.
    for (const item of layout.items) {
      expect(item.left).toBeGreaterThanOrEqual(layout.plotLeft - LAYOUT.pointRadius);
      expect(item.right).toBeLessThanOrEqual(layout.width - LAYOUT.margin + LAYOUT.pointRadius);
      expect(item.y).toBeLessThan(layout.height);
    }
  });

  it('grows taller with more rows and stacks lanes without gaps or overlaps', () => {
    const few = layoutPng(buildTimelineModel(documentWith([manual('a', '2024-01-01', 'One')])), {
      title: 'T',
      subtitle: 'S',
      measure,
    });
    const crowded = layoutPng(
      buildTimelineModel(
        documentWith(Array.from({ length: 10 }, (_, i) => manual(`e${i}`, '2024-01-01', `Same day ${i}`))),
      ),
      { title: 'T', subtitle: 'S', measure },
    );
    expect(crowded.height).toBeGreaterThan(few.height);
    expect(crowded.lanes[0].rows).toBe(10);
  });

  it('cuts and wraps text to the width it has', () => {
    expect(fitText('short', 100, '', measure)).toBe('short');
    const cut = fitText('a label far too long for its box', 70, '', measure);
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut)).toBeLessThanOrEqual(70);
    const lines = wrapText('Russia and India leaders discuss BRICS year in phone call', 140, '', measure, 3);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(140);
    expect(lines.join(' ').startsWith('Russia and India')).toBe(true);
  });
});

describe('axis ticks', () => {
  const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

  it('picks months for a year and labels them', () => {
    const ticks = buildTicks(utc('2024-01-01'), utc('2024-12-31'), 12);
    expect(chooseStep(utc('2024-01-01'), utc('2024-12-31'), 12).unit).toBe('month');
    expect(ticks[0].label).toBe('Jan 2024');
    expect(ticks.length).toBeLessThanOrEqual(13);
  });

  it('picks round years for centuries, BCE included', () => {
    const from = Date.UTC(2000, 0, 1) - 2100 * 365.25 * 86_400_000;
    const ticks = buildTicks(from, utc('2024-06-01'), 10);
    expect(ticks.length).toBeLessThanOrEqual(11);
    expect(ticks.some((t) => t.label.endsWith('BC'))).toBe(true);
    expect(ticks.at(-1)?.label).toBe('2000');
  });

  it('uses days for a short span', () => {
    const ticks = buildTicks(utc('2024-01-01'), utc('2024-01-06'), 10);
    expect(ticks.map((t) => t.label)).toEqual([
      '1 Jan 2024',
      '2 Jan 2024',
      '3 Jan 2024',
      '4 Jan 2024',
      '5 Jan 2024',
      '6 Jan 2024',
    ]);
  });
});
