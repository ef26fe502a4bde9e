/**
 * What the timeline shows, computed from the stored document: lanes (one per article, manual events in
 * their own) and items with their drawing style. Pure data, no DOM, so the on-screen timeline and the
 * PNG export draw the same thing and tests can check it in node.
 */
import type { Tag, TimelineDocument, TimelineEvent } from '../../../preload/domain';
import {
  compareIso,
  formatEventWhen,
  impliedEnd,
  isCoarse,
  isoEndToDate,
  isoToDate,
} from '../dates/iso-dates';

export const MANUAL_GROUP_ID = 'manual';
export const UNTAGGED_GROUP_ID = 'untagged';
export const ALL_GROUP_ID = 'all';

/** How the on-screen timeline splits events into swimlanes. */
export type GroupBy = 'article' | 'tag' | 'none';

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
  /** Colour of the lane: an index into the lane palette, or a tag's own colour. */
  colorIndex?: number;
  color?: string;
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
  /** How many articles reported the event, when more than one. */
  reports?: number;
  /** Colour of the item when it differs from its lane's (set for the on-screen views). */
  colorIndex?: number;
  color?: string;
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
    ...(event.sources?.length ? { reports: event.sources.length + 1 } : {}),
  };
}

export const LANE_LABEL_CHARS = 64;

/** Lanes in import order, manual events last; lanes without events are left out. */
export function buildTimelineModel(document: TimelineDocument, options: ViewOptions = {}): TimelineModel {
  const byArticle = buildArticleModel(document);
  const { groupBy = 'article', events } = options;
  if (groupBy === 'article' && !events) return byArticle;
  // Colours follow the article lanes of the whole timeline, so filtering or regrouping never recolours.
  const colorOf = new Map(byArticle.lanes.map((lane, index) => [lane.id, index]));
  const shown = events ? new Set(events.map((e) => e.id)) : null;
  const items = byArticle.items
    .filter((item) => shown === null || shown.has(item.id))
    .map((item) => ({ ...item, colorIndex: colorOf.get(item.lane) ?? 0 }));
  if (groupBy === 'article') {
    const used = new Set(items.map((i) => i.lane));
    const lanes = byArticle.lanes
      .map((lane, index) => ({ ...lane, colorIndex: index }))
      .filter((lane) => used.has(lane.id))
      .map((lane, order) => ({ ...lane, order }));
    return { lanes, items };
  }
  if (groupBy === 'none') {
    const lanes = items.length
      ? [{ id: ALL_GROUP_ID, label: 'All events', title: 'All events', order: 0, colorIndex: 0 }]
      : [];
    return { lanes, items: items.map((item) => ({ ...item, lane: ALL_GROUP_ID })) };
  }
  return groupByTag(document.tags, document.events, items);
}

export interface ViewOptions {
  groupBy?: GroupBy;
  /** Only these events (the filtered set); all when absent. */
  events?: readonly TimelineEvent[];
}

/**
 * One lane per tag in the tag list's order, then "No tag". An item lives in one lane only (vis-timeline
 * items belong to one group), so an event with several tags sits in the lane of its first tag.
 */
function groupByTag(
  tags: readonly Tag[],
  events: readonly TimelineEvent[],
  items: ItemModel[],
): TimelineModel {
  const tagOrder = new Map(tags.map((tag, index) => [tag.id, index]));
  const eventTags = new Map(events.map((e) => [e.id, e.tags]));
  const laneOf = (id: string): string => {
    const known = (eventTags.get(id) ?? []).filter((t) => tagOrder.has(t));
    known.sort((a, b) => (tagOrder.get(a) ?? 0) - (tagOrder.get(b) ?? 0));
    return known[0] ?? UNTAGGED_GROUP_ID;
  };
  const placed = items.map((item) => {
    const lane = laneOf(item.id);
    const tag = tags.find((t) => t.id === lane);
    return tag ? { ...item, lane, color: tag.color } : { ...item, lane };
  });
  const used = new Set(placed.map((i) => i.lane));
  const lanes: LaneModel[] = tags
    .filter((tag) => used.has(tag.id))
    .map((tag) => ({
      id: tag.id,
      label: truncateLabel(tag.name, LANE_LABEL_CHARS),
      title: tag.name,
      order: 0,
      color: tag.color,
    }));
  if (used.has(UNTAGGED_GROUP_ID)) {
    lanes.push({ id: UNTAGGED_GROUP_ID, label: 'No tag', title: 'Events without a tag', order: 0 });
  }
  return { lanes: lanes.map((lane, order) => ({ ...lane, order })), items: placed };
}

function buildArticleModel(document: TimelineDocument): TimelineModel {
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
