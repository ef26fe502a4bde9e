/**
 * What the timeline shows, computed from the stored document: lanes (one per article, manual events in
 * their own) and items with their drawing style. Pure data, no DOM, so the on-screen timeline and the
 * PNG export draw the same thing and tests can check it in node.
 */
import type { TimelineDocument, TimelineEvent } from '../../../preload/domain';
import {
  compareIso,
  formatEventWhen,
  impliedEnd,
  isCoarse,
  isoEndToDate,
  isoToDate,
} from '../dates/iso-dates';

export const MANUAL_GROUP_ID = 'manual';

/**
 * How an item is drawn:
 * - `point`: a known day or moment (a dot);
 * - `range`: an explicit span with a start and an end (a solid bar);
 * - `coarse`: known only to the week/month/year…; a dashed bar over the span it could fall in.
 */
export type ItemKind = 'point' | 'range' | 'coarse';

export interface LaneModel {
  id: string;
  /** Short label for the lane header. */
  label: string;
  /** The full title (tooltips, details). */
  title: string;
  order: number;
}

export interface ItemModel {
  id: string;
  lane: string;
  label: string;
  start: Date;
  /** Exclusive end instant for ranges and coarse items. */
  end?: Date;
  kind: ItemKind;
  approximate: boolean;
  planned: boolean;
  /** The date as a person reads it: "December 2023", "1 Jan – 31 Dec 2024". */
  when: string;
}

export interface TimelineModel {
  lanes: LaneModel[];
  items: ItemModel[];
}

/** Shortens a label at a word boundary, adding an ellipsis; never cuts inside a surrogate pair. */
export function truncateLabel(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(clean);
  if (chars.length <= max) return clean;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  const base = space > max * 0.6 ? cut.slice(0, space) : cut;
  return `${base.replace(/[\s,;:.–-]+$/, '')}…`;
}

export function itemKind(event: Pick<TimelineEvent, 'end' | 'precision' | 'start'>): ItemKind {
  if (isCoarse(event.precision)) return 'coarse';
  if (event.end && event.end !== event.start) return 'range';
  return 'point';
}

export function eventToItem(event: TimelineEvent): ItemModel {
  const kind = itemKind(event);
  const start = isoToDate(event.start);
  let end: Date | undefined;
  if (kind === 'range' && event.end) end = isoEndToDate(event.end);
  if (kind === 'coarse') end = isoEndToDate(event.end ?? impliedEnd(event.start, event.precision));
  return {
    id: event.id,
    lane: event.articleId ?? MANUAL_GROUP_ID,
    label: event.title,
    start,
    ...(end ? { end } : {}),
    kind,
    approximate: event.approximate,
    planned: event.planned,
    when: formatEventWhen(event.start, event.end, event.precision),
  };
}

export const LANE_LABEL_CHARS = 64;

/** Lanes in import order, manual events last; lanes without events are left out. */
export function buildTimelineModel(document: TimelineDocument): TimelineModel {
  const used = new Set(document.events.map((e) => e.articleId ?? MANUAL_GROUP_ID));
  const lanes: LaneModel[] = [];
  const articles = [...document.articles].sort((a, b) =>
    a.importedAt < b.importedAt ? -1 : a.importedAt > b.importedAt ? 1 : 0,
  );
  for (const article of articles) {
    if (!used.has(article.id)) continue;
    const title = article.title.trim() || 'Untitled article';
    lanes.push({ id: article.id, label: truncateLabel(title, LANE_LABEL_CHARS), title, order: lanes.length });
  }
  if (used.has(MANUAL_GROUP_ID)) {
    lanes.push({
      id: MANUAL_GROUP_ID,
      label: 'My events',
      title: 'Events added by hand',
      order: lanes.length,
    });
  }
  const known = new Set(lanes.map((l) => l.id));
  const items = [...document.events]
    .sort((a, b) => compareIso(a.start, b.start))
    .map(eventToItem)
    // An event whose article is gone would have no lane; show it with the manual ones instead of hiding it.
    .map((item) => (known.has(item.lane) ? item : { ...item, lane: MANUAL_GROUP_ID }));
  if (!known.has(MANUAL_GROUP_ID) && items.some((i) => i.lane === MANUAL_GROUP_ID)) {
    lanes.push({
      id: MANUAL_GROUP_ID,
      label: 'My events',
      title: 'Events added by hand',
      order: lanes.length,
    });
  }
  return { lanes, items };
}
