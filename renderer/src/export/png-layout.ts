/**
 * Layout of the PNG export: where the title, the date axis, the lanes and every item go, in CSS
 * pixels. Pure (text width comes from the `measure` callback) so it is tested in node; drawing on a
 * canvas is png-draw.ts. The whole timeline is laid out, not just what is on screen.
 */
import type { ItemKind, ItemModel, TimelineModel } from '../timeline/timeline-model';
import { buildTicks, type Tick } from './axis-ticks';

export type Measure = (text: string, font: string) => number;

export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const FONTS = {
  title: `600 22px ${FONT_STACK}`,
  subtitle: `13px ${FONT_STACK}`,
  axis: `12px ${FONT_STACK}`,
  lane: `600 13px ${FONT_STACK}`,
  item: `13px ${FONT_STACK}`,
  legend: `12px ${FONT_STACK}`,
};

export const LAYOUT = {
  margin: 24,
  titleHeight: 64,
  axisHeight: 34,
  laneLabelWidth: 230,
  lanePadding: 10,
  rowHeight: 28,
  laneLineHeight: 18,
  itemGap: 14,
  maxLabelWidth: 300,
  pointRadius: 5,
  legendHeight: 44,
  minTickSpacing: 110,
};

export interface LaidOutItem {
  id: string;
  lane: string;
  kind: ItemKind;
  approximate: boolean;
  planned: boolean;
  /** Start of the marker (the dot's centre for a point). */
  x: number;
  /** End of the bar for ranges and coarse items. */
  x2: number;
  /** Vertical centre of the item's row. */
  y: number;
  label: string;
  labelX: number;
  labelWidth: number;
  /** True when the label is drawn inside its bar (white on colour). */
  labelInside: boolean;
  /** Horizontal extent the item and its label take, for overlap checks. */
  left: number;
  right: number;
}

export interface LaidOutLane {
  id: string;
  /** The lane's title wrapped onto at most three lines. */
  labelLines: string[];
  y: number;
  height: number;
  rows: number;
}

export interface PngLayout {
  width: number;
  height: number;
  title: string;
  subtitle: string;
  plotLeft: number;
  plotRight: number;
  axisY: number;
  ticks: (Tick & { x: number })[];
  lanes: LaidOutLane[];
  items: LaidOutItem[];
  legendY: number;
}

export interface LayoutOptions {
  title: string;
  subtitle: string;
  /** Width in CSS pixels; the PNG is twice as wide. */
  width?: number;
  measure: Measure;
}

