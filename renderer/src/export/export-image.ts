/**
 * Image export: the whole timeline or a time range, at a chosen width and scale, as PNG (drawn on a
 * canvas) or SVG (written from the same scene). Saving goes through window.api.
 */
import type { ApiContract, SavedFile } from '../../../preload/api';
import type { TimelineDocument } from '../../../preload/domain';
import type { TimelineModel } from '../timeline/timeline-model';
import { type ImageExportOptions, type ImageFormat, layoutImage } from './image-options';
import { buildScene } from './image-scene';
import { canvasMeasure, renderPng } from './png-draw';
import type { PngLayout } from './png-layout';
import { renderSvg } from './svg-render';

export interface RenderedImage {
  data: Uint8Array;
  layout: PngLayout;
  suggestedName: string;
}

export async function renderImage(
  document: TimelineDocument,
  laneIndex: Map<string, number>,
  options: ImageExportOptions,
  view?: TimelineModel,
): Promise<RenderedImage> {
  const measure = canvasMeasure();
  const layout = layoutImage(document, options, measure, undefined, view);
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

/** Saves through the native save dialog; null if cancelled. */
export function saveImage(
  api: ApiContract,
  image: RenderedImage,
  format: ImageFormat,
): Promise<SavedFile | null> {
  return api.saveImage({ data: image.data, format, suggestedName: image.suggestedName });
}
