/**
 * Brings a vis-data DataSet to a new list of entries with as little work for vis-timeline as possible:
 * entries that did not change are not touched, so one edit in a 10,000-event timeline redraws one item
 * instead of re-applying all of them. Removals and changes are each sent in one batch.
 */
import type { IdType } from 'vis-timeline/peer';

/** Shallow equality of two entries; Dates by time, other values with Object.is (elements by identity). */
export function sameEntry(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x instanceof Date && y instanceof Date) {
      if (x.getTime() !== y.getTime()) return false;
    } else if (!Object.is(x, y)) {
      return false;
    }
  }
  return true;
}

export interface SyncResult {
  added: number;
  changed: number;
  removed: number;
}

/** The part of a vis-data DataSet this needs; DataSet<DataItem> and DataSet<DataGroup> both fit. */
export interface SyncTarget<T> {
  getIds(): IdType[];
  get(id: IdType): T | null;
  remove(ids: IdType[]): unknown;
  update(entries: T[]): unknown;
}

/**
 * `equal` decides whether a stored entry may stay as it is (default: sameEntry). Pass a custom one for
 * entries holding values that are rebuilt each time, e.g. a DOM element as group content.
 */
export function syncDataSet<T extends { id?: IdType }>(
  dataset: SyncTarget<NoInfer<T>>,
  next: readonly T[],
  equal: (stored: T, wanted: T) => boolean = (stored, wanted) =>
    sameEntry(stored as Record<string, unknown>, wanted as Record<string, unknown>),
): SyncResult {
  const wanted = new Set(next.map((entry) => entry.id));
  const gone = dataset.getIds().filter((id) => !wanted.has(id));
  if (gone.length > 0) dataset.remove(gone);
  const changes: T[] = [];
  let added = 0;
  for (const entry of next) {
    const stored = entry.id === undefined ? null : dataset.get(entry.id);
    if (stored === null) {
      added++;
      changes.push(entry);
    } else if (!equal(stored, entry)) {
      changes.push(entry);
    }
  }
  if (changes.length > 0) dataset.update(changes);
  return { added, changed: changes.length - added, removed: gone.length };
}
