/**
 * The time span the on-screen timeline shows, read from the data-window-start/-end attributes the
 * timeline keeps up to date, so the image export needs no hook into the timeline component.
 */
import type { TimeRange } from './png-layout';

export function readVisibleWindow(root: ParentNode = document): TimeRange | null {
  const element = root.querySelector<HTMLElement>('[data-testid="timeline"]');
  const start = Number(element?.dataset.windowStart);
  const end = Number(element?.dataset.windowEnd);
  return Number.isFinite(start) && Number.isFinite(end) && end > start ? { start, end } : null;
}
