import { describe, expect, it } from 'vitest';
import type { TimelineDocument, TimelineEvent } from '../../../preload/domain';
import { buildTicks } from '../../../renderer/src/export/axis-ticks';
import {
  layoutImage,
  maxLayoutHeight,
  rangeSubtitle,
  widthProblem,
} from '../../../renderer/src/export/image-options';
import { buildScene, colorFrom } from '../../../renderer/src/export/image-scene';
import { LAYOUT, layoutPng, type PngLayout } from '../../../renderer/src/export/png-layout';
import { escapeXml, fontAttributes, renderSvg } from '../../../renderer/src/export/svg-render';
import { buildTimelineModel } from '../../../renderer/src/timeline/timeline-model';
import { manualEvent } from '../fixtures';

// 7px per character: close enough to a 13px system font for layout tests.
const measure = (text: string) => Array.from(text).length * 7;

const event = manualEvent;

const documentWith = (events: TimelineEvent[]): TimelineDocument => ({
  version: 1,
  articles: [],
  events,
  tags: [],
});

const day = (i: number) => {
  const date = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000);
  return date.toISOString().slice(0, 10);
};

/** Labelled items (and every marker) must not touch a labelled item in the same row. */
function expectNoLabelCollisions(layout: PngLayout): void {
  const rows = new Map<number, PngLayout['items']>();
  for (const item of layout.items) {
    if (item.overflow) continue;
    const row = rows.get(item.y) ?? [];
    row.push(item);
    rows.set(item.y, row);
  }
  for (const row of rows.values()) {
    row.sort((a, b) => a.left - b.left);
    for (let i = 1; i < row.length; i++) {
      const [a, b] = [row[i - 1], row[i]];
      if (!a.labelled && !b.labelled) continue;
      expect(a.right, `${a.id} (${a.label}) runs into ${b.id} (${b.label})`).toBeLessThanOrEqual(b.left);
    }
  }
}

