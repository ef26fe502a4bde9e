/**
 * A laid-out timeline (png-layout.ts) turned into plain shapes and text in CSS pixels. The PNG painter
 * (png-draw.ts) and the SVG writer (svg-render.ts) both draw this one list, so the two formats cannot
 * drift apart. Pure: text width comes from the layout's `measure`.
 */
import { type LaneColor, laneColor } from '../timeline/lane-colors';
import { FONTS, LAYOUT, type LaidOutItem, type Measure, type PngLayout } from './png-layout';

export interface Paint {
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  dash?: number[];
}

export type Shape =
  | ({ kind: 'rect'; x: number; y: number; w: number; h: number; radius?: number } & Paint)
  | ({ kind: 'circle'; cx: number; cy: number; r: number } & Paint)
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; lineWidth: number }
  | {
      kind: 'text';
      x: number;
      /** Vertical middle of the text. */
      y: number;
      text: string;
      font: string;
      fill: string;
      align: 'left' | 'center';
    };

export interface ImageScene {
  width: number;
  height: number;
  background: string;
  shapes: Shape[];
}

export const COLORS = {
  ink: '#1d2433',
  muted: '#5b6477',
  grid: '#e3e7ee',
  rule: '#c5ccd8',
  laneAlt: '#f6f8fb',
  background: '#ffffff',
};

/** A tag's own colour, with a light tint of it for filled bars (non-hex colours get white). */
export function colorFrom(color: string): LaneColor {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!hex) return { solid: color, soft: '#ffffff' };
  const tint = (channel: string) =>
    Math.round(parseInt(channel, 16) * 0.2 + 255 * 0.8)
      .toString(16)
      .padStart(2, '0');
  return { solid: color, soft: `#${tint(hex[1])}${tint(hex[2])}${tint(hex[3])}` };
}

/**
 * Colours as on screen: a tag's own colour, else the palette index the view gave, else the lane's
 * position in `laneIndex` (lanes by article).
 */
function paletteFor(
  target: { color?: string; colorIndex?: number },
  laneId: string,
  laneIndex: Map<string, number>,
): LaneColor {
  if (target.color) return colorFrom(target.color);
  return laneColor(target.colorIndex ?? laneIndex.get(laneId) ?? 0);
}

export function buildScene(layout: PngLayout, laneIndex: Map<string, number>, measure: Measure): ImageScene {
  const shapes: Shape[] = [];
  const text = (
    x: number,
    y: number,
    value: string,
    font: string,
    fill: string,
    align: 'left' | 'center',
  ) => {
    if (value) shapes.push({ kind: 'text', x, y, text: value, font, fill, align });
  };

  text(LAYOUT.margin, LAYOUT.margin + 14, layout.title, FONTS.title, COLORS.ink, 'left');
  text(LAYOUT.margin, LAYOUT.margin + 42, layout.subtitle, FONTS.subtitle, COLORS.muted, 'left');

  const lanesTop = layout.axisY + LAYOUT.axisHeight;
  const lanesBottom = layout.lanes.reduce((bottom, lane) => Math.max(bottom, lane.y + lane.height), lanesTop);
  const plotWidth = layout.width - 2 * LAYOUT.margin;

  layout.lanes.forEach((lane, index) => {
    if (index % 2 === 1) {
      shapes.push({
        kind: 'rect',
        x: LAYOUT.margin,
        y: lane.y,
        w: plotWidth,
        h: lane.height,
        fill: COLORS.laneAlt,
      });
    }
  });

  // Axis: tick lines through every lane, labels above.
  for (const tick of layout.ticks) {
    const x = Math.round(tick.x) + 0.5;
    shapes.push({
      kind: 'line',
      x1: x,
      y1: lanesTop - 8,
      x2: x,
      y2: lanesBottom,
      stroke: COLORS.grid,
      lineWidth: 1,
    });
    text(tick.x, layout.axisY + 12, tick.label, FONTS.axis, COLORS.muted, 'center');
  }
  for (const ruleY of [lanesTop + 0.5, lanesBottom + 0.5]) {
    shapes.push({
      kind: 'line',
      x1: LAYOUT.margin,
      y1: ruleY,
      x2: layout.width - LAYOUT.margin,
      y2: ruleY,
      stroke: COLORS.rule,
      lineWidth: 1,
    });
  }

  for (const lane of layout.lanes) {
    const color = paletteFor(lane, lane.id, laneIndex);
    shapes.push({
      kind: 'rect',
      x: LAYOUT.margin,
      y: lane.y + 8,
      w: 4,
      h: lane.height - 16,
      fill: color.solid,
    });
    const lineY = (i: number) => lane.y + LAYOUT.lanePadding + 12 + i * LAYOUT.laneLineHeight;
    lane.labelLines.forEach((line, i) => {
      text(LAYOUT.margin + 14, lineY(i), line, FONTS.lane, COLORS.ink, 'left');
    });
    if (lane.unlabelled > 0) {
      const note = `${lane.unlabelled.toLocaleString('en')} more without labels`;
      text(LAYOUT.margin + 14, lineY(lane.labelLines.length), note, FONTS.axis, COLORS.muted, 'left');
    }
  }

  const laneById = new Map(layout.lanes.map((lane) => [lane.id, lane]));
  for (const item of layout.items) {
    const lane = laneById.get(item.lane);
    const own = item.color || item.colorIndex !== undefined;
    itemShapes(shapes, item, paletteFor(own || !lane ? item : lane, item.lane, laneIndex));
  }

  legendShapes(shapes, layout, measure);
  return { width: layout.width, height: layout.height, background: COLORS.background, shapes };
}

