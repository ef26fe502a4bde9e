/**
 * Draws a laid-out timeline (png-layout.ts) on a canvas at a given pixel density and encodes it.
 */
import { laneColor } from '../timeline/lane-colors';
import { FONTS, LAYOUT, type LaidOutItem, type PngLayout } from './png-layout';

const INK = '#1d2433';
const MUTED = '#5b6477';
const GRID = '#e3e7ee';
const LANE_ALT = '#f6f8fb';

export function drawLayout(
  ctx: CanvasRenderingContext2D,
  layout: PngLayout,
  laneIndex: Map<string, number>,
): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'middle';

  ctx.fillStyle = INK;
  ctx.font = FONTS.title;
  ctx.fillText(layout.title, LAYOUT.margin, LAYOUT.margin + 14);
  ctx.fillStyle = MUTED;
  ctx.font = FONTS.subtitle;
  ctx.fillText(layout.subtitle, LAYOUT.margin, LAYOUT.margin + 42);

  const lanesTop = layout.axisY + LAYOUT.axisHeight;
  const lanesBottom = layout.lanes.reduce((bottom, lane) => Math.max(bottom, lane.y + lane.height), lanesTop);

  layout.lanes.forEach((lane, index) => {
    if (index % 2 === 1) {
      ctx.fillStyle = LANE_ALT;
      ctx.fillRect(LAYOUT.margin, lane.y, layout.width - 2 * LAYOUT.margin, lane.height);
    }
  });

  // Axis: tick lines through every lane, labels above.
  ctx.font = FONTS.axis;
  ctx.textAlign = 'center';
  for (const tick of layout.ticks) {
    ctx.strokeStyle = GRID;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(Math.round(tick.x) + 0.5, layout.axisY + LAYOUT.axisHeight - 8);
    ctx.lineTo(Math.round(tick.x) + 0.5, lanesBottom);
    ctx.stroke();
    ctx.fillStyle = MUTED;
    ctx.fillText(tick.label, tick.x, layout.axisY + 12);
  }
  ctx.textAlign = 'left';
  ctx.strokeStyle = '#c5ccd8';
  ctx.beginPath();
  ctx.moveTo(LAYOUT.margin, lanesTop + 0.5);
  ctx.lineTo(layout.width - LAYOUT.margin, lanesTop + 0.5);
  ctx.moveTo(LAYOUT.margin, lanesBottom + 0.5);
  ctx.lineTo(layout.width - LAYOUT.margin, lanesBottom + 0.5);
  ctx.stroke();

  for (const lane of layout.lanes) {
    const color = laneColor(laneIndex.get(lane.id) ?? 0);
    ctx.fillStyle = color.solid;
    ctx.fillRect(LAYOUT.margin, lane.y + 8, 4, lane.height - 16);
    ctx.fillStyle = INK;
    ctx.font = FONTS.lane;
    lane.labelLines.forEach((line, i) => {
      ctx.fillText(line, LAYOUT.margin + 14, lane.y + LAYOUT.lanePadding + 12 + i * LAYOUT.laneLineHeight);
    });
  }

  for (const item of layout.items) drawItem(ctx, item, laneColor(laneIndex.get(item.lane) ?? 0));

  drawLegend(ctx, layout);
}

function drawItem(
  ctx: CanvasRenderingContext2D,
  item: LaidOutItem,
  color: { solid: string; soft: string },
): void {
  ctx.font = FONTS.item;
  ctx.lineWidth = 1.5;
  if (item.kind === 'point') {
    ctx.beginPath();
    ctx.arc(item.x, item.y, LAYOUT.pointRadius, 0, Math.PI * 2);
    ctx.fillStyle = item.planned ? '#ffffff' : color.solid;
    ctx.fill();
    ctx.strokeStyle = color.solid;
    ctx.setLineDash(item.approximate ? [2, 2] : []);
    ctx.stroke();
  } else {
    const h = 20;
    const top = item.y - h / 2;
    const w = Math.max(4, item.x2 - item.x);
    const coarse = item.kind === 'coarse';
    ctx.beginPath();
    ctx.roundRect(item.x, top, w, h, 4);
    // A period is filled; a date known only to the month or year is an outline over where it could fall.
    ctx.fillStyle = coarse || item.planned ? 'rgba(255,255,255,0.85)' : color.soft;
    ctx.fill();
    ctx.strokeStyle = color.solid;
    ctx.setLineDash(coarse || item.approximate ? [5, 3] : item.planned ? [2, 2] : []);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  ctx.fillStyle = INK;
  ctx.fillText(item.label, item.labelX, item.y + 1);
}

function drawLegend(ctx: CanvasRenderingContext2D, layout: PngLayout): void {
  const y = layout.legendY + 8;
  let x = LAYOUT.margin;
  ctx.font = FONTS.legend;
  const entry = (draw: () => void, text: string) => {
    draw();
    ctx.fillStyle = MUTED;
    ctx.fillText(text, x + 28, y);
    x += 28 + ctx.measureText(text).width + 24;
  };
  const sample = laneColor(0);
  entry(() => {
    ctx.beginPath();
    ctx.arc(x + 10, y, 5, 0, Math.PI * 2);
    ctx.fillStyle = sample.solid;
    ctx.fill();
  }, 'exact date');
  entry(() => {
    ctx.fillStyle = sample.soft;
    ctx.fillRect(x, y - 6, 22, 12);
    ctx.strokeStyle = sample.solid;
    ctx.strokeRect(x, y - 6, 22, 12);
  }, 'period');
  entry(() => {
    ctx.setLineDash([5, 3]);
    ctx.strokeStyle = sample.solid;
    ctx.strokeRect(x, y - 6, 22, 12);
    ctx.setLineDash([]);
  }, 'known only to the week, month or year');
  entry(() => {
    ctx.beginPath();
    ctx.arc(x + 10, y, 5, 0, Math.PI * 2);
    ctx.fillStyle = '#ffffff';
    ctx.fill();
    ctx.strokeStyle = sample.solid;
    ctx.stroke();
  }, 'planned');
  ctx.fillStyle = MUTED;
  ctx.fillText('≈ approximate', x, y);
}

/** Renders the layout at `density` device pixels per CSS pixel and returns the PNG bytes. */
export async function renderPng(
  layout: PngLayout,
  laneIndex: Map<string, number>,
  density = 2,
): Promise<Uint8Array> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * density);
  canvas.height = Math.round(layout.height * density);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This system cannot draw images (no 2D canvas).');
  ctx.scale(density, density);
  drawLayout(ctx, layout, laneIndex);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The image could not be encoded as PNG.');
  return new Uint8Array(await blob.arrayBuffer());
}
