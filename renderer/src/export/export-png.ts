/** Export PNG: the whole timeline (every event, not the viewport) laid out and drawn at 2× density. */
import type { TimelineDocument } from '../../../preload/domain';
import { dateToIsoDay, formatIso } from '../dates/iso-dates';
import { buildTimelineModel } from '../timeline/timeline-model';
import { renderPng } from './png-draw';
import { layoutPng, type PngLayout } from './png-layout';

export const PNG_WIDTH = 1600;
export const PNG_DENSITY = 2;

export function subtitleFor(document: TimelineDocument): string {
  const events = document.events.length;
  const articles = new Set(document.events.map((e) => e.articleId).filter(Boolean)).size;
  const parts = [`${events} event${events === 1 ? '' : 's'}`];
  if (articles > 0) parts.push(`from ${articles} article${articles === 1 ? '' : 's'}`);
  return `${parts.join(' ')} · exported ${formatIso(dateToIsoDay(new Date()))} with Eventline`;
}

export async function timelinePng(
  document: TimelineDocument,
  laneIndex: Map<string, number>,
): Promise<{ data: Uint8Array; layout: PngLayout }> {
  const canvas = window.document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This system cannot draw images (no 2D canvas).');
  const measure = (text: string, font: string) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
  const layout = layoutPng(buildTimelineModel(document), {
    title: 'Timeline',
    subtitle: subtitleFor(document),
    width: PNG_WIDTH,
    measure,
  });
  return { data: await renderPng(layout, laneIndex, PNG_DENSITY), layout };
}
