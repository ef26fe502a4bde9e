/**
 * Choices of the image export (range, width, scale) and the layout they give. Pure, so the sizes and
 * limits are tested in node; drawing and saving are in export-image.ts.
 */
import type { TimelineDocument } from '../../../preload/domain';
import { dateToIsoDay, formatIso, localToday } from '../dates/iso-dates';
import { buildTimelineModel, type TimelineModel } from '../timeline/timeline-model';
import { subtitleFor } from './image-subtitle';
import { layoutPng, type Measure, type PngLayout, type TimeRange } from './png-layout';

/** Browsers refuse bigger canvases (Chromium: 32,767 px a side, 268 million pixels in all). */
export const MAX_CANVAS_SIDE = 32_767;
export const MAX_CANVAS_AREA = 268_435_456;

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

/** The line under the title when a filter leaves out some events. */
export function filteredSubtitle(shown: number, total: number, today: string): string {
  return `${shown} of ${total} event${total === 1 ? '' : 's'} (filtered) · exported ${formatIso(today)} with Eventline`;
}

/**
 * Lays out the image. `view` is the timeline as the user sees it (filter, grouping, colours); the
 * whole document grouped by article when absent.
 */
export function layoutImage(
  document: TimelineDocument,
  options: Pick<ImageExportOptions, 'range' | 'width' | 'scale'>,
  measure: Measure,
  today: string = localToday(),
  view?: TimelineModel,
): PngLayout {
  const model = view ?? buildTimelineModel(document);
  const filtered = model.items.length < document.events.length;
  const layout = (subtitle: string) =>
    layoutPng(model, {
      title: 'Eventline timeline',
      subtitle,
      width: options.width,
      measure,
      ...(options.range ? { range: options.range } : {}),
      maxHeight: maxLayoutHeight(options.width, options.scale),
    });
  if (!options.range) {
    return layout(
      filtered
        ? filteredSubtitle(model.items.length, document.events.length, today)
        : subtitleFor(document, today),
    );
  }
  // The count in the subtitle is known after layout; the subtitle does not change the layout's size.
  const first = layout('');
  return layout(rangeSubtitle(first.shown, document.events.length, options.range, today));
}
