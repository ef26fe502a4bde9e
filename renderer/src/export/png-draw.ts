/**
 * Paints an image scene (image-scene.ts) on a canvas at a given pixel density and encodes it as PNG.
 */
import { MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from './image-options';
import { buildScene, type ImageScene, type Paint } from './image-scene';
import type { PngLayout } from './png-layout';

export function paintScene(ctx: CanvasRenderingContext2D, scene: ImageScene): void {
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, scene.width, scene.height);
  ctx.textBaseline = 'middle';
  for (const shape of scene.shapes) {
    if (shape.kind === 'text') {
      ctx.font = shape.font;
      ctx.fillStyle = shape.fill;
      ctx.textAlign = shape.align;
      ctx.fillText(shape.text, shape.x, shape.y);
    } else if (shape.kind === 'line') {
      ctx.setLineDash([]);
      ctx.strokeStyle = shape.stroke;
      ctx.lineWidth = shape.lineWidth;
      ctx.beginPath();
      ctx.moveTo(shape.x1, shape.y1);
      ctx.lineTo(shape.x2, shape.y2);
      ctx.stroke();
    } else {
      ctx.beginPath();
      if (shape.kind === 'circle') ctx.arc(shape.cx, shape.cy, shape.r, 0, Math.PI * 2);
      else if (shape.radius) ctx.roundRect(shape.x, shape.y, shape.w, shape.h, shape.radius);
      else ctx.rect(shape.x, shape.y, shape.w, shape.h);
      fillAndStroke(ctx, shape);
    }
  }
}

function fillAndStroke(ctx: CanvasRenderingContext2D, paint: Paint): void {
  if (paint.fill) {
    ctx.fillStyle = paint.fill;
    ctx.fill();
  }
  if (paint.stroke) {
    ctx.strokeStyle = paint.stroke;
    ctx.lineWidth = paint.lineWidth ?? 1;
    ctx.setLineDash(paint.dash ?? []);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}

/** A measure function backed by a canvas, for laying out text as the canvas will draw it. */
export function canvasMeasure(): (text: string, font: string) => number {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('This system cannot draw images (no 2D canvas).');
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

/** Renders the layout at `density` device pixels per CSS pixel and returns the PNG bytes. */
export async function renderPng(
  layout: PngLayout,
  laneIndex: Map<string, number>,
  density = 2,
): Promise<Uint8Array> {
  const width = Math.round(layout.width * density);
  const height = Math.round(layout.height * density);
  if (width > MAX_CANVAS_SIDE || height > MAX_CANVAS_SIDE || width * height > MAX_CANVAS_AREA) {
    throw new Error(
      `An image of ${width} × ${height} pixels is too large to draw. Choose a smaller width or scale, or export the visible range.`,
    );
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This system cannot draw images (no 2D canvas).');
  ctx.scale(density, density);
  paintScene(ctx, buildScene(layout, laneIndex, canvasMeasure()));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('The image could not be encoded as PNG.');
  return new Uint8Array(await blob.arrayBuffer());
}
