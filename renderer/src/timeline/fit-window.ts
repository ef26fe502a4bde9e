import type { ItemModel } from './timeline-model';

const DAY_MS = 86_400_000;
/** Room kept right of the last item for its label, in pixels (labels are at most 260px wide). */
const LABEL_ROOM_PX = 280;
const EDGE_ROOM_PX = 24;

/**
 * The window that shows every item with its label: vis-timeline's own fit() ignores that labels run to
 * the right of points, which clipped the last labels at the edge.
 */
export function fitWindow(items: ItemModel[], widthPx: number): { start: Date; end: Date } | null {
  if (items.length === 0) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    min = Math.min(min, item.start.getTime());
    max = Math.max(max, (item.end ?? item.start).getTime());
  }
  if (max - min < 7 * DAY_MS) {
    min -= 3 * DAY_MS;
    max += 3 * DAY_MS;
  }
  const usable = Math.max(widthPx - LABEL_ROOM_PX - EDGE_ROOM_PX, widthPx / 3);
  const msPerPx = (max - min) / usable;
  return { start: new Date(min - EDGE_ROOM_PX * msPerPx), end: new Date(max + LABEL_ROOM_PX * msPerPx) };
}

/**
 * Where to move so that an item picked in the list is in view, with room for its label: zoomed in
 * when the window is far wider than the item, only moved when the item is off to the side, null when
 * it is already well in view.
 */
export function revealWindow(
  item: ItemModel,
  current: { start: Date; end: Date },
): { start: Date; end: Date } | null {
  const start = item.start.getTime();
  const end = (item.end ?? item.start).getTime();
  const windowStart = current.start.getTime();
  const windowEnd = current.end.getTime();
  const span = windowEnd - windowStart;
  const wanted = Math.max((end - start) * 2, 180 * DAY_MS);
  const nextSpan = span > wanted * 4 ? wanted : span;
  const inView = start >= windowStart && end <= windowEnd - span * 0.3;
  if (nextSpan === span && inView) return null;
  const nextStart = start - nextSpan * 0.3;
  return { start: new Date(nextStart), end: new Date(nextStart + nextSpan) };
}
