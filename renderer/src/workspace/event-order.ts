/**
 * Orders of events: time order (the timeline's, used by the arrow keys) and the list's sortable columns.
 */
import { PRECISIONS, type TimelineDocument, type TimelineEvent } from '../../../preload/domain';
import { compareIso } from '../dates/iso-dates';

export type SortKey = 'date' | 'title' | 'article' | 'precision' | 'tags';
export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: SortKey;
  direction: SortDirection;
}

export const DEFAULT_SORT: SortState = { key: 'date', direction: 'ascending' };

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function compareByTime(a: TimelineEvent, b: TimelineEvent): number {
  return compareIso(a.start, b.start) || collator.compare(a.title, b.title) || (a.id < b.id ? -1 : 1);
}

/** Events in time order: what the arrow keys walk through. */
export function timeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareByTime);
}

/** Sorts for the list; ties fall back to time order so the result is stable and predictable. */
export function sortEvents(
  events: readonly TimelineEvent[],
  sort: SortState,
  document: Pick<TimelineDocument, 'articles' | 'tags'>,
): TimelineEvent[] {
  const articleTitle = new Map(document.articles.map((a) => [a.id, a.title]));
  const tagName = new Map(document.tags.map((t) => [t.id, t.name]));
  const tagsText = (e: TimelineEvent) =>
    e.tags
      .map((id) => tagName.get(id))
      .filter((name): name is string => name !== undefined)
      .sort(collator.compare)
      .join(', ');
  const key = (e: TimelineEvent): string =>
    sort.key === 'title'
      ? e.title
      : sort.key === 'article'
        ? e.articleId
          ? (articleTitle.get(e.articleId) ?? '')
          : ''
        : sort.key === 'tags'
          ? tagsText(e)
          : '';
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...events].sort((a, b) => {
    let order = 0;
    if (sort.key === 'date') order = compareIso(a.start, b.start);
    else if (sort.key === 'precision')
      order = PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision);
    else {
      const ka = key(a);
      const kb = key(b);
      // Events without an article or tags go last whichever the direction: empty cells are not data.
      if (ka === '' && kb !== '') return 1;
      if (kb === '' && ka !== '') return -1;
      order = collator.compare(ka, kb);
    }
    return sign * order || compareByTime(a, b);
  });
}

/** Clicking a column header: a new column sorts ascending, the same one flips. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export type Step = 'next' | 'previous' | 'first' | 'last';

/**
 * The event to select after a step through `ids` (in order). Without a selection (or when the selected
 * one is no longer in the list), "next" starts at the first and "previous" at the last.
 */
export function stepSelection(ids: readonly string[], current: string | null, step: Step): string | null {
  if (ids.length === 0) return null;
  if (step === 'first') return ids[0];
  if (step === 'last') return ids[ids.length - 1];
  const index = current === null ? -1 : ids.indexOf(current);
  if (index === -1) return step === 'next' ? ids[0] : ids[ids.length - 1];
  const next = step === 'next' ? Math.min(index + 1, ids.length - 1) : Math.max(index - 1, 0);
  return ids[next];
}
