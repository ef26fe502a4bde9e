/**
 * Which events the workspace shows: text search, a date range, tags, articles, origin and precision.
 * Pure functions over the document, shared by the timeline and the list so both always agree.
 */
import type { EventOrigin, Precision, TimelineDocument, TimelineEvent } from '../../../preload/domain';
import { PRECISION_LABEL } from '../app/messages';
import { compareIso, formatIso, impliedEnd, isIsoDate } from '../dates/iso-dates';

export interface EventFilter {
  text: string;
  /** Inclusive ISO days; events overlapping [from, to] are kept. Empty means open. */
  from: string;
  to: string;
  tagId: string;
  articleId: string;
  origin: EventOrigin | '';
  precision: Precision | '';
}

export const EMPTY_FILTER: EventFilter = {
  text: '',
  from: '',
  to: '',
  tagId: '',
  articleId: '',
  origin: '',
  precision: '',
};

/** A filter value meaning "events without any tag". */
export const UNTAGGED = '__untagged__';

export function isFilterActive(filter: EventFilter): boolean {
  return (Object.keys(EMPTY_FILTER) as (keyof EventFilter)[]).some((key) => filter[key].trim() !== '');
}

/** Lowercase without accents, so "cafe" finds "Café". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The last day an event can mean (its end, or the end implied by a coarse start). */
export function eventLastDay(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  return event.end ?? impliedEnd(event.start, event.precision);
}

export function matchesFilter(
  event: TimelineEvent,
  filter: EventFilter,
  tagNames: Map<string, string>,
  articleTitles: Map<string, string>,
): boolean {
  if (filter.origin && event.origin !== filter.origin) return false;
  if (filter.precision && event.precision !== filter.precision) return false;
  if (filter.articleId && event.articleId !== filter.articleId) return false;
  if (filter.tagId === UNTAGGED) {
    if (event.tags.some((id) => tagNames.has(id))) return false;
  } else if (filter.tagId && !event.tags.includes(filter.tagId)) return false;
  // Dates are compared by day: a day precision "to" includes events at any time on that day.
  const from = filter.from.trim();
  const to = filter.to.trim();
  if (isIsoDate(from) && compareIso(eventLastDay(event).split('T')[0], from) < 0) return false;
  if (isIsoDate(to) && compareIso(event.start.split('T')[0], to) > 0) return false;
  const words = fold(filter.text).split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const haystack = fold(
      [
        event.title,
        event.description,
        event.quote ?? '',
        event.articleId ? (articleTitles.get(event.articleId) ?? '') : '',
        ...event.tags.map((id) => tagNames.get(id) ?? ''),
      ].join('\n'),
    );
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

export function filterEvents(document: TimelineDocument, filter: EventFilter): TimelineEvent[] {
  if (!isFilterActive(filter)) return document.events;
  const tagNames = new Map(document.tags.map((t) => [t.id, t.name]));
  const articleTitles = new Map(document.articles.map((a) => [a.id, a.title]));
  return document.events.filter((event) => matchesFilter(event, filter, tagNames, articleTitles));
}

export interface FilterChip {
  key: keyof EventFilter | 'dates';
  label: string;
}

/** The active parts of a filter, in words, one chip each (each can be cleared on its own). */
export function describeFilter(filter: EventFilter, document: TimelineDocument): FilterChip[] {
  const chips: FilterChip[] = [];
  if (filter.text.trim()) chips.push({ key: 'text', label: `“${filter.text.trim()}”` });
  const from = isIsoDate(filter.from.trim()) ? formatIso(filter.from.trim()) : '';
  const to = isIsoDate(filter.to.trim()) ? formatIso(filter.to.trim()) : '';
  if (from && to) chips.push({ key: 'dates', label: `${from} – ${to}` });
  else if (from) chips.push({ key: 'dates', label: `from ${from}` });
  else if (to) chips.push({ key: 'dates', label: `until ${to}` });
  if (filter.tagId === UNTAGGED) chips.push({ key: 'tagId', label: 'no tag' });
  else if (filter.tagId) {
    const tag = document.tags.find((t) => t.id === filter.tagId);
    chips.push({ key: 'tagId', label: `tag: ${tag?.name ?? 'deleted tag'}` });
  }
  if (filter.articleId) {
    const article = document.articles.find((a) => a.id === filter.articleId);
    chips.push({ key: 'articleId', label: `article: ${article?.title ?? 'removed article'}` });
  }
  if (filter.origin)
    chips.push({ key: 'origin', label: filter.origin === 'manual' ? 'added by hand' : 'from articles' });
  if (filter.precision) chips.push({ key: 'precision', label: PRECISION_LABEL[filter.precision] });
  return chips;
}

export function clearChip(filter: EventFilter, key: FilterChip['key']): EventFilter {
  if (key === 'dates') return { ...filter, from: '', to: '' };
  return { ...filter, [key]: '' };
}
