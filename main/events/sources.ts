/**
 * The sources of an event: its primary article (articleId, quote, offsets, timexes on the event) and
 * the further articles reporting the same happening (`sources`). Pure helpers over the stored event,
 * used when articles are added, removed or re-dated and when the user splits a merged event.
 */
import type { EventSource, ExtractedEvent, TimelineEvent } from '../../preload/domain';
import { type HappeningFacts, sameActorsAndAction, sameInterval } from './same-happening';

/** Every article an event was read from, the primary one first. */
export function eventSources(event: TimelineEvent): EventSource[] {
  if (event.articleId === undefined || event.origin !== 'extracted') return [];
  const primary: EventSource = {
    articleId: event.articleId,
    quote: event.quote ?? '',
    sourceStart: event.sourceStart ?? 0,
    sourceEnd: event.sourceEnd ?? 0,
    timexes: event.timexes ?? [],
  };
  return [primary, ...(event.sources ?? [])];
}

export const reportsFrom = (event: TimelineEvent, articleId: string): boolean =>
  eventSources(event).some((source) => source.articleId === articleId);

/** An event new reports may join: read from articles, untouched by the user, and not manual. */
const canTakeReports = (event: TimelineEvent) =>
  event.origin === 'extracted' && !event.editedByUser && event.articleId !== undefined;

const intervalKey = (e: HappeningFacts) => `${e.start}|${e.end ?? e.start}|${e.precision}`;

/**
 * Finds, for each event an article brings, an existing event of ANOTHER article telling the same
 * happening. Candidates are looked up by their dates first, so a large timeline costs little.
 */
export function createReportMatcher(events: readonly TimelineEvent[]) {
  const byInterval = new Map<string, TimelineEvent[]>();
  const index = (event: TimelineEvent) => {
    const key = intervalKey(event);
    const list = byInterval.get(key);
    if (list) list.push(event);
    else byInterval.set(key, [event]);
  };
  for (const event of events) if (canTakeReports(event)) index(event);
  return {
    find(incoming: ExtractedEvent, articleId: string): TimelineEvent | undefined {
      return (byInterval.get(intervalKey(incoming)) ?? []).find(
        (candidate) =>
          canTakeReports(candidate) &&
          !reportsFrom(candidate, articleId) &&
          sameInterval(candidate, incoming) &&
          sameActorsAndAction(candidate.title, incoming.title),
      );
    },
    /** Makes a newly stored event a candidate for the articles that come after. */
    add: index,
  };
}

export function sourceOfExtracted(event: ExtractedEvent, articleId: string): EventSource {
  return {
    articleId,
    quote: event.quote,
    sourceStart: event.sourceStart,
    sourceEnd: event.sourceEnd,
    timexes: event.timexes,
  };
}

/** An extracted event's description is its sentence, unless the user wrote one. */
const describesQuote = (event: TimelineEvent) =>
  event.quote !== undefined && event.description !== '' && event.quote.includes(event.description);

function setPrimary(event: TimelineEvent, source: EventSource) {
  // The sentence of the article that no longer leads would be a stale description.
  if (describesQuote(event) && event.articleId !== source.articleId) event.description = source.quote;
  event.articleId = source.articleId;
  event.quote = source.quote;
  event.sourceStart = source.sourceStart;
  event.sourceEnd = source.sourceEnd;
  event.timexes = source.timexes;
}

function setExtras(event: TimelineEvent, extras: EventSource[]) {
  if (extras.length > 0) event.sources = extras;
  else delete event.sources;
}

/**
 * Takes one article off a merged event (which keeps at least one source); when it was the primary
 * one, the next source becomes primary. Returns the source taken, or undefined if it had none from there.
 */
export function takeSource(event: TimelineEvent, articleId: string): EventSource | undefined {
  const all = eventSources(event);
  const taken = all.find((source) => source.articleId === articleId);
  if (!taken || all.length < 2) return undefined;
  const rest = all.filter((source) => source !== taken);
  setPrimary(event, rest[0]);
  setExtras(event, rest.slice(1));
  return taken;
}

/**
 * After an article is deleted: events only it reported go, merged events lose it as a source, and
 * events placed in its lane by hand go with it as before.
 */
export function withoutArticle(events: TimelineEvent[], articleId: string): TimelineEvent[] {
  const kept: TimelineEvent[] = [];
  for (const event of events) {
    if (reportsFrom(event, articleId) && eventSources(event).length > 1) {
      takeSource(event, articleId);
      kept.push(event);
    } else if (event.articleId !== articleId) {
      kept.push(event);
    }
  }
  return kept;
}

/** A new event of its own for a source taken off `from`: same dates, flags and tags, that article's quote. */
export function eventOfSource(
  from: TimelineEvent,
  source: EventSource,
  fields: { id: string; stamp: string },
): TimelineEvent {
  const { sources: _sources, ...rest } = from;
  return {
    ...rest,
    id: fields.id,
    // The description of an extracted event is its sentence: the split-off one tells its own.
    description: describesQuote(from) ? source.quote : from.description,
    articleId: source.articleId,
    quote: source.quote,
    sourceStart: source.sourceStart,
    sourceEnd: source.sourceEnd,
    timexes: source.timexes,
    tags: [...from.tags],
    createdAt: fields.stamp,
    updatedAt: fields.stamp,
  };
}
