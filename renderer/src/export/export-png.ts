/** Export PNG: the whole timeline (every event, not the viewport) laid out and drawn at 2× density. */
import type { TimelineDocument } from '../../../preload/domain';
import { compareIso, formatIso, localToday } from '../dates/iso-dates';
import { buildTimelineModel } from '../timeline/timeline-model';
import { renderPng } from './png-draw';
import { layoutPng, type PngLayout } from './png-layout';

export const PNG_WIDTH = 1600;
export const PNG_DENSITY = 2;

export function subtitleFor(document: TimelineDocument, today: string): string {
  const events = document.events.length;
  const articles = new Set(document.events.map((e) => e.articleId).filter(Boolean)).size;
  let summary = `${events} event${events === 1 ? '' : 's'}`;
  if (articles > 0) summary += ` from ${articles} article${articles === 1 ? '' : 's'}`;
  const parts = [summary];
  if (events > 0) {
    const starts = document.events.map((e) => e.start).sort(compareIso);
    const ends = document.events.map((e) => e.end ?? e.start).sort(compareIso);
    const first = formatIso(starts[0], 'year');
    const last = formatIso(ends[ends.length - 1], 'year');
    parts.push(first === last ? first : `${first} – ${last}`);
  }
  parts.push(`exported ${formatIso(today)} with Eventline`);
  return parts.join(' · ');
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
    title: 'Eventline timeline',
    subtitle: subtitleFor(document, localToday()),
    width: PNG_WIDTH,
    measure,
  });
  return { data: await renderPng(layout, laneIndex, PNG_DENSITY), layout };
}
