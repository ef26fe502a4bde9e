/**
 * Changing an article's publication date re-anchors its events: "on Monday" and "last month" are
 * read again against the new date. Events the user edited by hand, and manual events, stay exactly as
 * the user left them; the others are replaced by a fresh extraction, keeping the id and tags of each
 * event that comes back from the same words, so selections and tags survive the change.
 */
import type { ExtractedEvent, TimelineDocument, TimelineEvent } from '../../preload/domain';
import type { Extractor } from '../api';
import { isIsoDay } from '../dates';
import { UserError } from '../errors';

export interface ReanchorOptions {
  extract: Extractor;
  /** ISO timestamp for updatedAt/createdAt. */
  now: string;
  newId: () => string;
}

export interface ReanchorResult {
  /** Events whose dates or text changed, added or removed. */
  changed: number;
  /** Edited events left alone. */
  keptEdited: number;
}

/** Which words of the article an event was read from: the same after a date change. */
function wordsKey(event: Pick<TimelineEvent, 'sourceStart' | 'sourceEnd' | 'timexes'>): string | undefined {
  if (event.sourceStart === undefined || event.sourceEnd === undefined) return undefined;
  const timexes = (event.timexes ?? []).map((t) => `${t.start}:${t.text}`).join('|');
  return `${event.sourceStart}-${event.sourceEnd}#${timexes}`;
}

const sameDates = (a: TimelineEvent, b: ExtractedEvent) =>
  a.start === b.start && a.end === b.end && a.precision === b.precision && a.title === b.title;

/** Sets the article's date (as the user's) and re-extracts its events, in a store draft. */
export function reanchorArticle(
  draft: TimelineDocument,
  articleId: string,
  publishedAt: string,
  options: ReanchorOptions,
): ReanchorResult {
  if (!isIsoDay(publishedAt)) {
    throw new UserError('bad-input', `"${publishedAt}" is not a date; write it as YYYY-MM-DD.`);
  }
  const article = draft.articles.find((a) => a.id === articleId);
  if (!article) throw new UserError('not-found', 'That article no longer exists (was it deleted?).');
  article.publishedAt = publishedAt;
  article.publishedAtSource = 'user';

  const own = draft.events.filter((e) => e.articleId === articleId);
  const edited = own.filter((e) => e.editedByUser || e.origin !== 'extracted');
  const replaceable = own.filter((e) => !edited.includes(e));
  const editedKeys = new Set(edited.map(wordsKey).filter((key) => key !== undefined));
  const previous = new Map<string, TimelineEvent[]>();
  for (const event of replaceable) {
    const key = wordsKey(event);
    if (key !== undefined) previous.set(key, [...(previous.get(key) ?? []), event]);
  }

  const { events: extracted } = options.extract(article.text, { referenceDate: publishedAt });
  const fresh: TimelineEvent[] = [];
  let changed = 0;
  for (const event of extracted) {
    const key = wordsKey(event) ?? '';
    if (editedKeys.has(key)) continue; // The user's version of this event stands.
    const before = previous.get(key)?.shift();
    if (before && sameDates(before, event)) {
      fresh.push(before);
      continue;
    }
    changed++;
    fresh.push({
      ...event,
      id: before?.id ?? options.newId(),
      origin: 'extracted',
      articleId,
      tags: before?.tags ?? [],
      editedByUser: false,
      createdAt: before?.createdAt ?? options.now,
      updatedAt: options.now,
    });
  }
  const kept = new Set(fresh.map((e) => e.id));
  changed += replaceable.filter((e) => !kept.has(e.id)).length;

  const replaced = new Set(replaceable.map((e) => e.id));
  draft.events = [...draft.events.filter((e) => !replaced.has(e.id)), ...fresh];
  return { changed, keptEdited: edited.length };
}
