/**
 * Image export: the whole timeline or a time range, at a chosen width and scale, as PNG (drawn on a
 * canvas) or SVG (written from the same scene). Saving goes through window.api.
 */
import type { ApiContract, SavedFile } from '../../../preload/api';
import type { TimelineDocument } from '../../../preload/domain';
import { dateToIsoDay, formatIso, localToday } from '../dates/iso-dates';
import { buildTimelineModel } from '../timeline/timeline-model';
import { buildScene } from './image-scene';
import { subtitleFor } from './image-subtitle';
import { canvasMeasure, MAX_CANVAS_AREA, MAX_CANVAS_SIDE, renderPng } from './png-draw';
import { layoutPng, type Measure, type PngLayout, type TimeRange } from './png-layout';
import { renderSvg } from './svg-render';

export type ImageFormat = 'png' | 'svg';
export type ImageScale = 1 | 2 | 3;

export const WIDTH_PRESETS = [1600, 2400, 3200] as const;
export const MIN_WIDTH = 800;
export const MAX_WIDTH = 8000;

export interface ImageExportOptions {
  format: ImageFormat;
  /** The visible range, or the whole timeline when absent. */
  range?: TimeRange;
  /** Width of the picture in CSS pixels; the PNG has width × scale pixels. */
  width: number;
  scale: ImageScale;
}

/** The save call the lead is adding to the contract; used when window.api has it. */
export interface SaveImageInput {
  data: Uint8Array;
  format: ImageFormat;
  suggestedName?: string;
}
type ImageSaver = (input: SaveImageInput) => Promise<SavedFile | null>;

function imageSaver(api: ApiContract): ImageSaver | null {
  const candidate: unknown = (api as ApiContract & { saveImage?: unknown }).saveImage;
  return typeof candidate === 'function' ? (candidate as ImageSaver) : null;
}

/** SVG needs the saveImage call; PNG can always fall back to savePng. */
export const canSaveSvg = (api: ApiContract): boolean => imageSaver(api) !== null;

export function widthProblem(width: number): string | null {
  if (!Number.isInteger(width)) return 'Enter the width as a whole number of pixels.';
  if (width < MIN_WIDTH || width > MAX_WIDTH)
    return `Choose a width between ${MIN_WIDTH.toLocaleString('en')} and ${MAX_WIDTH.toLocaleString('en')} pixels.`;
  return null;
}

/** Tallest layout (CSS px) whose PNG the browser can still draw at this width and scale. */
export function maxLayoutHeight(width: number, scale: number): number {
  return Math.floor(Math.min(MAX_CANVAS_SIDE / scale, MAX_CANVAS_AREA / (width * scale * scale)));
}

export function rangeSubtitle(shown: number, total: number, range: TimeRange, today: string): string {
  const from = formatIso(dateToIsoDay(new Date(range.start)));
  const to = formatIso(dateToIsoDay(new Date(range.end)));
  return [
    `${shown} of ${total} event${total === 1 ? '' : 's'}`,
    from === to ? from : `${from} – ${to}`,
    `exported ${formatIso(today)} with Eventline`,
  ].join(' · ');
}

export function layoutImage(
  document: TimelineDocument,
  options: Pick<ImageExportOptions, 'range' | 'width' | 'scale'>,
  measure: Measure,
  today: string = localToday(),
): PngLayout {
  const model = buildTimelineModel(document);
  const layout = (subtitle: string) =>
    layoutPng(model, {
      title: 'Eventline timeline',
      subtitle,
      width: options.width,
      measure,
      ...(options.range ? { range: options.range } : {}),
      maxHeight: maxLayoutHeight(options.width, options.scale),
    });
  if (!options.range) return layout(subtitleFor(document, today));
  // The count in the subtitle is known after layout; the subtitle does not change the layout's size.
  const first = layout('');
  return layout(rangeSubtitle(first.shown, first.total, options.range, today));
}

export interface RenderedImage {
  data: Uint8Array;
  layout: PngLayout;
  suggestedName: string;
}

export async function renderImage(
  document: TimelineDocument,
  laneIndex: Map<string, number>,
  options: ImageExportOptions,
): Promise<RenderedImage> {
  const measure = canvasMeasure();
  const layout = layoutImage(document, options, measure);
  const suggestedName = `timeline${options.range ? '-visible' : ''}.${options.format}`;
  if (options.format === 'png') {
    return { data: await renderPng(layout, laneIndex, options.scale), layout, suggestedName };
  }
  const svg = renderSvg(buildScene(layout, laneIndex, measure), {
    scale: options.scale,
    title: `${layout.title}. ${layout.subtitle}`,
  });
  return { data: new TextEncoder().encode(svg), layout, suggestedName };
}

/** Saves through saveImage when the app has it, else PNG through savePng; null if cancelled. */
export async function saveImage(
  api: ApiContract,
  image: RenderedImage,
  format: ImageFormat,
): Promise<SavedFile | null> {
  const saver = imageSaver(api);
  if (saver) return saver({ data: image.data, format, suggestedName: image.suggestedName });
  if (format === 'png') return api.savePng({ data: image.data, suggestedName: image.suggestedName });
  throw new Error('This version of Eventline cannot save SVG files yet. Export a PNG instead.');
}