describe('image export layout', () => {
  const events = [
    event('before', '2023-06-01', 'Long before'),
    event('inside', '2024-03-10', 'Inside the window'),
    event('span', '2024-02-20', 'A period across the edge', { end: '2024-03-05' }),
    event('after', '2025-01-01', 'Long after'),
  ];
  const range = { start: Date.UTC(2024, 2, 1), end: Date.UTC(2024, 3, 1) };

  it('lays out only what falls in the visible range, with that range as its axis', () => {
    const layout = layoutImage(documentWith(events), { range, width: 1600, scale: 2 }, measure, '2024-04-02');
    expect(layout.items.map((i) => i.id).sort()).toEqual(['inside', 'span']);
    expect(layout.from).toBe(range.start);
    expect(layout.to).toBe(range.end);
    expect(layout.subtitle).toContain('2 of 4 events');
    expect(layout.subtitle).toContain('1 Mar 2024 – 1 Apr 2024');
    // The period that began before the window is cut at the plot's left edge.
    const span = layout.items.find((i) => i.id === 'span');
    expect(span?.x).toBe(layout.plotLeft);
    expect(layout.ticks[0].label).toContain('Mar 2024');
  });

  it('lays out the whole timeline when no range is given', () => {
    const layout = layoutImage(documentWith(events), { width: 2400, scale: 1 }, measure, '2024-04-02');
    expect(layout.items).toHaveLength(4);
    expect(layout.width).toBe(2400);
    expect(layout.subtitle).toContain('4 events');
  });

  it('keeps 10,000 events readable: labels never collide, the rest become bare markers or ticks', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      event(`e${i}`, day(i % 3000), `Event number ${i} with a title`, {
        ...(i % 7 === 0 ? { end: day((i % 3000) + 40) } : {}),
      }),
    );
    const layout = layoutPng(buildTimelineModel(documentWith(many)), {
      title: 'T',
      subtitle: 'S',
      width: 1600,
      measure,
    });
    expect(layout.shown).toBe(10_000);
    expect(layout.lanes[0].rows).toBeLessThanOrEqual(LAYOUT.maxRowsPerLane);
    expect(layout.unlabelled).toBeGreaterThan(0);
    expect(layout.lanes[0].unlabelled).toBe(layout.unlabelled);
    expect(layout.items.filter((i) => i.labelled).length).toBeGreaterThan(50);
    for (const item of layout.items) if (!item.labelled) expect(item.label).toBe('');
    expectNoLabelCollisions(layout);
  });

  it('lowers the rows per lane until the image is small enough for a canvas', () => {
    const lanes = Array.from({ length: 60 }, (_, a) =>
      Array.from({ length: 40 }, (_, i) => ({
        ...event(`a${a}e${i}`, day(i % 3), `Story ${a} event ${i}`),
        articleId: `a${a}`,
      })),
    ).flat();
    const document: TimelineDocument = {
      version: 1,
      articles: Array.from({ length: 60 }, (_, a) => ({
        id: `a${a}`,
        title: `Article ${a}`,
        text: '',
        publishedAt: '2024-01-01',
        publishedAtSource: 'user' as const,
        hash: `h${a}`,
        importedAt: `2024-01-01T00:00:${String(a).padStart(2, '0')}.000Z`,
      })),
      events: lanes,
      tags: [],
    };
    const layout = layoutImage(document, { width: 3200, scale: 3 }, measure, '2024-04-02');
    expect(layout.height).toBeLessThanOrEqual(maxLayoutHeight(3200, 3));
    expect(layout.maxRowsPerLane).toBeLessThan(LAYOUT.maxRowsPerLane);
    expect(layout.shown).toBe(60 * 40);
    expectNoLabelCollisions(layout);
  });

  it("exports the timeline as shown: only the filtered events, in the view's lanes and colours", () => {
    const document = documentWith(events);
    const shown = document.events.filter((e) => e.id !== 'before');
    const view = buildTimelineModel(document, { groupBy: 'none', events: shown });
    const layout = layoutImage(document, { width: 1600, scale: 1 }, measure, '2024-04-02', view);
    expect(layout.items.map((i) => i.id).sort()).toEqual(['after', 'inside', 'span']);
    expect(layout.lanes.map((l) => l.id)).toEqual(view.lanes.map((l) => l.id));
    expect(layout.subtitle).toBe('3 of 4 events (filtered) · exported 2 Apr 2024 with Eventline');
  });

  it('draws an item in its tag colour, with a light tint of it for bars', () => {
    expect(colorFrom('#2060a0')).toEqual({ solid: '#2060a0', soft: '#d2dfec' });
    const view = {
      lanes: [{ id: 'tag-1', label: 'Budget', title: 'Budget', order: 0, color: '#2060a0' }],
      items: buildTimelineModel(documentWith(events)).items.map((item) => ({ ...item, lane: 'tag-1' })),
    };
    const layout = layoutImage(documentWith(events), { width: 1600, scale: 1 }, measure, '2024-04-02', view);
    const scene = buildScene(layout, new Map(), measure);
    const fills = new Set(
      scene.shapes.flatMap((shape) => ('fill' in shape && shape.fill ? [shape.fill] : [])),
    );
    expect(fills.has('#2060a0')).toBe(true);
    expect(fills.has('#d2dfec')).toBe(true);
  });

  it('writes early years on the axis as the timeline does: 1 BC, then AD 200', () => {
    const from = Date.UTC(2000, 0, 1) - 2100 * 365.25 * 86_400_000;
    const labels = buildTicks(from, Date.UTC(700, 0, 1), 8).map((t) => t.label);
    expect(labels).toContain('AD 200');
    expect(labels.some((l) => l.endsWith('BC'))).toBe(true);
  });

  it('checks a custom width', () => {
    expect(widthProblem(1200)).toBeNull();
    expect(widthProblem(100)).toMatch(/between 800 and 8,000/);
    expect(widthProblem(1200.5)).toMatch(/whole number/);
  });

  it('says how many events of how many the range holds', () => {
    expect(
      rangeSubtitle(1, 1, { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 1, 12) }, '2024-02-01'),
    ).toBe('1 of 1 event · 1 Jan 2024 · exported 1 Feb 2024 with Eventline');
  });
});

describe('SVG export', () => {
  const markup = '<script>alert(1)</script> & "q"';
  const layout = layoutPng(
    buildTimelineModel(
      documentWith([
        event('m', '2024-01-05', markup),
        event('p', '2024-01-20', 'Plain title', { planned: true }),
        event('c', '2024-02-01', 'Some time in February', { precision: 'month', end: '2024-02-29' }),
      ]),
    ),
    { title: 'Eventline timeline', subtitle: 'two events', measure },
  );
  const scene = buildScene(layout, new Map([['manual', 0]]), measure);
  const svg = renderSvg(scene, { scale: 2, title: 'Eventline timeline' });

  it('writes markup from a title as escaped text, never as elements', () => {
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;</text>');
    expect(svg).toContain('>Plain title</text>');
  });

  it('draws the same shapes as the PNG, at the asked size', () => {
    const texts = scene.shapes.filter((s) => s.kind === 'text').length;
    expect(svg.match(/<text /g)?.length).toBe(texts);
    expect(svg).toContain(`width="${layout.width * 2}"`);
    expect(svg).toContain(`viewBox="0 0 ${layout.width} ${layout.height}"`);
    // rgba() is written as colour + opacity, which every SVG reader understands.
    expect(svg).not.toContain('rgba(');
    expect(svg).toContain('fill-opacity="0.85"');
  });

  it('escapes what XML cannot hold and splits CSS fonts into SVG attributes', () => {
    expect(escapeXml('a\u0000b\uD800c 😀')).toBe('a\uFFFDb\uFFFDc 😀');
    expect(fontAttributes('600 22px system-ui, "Segoe UI", sans-serif')).toBe(
      'font-weight="600" font-size="22" font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"',
    );
  });
});
