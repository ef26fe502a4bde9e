/**
 * Layout of the image export: where the title, the date axis, the lanes and every item go, in CSS
 * pixels. Pure (text width comes from the `measure` callback) so it is tested in node; png-draw.ts
 * paints it on a canvas and svg-render.ts writes the same layout as SVG. Either the whole timeline or
 * a time range (what is on screen) is laid out.
 *
 * Labels never overlap: each lane stacks items in rows; when a lane has used its rows, an item that
 * still fits as a bare marker is drawn without its label, and the rest become ticks in the lane's
 * last strip (with a count), so a crowded timeline stays readable instead of turning into ink.
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
  /** Rows a lane may grow to before labels are dropped. */
  maxRowsPerLane: 12,
  /** Height of the strip of ticks for items with no room left. */
  overflowHeight: 16,
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
  /** The item's own colour (a tag's), or its palette index, when it differs from the lane's. */
  colorIndex?: number;
  color?: string;
  /** False when there was no room for the label: the marker is drawn alone (label is ''). */
  labelled: boolean;
  /** True for an item with no room at all: a thin tick in the lane's overflow strip. */
  overflow: boolean;
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
  /** Items drawn as ticks in the overflow strip, and where that strip is (0 height when none). */
  overflow: number;
  overflowY: number;
  /** Items whose marker is drawn without a label (overflow ticks included). */
  unlabelled: number;
  colorIndex?: number;
  color?: string;
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
  /** The time span the plot shows (ms since 1970, UTC). */
  from: number;
  to: number;
  /** Items laid out (in the range), of all items given. */
  shown: number;
  total: number;
  unlabelled: number;
  /** Rows per lane actually allowed (lowered to keep within maxHeight). */
  maxRowsPerLane: number;
}

/** A time span in ms since 1970 (UTC), e.g. the timeline's visible window. */
export interface TimeRange {
  start: number;
  end: number;
}

export interface LayoutOptions {
  title: string;
  subtitle: string;
  /** Width in CSS pixels; the image is `scale` times as wide. */
  width?: number;
  measure: Measure;
  /** Only this span (e.g. what is on screen); the whole timeline when absent. */
  range?: TimeRange;
  maxRowsPerLane?: number;
  /** Tallest layout wanted (CSS px): rows per lane are lowered until it fits, down to one. */
  maxHeight?: number;
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
  let rows = Math.max(1, Math.floor(options.maxRowsPerLane ?? LAYOUT.maxRowsPerLane));
  let layout = layoutWithRows(model, options, rows);
  // Halving keeps this to a few passes even for 10,000 events.
  while (options.maxHeight !== undefined && layout.height > options.maxHeight && rows > 1) {
    rows = Math.max(1, Math.floor(rows / 2));
    layout = layoutWithRows(model, options, rows);
  }
  return layout;
}

function layoutWithRows(model: TimelineModel, options: LayoutOptions, maxRows: number): PngLayout {
  const width = options.width ?? 1600;
  const measure = cachedMeasure(options.measure);
  const plotLeft = LAYOUT.margin + LAYOUT.laneLabelWidth;
  const plotRight = width - LAYOUT.margin;
  const axisY = LAYOUT.margin + LAYOUT.titleHeight;

  let from: number;
  let to: number;
  let inRange: ItemModel[];
  if (options.range && options.range.end > options.range.start) {
    from = options.range.start;
    to = options.range.end;
    inRange = model.items.filter((item) => overlaps(item, from, to));
  } else {
    const [domainStart, domainEnd] = timeDomain(model.items);
    const span = domainEnd - domainStart;
    // Room either side so the first and last dots are not on the edge.
    from = domainStart - span * 0.04;
    to = domainEnd + span * 0.04;
    inRange = model.items;
  }
  const scale = (t: number) => plotLeft + ((t - from) / (to - from)) * (plotRight - plotLeft);

  const maxTicks = Math.max(2, Math.floor((plotRight - plotLeft) / LAYOUT.minTickSpacing));
  const ticks = buildTicks(from, to, maxTicks).map((tick) => ({ ...tick, x: scale(tick.time) }));

  const byLane = new Map<string, ItemModel[]>();
  for (const item of inRange) {
    const list = byLane.get(item.lane);
    if (list) list.push(item);
    else byLane.set(item.lane, [item]);
  }

  const lanes: LaidOutLane[] = [];
  const items: LaidOutItem[] = [];
  let y = axisY + LAYOUT.axisHeight;
  for (const lane of model.lanes) {
    const laneItems = byLane.get(lane.id);
    // A lane with nothing in the range is left out of a range export, as the screen shows it empty.
    if (options.range && !laneItems) continue;
    const placed = placeLaneItems(laneItems ?? [], scale, plotLeft, plotRight, measure, maxRows);
    const overflow = placed.filter((p) => p.item.overflow).length;
    const unlabelled = placed.filter((p) => !p.item.labelled).length;
    const rowCount = Math.max(1, ...placed.filter((p) => !p.item.overflow).map((p) => p.row + 1));
    const labelLines = wrapText(lane.title, LAYOUT.laneLabelWidth - 24, FONTS.lane, measure, 3);
    const noteLines = unlabelled > 0 ? 1 : 0;
    const rowsHeight = rowCount * LAYOUT.rowHeight + (overflow > 0 ? LAYOUT.overflowHeight : 0);
    const height =
      Math.max(rowsHeight, (labelLines.length + noteLines) * LAYOUT.laneLineHeight + 8) +
      2 * LAYOUT.lanePadding;
    const overflowY = y + LAYOUT.lanePadding + rowCount * LAYOUT.rowHeight + LAYOUT.overflowHeight / 2;
    for (const p of placed) {
      const itemY = p.item.overflow
        ? overflowY
        : y + LAYOUT.lanePadding + p.row * LAYOUT.rowHeight + LAYOUT.rowHeight / 2;
      items.push({ ...p.item, y: itemY });
    }
    lanes.push({
      id: lane.id,
      labelLines,
      y,
      height,
      rows: rowCount,
      overflow,
      overflowY: overflow > 0 ? overflowY : 0,
      unlabelled,
      ...(lane.colorIndex !== undefined ? { colorIndex: lane.colorIndex } : {}),
      ...(lane.color ? { color: lane.color } : {}),
    });
    y += height;
  }

  return {
    width,
    height: Math.ceil(y + LAYOUT.legendHeight),
    title: fitText(options.title, width - 2 * LAYOUT.margin, FONTS.title, measure),
    subtitle: fitText(options.subtitle, width - 2 * LAYOUT.margin, FONTS.subtitle, measure),
    plotLeft,
    plotRight,
    axisY,
    ticks,
    lanes,
    items,
    legendY: y + 14,
    from,
    to,
    shown: items.length,
    total: model.items.length,
    unlabelled: items.filter((i) => !i.labelled).length,
    maxRowsPerLane: maxRows,
  };
}