/** Cuts text to fit maxWidth, ending in an ellipsis when it had to cut. */
export function fitText(text: string, maxWidth: number, font: string, measure: Measure): string {
  if (measure(text, font) <= maxWidth) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${chars.slice(0, mid).join('').trimEnd()}…`, font) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

export function layoutPng(model: TimelineModel, options: LayoutOptions): PngLayout {
  const width = options.width ?? 1600;
  const { measure } = options;
  const plotLeft = LAYOUT.margin + LAYOUT.laneLabelWidth;
  const plotRight = width - LAYOUT.margin;
  const axisY = LAYOUT.margin + LAYOUT.titleHeight;

  const [domainStart, domainEnd] = timeDomain(model.items);
  const span = domainEnd - domainStart;
  // Room either side so the first and last dots are not on the edge.
  const from = domainStart - span * 0.04;
  const to = domainEnd + span * 0.04;
  const scale = (t: number) => plotLeft + ((t - from) / (to - from)) * (plotRight - plotLeft);

  const maxTicks = Math.max(2, Math.floor((plotRight - plotLeft) / LAYOUT.minTickSpacing));
  const ticks = buildTicks(from, to, maxTicks).map((tick) => ({ ...tick, x: scale(tick.time) }));

  const lanes: LaidOutLane[] = [];
  const items: LaidOutItem[] = [];
  let y = axisY + LAYOUT.axisHeight;
  for (const lane of model.lanes) {
    const laneItems = model.items.filter((item) => item.lane === lane.id);
    const placed = placeLaneItems(laneItems, scale, plotLeft, plotRight, measure);
    const rows = Math.max(1, ...placed.map((p) => p.row + 1));
    const labelLines = wrapText(lane.title, LAYOUT.laneLabelWidth - 24, FONTS.lane, measure, 3);
    const height =
      Math.max(rows * LAYOUT.rowHeight, labelLines.length * LAYOUT.laneLineHeight + 8) +
      2 * LAYOUT.lanePadding;
    for (const p of placed) {
      items.push({ ...p.item, y: y + LAYOUT.lanePadding + p.row * LAYOUT.rowHeight + LAYOUT.rowHeight / 2 });
    }
    lanes.push({ id: lane.id, labelLines, y, height, rows });
    y += height;
  }

  return {
    width,
    height: Math.ceil(y + LAYOUT.legendHeight),
    title: fitText(options.title, width - 2 * LAYOUT.margin, FONTS.title, measure),
    subtitle: options.subtitle,
    plotLeft,
    plotRight,
    axisY,
    ticks,
    lanes,
    items,
    legendY: y + 14,
  };
}

/** Breaks text into lines no wider than maxWidth, at spaces; the last allowed line ends in an ellipsis if cut. */
export function wrapText(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
  maxLines: number,
): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  let index = 0;
  for (; index < words.length; index++) {
    const candidate = line ? `${line} ${words[index]}` : words[index];
    if (measure(candidate, font) <= maxWidth || line === '') {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = words[index];
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    index = words.length;
  }
  const cut = index < words.length;
  return lines.map((l, i) => fitText(i === lines.length - 1 && cut ? `${l}…` : l, maxWidth, font, measure));
}

function timeDomain(items: ItemModel[]): [number, number] {
  if (items.length === 0) {
    const now = Date.now();
    return [now - 180 * 86_400_000, now + 180 * 86_400_000];
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    min = Math.min(min, item.start.getTime());
    max = Math.max(max, (item.end ?? item.start).getTime());
  }
  // A single day would make a zero-width scale: show at least a month around it.
  const minSpan = 30 * 86_400_000;
  if (max - min < minSpan) {
    const mid = (min + max) / 2;
    return [mid - minSpan / 2, mid + minSpan / 2];
  }
  return [min, max];
}

interface Placed {
  item: Omit<LaidOutItem, 'y'>;
  row: number;
}

/** Greedy row packing: each item goes in the first row where it and its label fit without touching. */
function placeLaneItems(
  laneItems: ItemModel[],
  scale: (t: number) => number,
  plotLeft: number,
  plotRight: number,
  measure: Measure,
): Placed[] {
  const candidates = laneItems.map((item) => measureItem(item, scale, plotLeft, plotRight, measure));
  candidates.sort((a, b) => a.left - b.left);
  const rowEnds: number[] = [];
  return candidates.map((item) => {
    let row = rowEnds.findIndex((end) => end + LAYOUT.itemGap <= item.left);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(item.right);
    } else {
      rowEnds[row] = item.right;
    }
    return { item, row };
  });
}

function measureItem(
  item: ItemModel,
  scale: (t: number) => number,
  plotLeft: number,
  plotRight: number,
  measure: Measure,
): Omit<LaidOutItem, 'y'> {
  const text = `${item.approximate ? '≈ ' : ''}${item.label}`;
  const label = fitText(text, LAYOUT.maxLabelWidth, FONTS.item, measure);
  const labelWidth = measure(label, FONTS.item);
  const x = scale(item.start.getTime());
  const base = {
    id: item.id,
    lane: item.lane,
    kind: item.kind,
    approximate: item.approximate,
    planned: item.planned,
    label,
  };

  if (item.kind === 'point' || !item.end) {
    const r = LAYOUT.pointRadius;
    let labelX = x + r + 6;
    if (labelX + labelWidth > plotRight) labelX = Math.max(plotLeft, x - r - 6 - labelWidth);
    const left = Math.min(x - r, labelX);
    const right = Math.max(x + r, labelX + labelWidth);
    return { ...base, x, x2: x, labelX, labelWidth, labelInside: false, left, right };
  }

  const x2 = Math.max(scale(item.end.getTime()), x + 4);
  if (x2 - x >= labelWidth + 16) {
    return { ...base, x, x2, labelX: x + 8, labelWidth, labelInside: true, left: x, right: x2 };
  }
  let labelX = x2 + 8;
  if (labelX + labelWidth > plotRight) labelX = Math.max(plotLeft, x - 8 - labelWidth);
  return {
    ...base,
    x,
    x2,
    labelX,
    labelWidth,
    labelInside: false,
    left: Math.min(x, labelX),
    right: Math.max(x2, labelX + labelWidth),
  };
}