function itemShapes(shapes: Shape[], item: LaidOutItem, color: { solid: string; soft: string }): void {
  if (item.overflow) {
    // No room left in the lane: a thin tick (or a thin bar for a period) in the overflow strip.
    const w = item.kind === 'point' ? 1.5 : Math.max(1.5, item.x2 - item.x);
    const x = item.kind === 'point' ? item.x - 0.75 : item.x;
    shapes.push({ kind: 'rect', x, y: item.y - 5, w, h: 10, fill: color.solid });
    return;
  }
  if (item.kind === 'point') {
    shapes.push({
      kind: 'circle',
      cx: item.x,
      cy: item.y,
      r: LAYOUT.pointRadius,
      fill: item.planned ? '#ffffff' : color.solid,
      stroke: color.solid,
      lineWidth: 1.5,
      ...(item.approximate ? { dash: [2, 2] } : {}),
    });
  } else {
    const h = 20;
    const coarse = item.kind === 'coarse';
    const dash = coarse || item.approximate ? [5, 3] : item.planned ? [2, 2] : undefined;
    shapes.push({
      kind: 'rect',
      x: item.x,
      y: item.y - h / 2,
      w: Math.max(4, item.x2 - item.x),
      h,
      radius: 4,
      // A period is filled; a date known only to the month or year is an outline over where it could fall.
      fill: coarse || item.planned ? 'rgba(255,255,255,0.85)' : color.soft,
      stroke: color.solid,
      lineWidth: 1.5,
      ...(dash ? { dash } : {}),
    });
  }
  if (item.labelled) {
    shapes.push({
      kind: 'text',
      x: item.labelX,
      y: item.y + 1,
      text: item.label,
      font: FONTS.item,
      fill: COLORS.ink,
      align: 'left',
    });
  }
}

function legendShapes(shapes: Shape[], layout: PngLayout, measure: Measure): void {
  const y = layout.legendY + 8;
  let x = LAYOUT.margin;
  const sample = laneColor(0);
  const entry = (marker: Shape, label: string) => {
    shapes.push(marker);
    shapes.push({
      kind: 'text',
      x: x + 28,
      y,
      text: label,
      font: FONTS.legend,
      fill: COLORS.muted,
      align: 'left',
    });
    x += 28 + measure(label, FONTS.legend) + 24;
  };
  entry({ kind: 'circle', cx: x + 10, cy: y, r: 5, fill: sample.solid }, 'exact date');
  entry(
    { kind: 'rect', x, y: y - 6, w: 22, h: 12, fill: sample.soft, stroke: sample.solid, lineWidth: 1 },
    'period',
  );
  entry(
    { kind: 'rect', x, y: y - 6, w: 22, h: 12, stroke: sample.solid, lineWidth: 1, dash: [5, 3] },
    'known only to the week, month or year',
  );
  entry(
    { kind: 'circle', cx: x + 10, cy: y, r: 5, fill: '#ffffff', stroke: sample.solid, lineWidth: 1 },
    'planned',
  );
  shapes.push({
    kind: 'text',
    x,
    y,
    text: '≈ approximate',
    font: FONTS.legend,
    fill: COLORS.muted,
    align: 'left',
  });
}