function overlaps(item: ItemModel, from: number, to: number): boolean {
  const start = item.start.getTime();
  const end = (item.end ?? item.start).getTime();
  return item.end ? start < to && end > from : start >= from && start <= to;
}

/** The same few hundred strings are measured again and again (labels re-fitted per pass). */
function cachedMeasure(measure: Measure): Measure {
  const cache = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      width = measure(text, font);
      cache.set(key, width);
    }
    return width;
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

/**
 * Row packing in two passes. First, in time order, each item goes in the first row where it and its
 * label fit without touching. Then the items left over are drawn as bare markers in a gap between
 * labelled items (never over a label, never over another marker); the rest become ticks in the
 * lane's overflow strip. So labels are never crossed by anything, however crowded the lane.
 */
function placeLaneItems(
  laneItems: ItemModel[],
  scale: (t: number) => number,
  plotLeft: number,
  plotRight: number,
  measure: Measure,
  maxRows: number,
): Placed[] {
  const candidates = laneItems.map((item) => measureItem(item, scale, plotLeft, plotRight, measure));
  candidates.sort((a, b) => a.left - b.left);
  const placed: Placed[] = [];
  const rowEnds: number[] = [];
  /** Per row, the labelled extents in left order (they never overlap, so they are sorted by both ends). */
  const labelled: { left: number; right: number }[][] = [];
  const leftOver: Omit<LaidOutItem, 'y'>[] = [];
  for (const item of candidates) {
    let row = 0;
    while (row < maxRows && row < rowEnds.length && rowEnds[row] + LAYOUT.itemGap > item.left) row++;
    if (row === maxRows) {
      leftOver.push(item);
      continue;
    }
    rowEnds[row] = item.right;
    if (!labelled[row]) labelled[row] = [];
    labelled[row].push({ left: item.left, right: item.right });
    placed.push({ item, row });
  }

  const markerEnds: number[] = [];
  const gap = 2;
  const clearOfLabels = (row: number, left: number, right: number) => {
    const spans = labelled[row] ?? [];
    // The first labelled extent ending after `left - gap`; the marker fits if that one starts after it.
    let low = 0;
    let high = spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (spans[mid].right + gap <= left) low = mid + 1;
      else high = mid;
    }
    return low === spans.length || spans[low].left >= right + gap;
  };
  for (const item of leftOver) {
    const left = item.kind === 'point' ? item.x - LAYOUT.pointRadius : item.x;
    const right = item.kind === 'point' ? item.x + LAYOUT.pointRadius : item.x2;
    const bare = { ...item, label: '', labelWidth: 0, labelInside: false, labelled: false, left, right };
    let row = 0;
    const rows = Math.max(1, Math.min(maxRows, labelled.length));
    while (row < rows && !((markerEnds[row] ?? -Infinity) + gap <= left && clearOfLabels(row, left, right)))
      row++;
    if (row < rows) {
      markerEnds[row] = right;
      placed.push({ item: bare, row });
    } else {
      placed.push({ item: { ...bare, overflow: true }, row: maxRows });
    }
  }
  return placed;
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
    labelled: true,
    overflow: false,
    ...(item.colorIndex !== undefined ? { colorIndex: item.colorIndex } : {}),
    ...(item.color ? { color: item.color } : {}),
  };

  if (item.kind === 'point' || !item.end) {
    const r = LAYOUT.pointRadius;
    let labelX = x + r + 6;
    if (labelX + labelWidth > plotRight) labelX = Math.max(plotLeft, x - r - 6 - labelWidth);
    const left = Math.min(x - r, labelX);
    const right = Math.max(x + r, labelX + labelWidth);
    return { ...base, x, x2: x, labelX, labelWidth, labelInside: false, left, right };
  }

  // A bar running off the edge of a range export is cut at the edge.
  const x1 = Math.max(x, plotLeft);
  const x2 = Math.min(Math.max(scale(item.end.getTime()), x1 + 4), plotRight);
  if (x2 - x1 >= labelWidth + 16) {
    return { ...base, x: x1, x2, labelX: x1 + 8, labelWidth, labelInside: true, left: x1, right: x2 };
  }
  let labelX = x2 + 8;
  if (labelX + labelWidth > plotRight) labelX = Math.max(plotLeft, x1 - 8 - labelWidth);
  return {
    ...base,
    x: x1,
    x2,
    labelX,
    labelWidth,
    labelInside: false,
    left: Math.min(x1, labelX),
    right: Math.max(x2, labelX + labelWidth),
  };
}
