import type { Article, ExtractedEvent, TimelineEvent } from '../../preload/domain';

export function sampleEvent(id: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    description: '',
    start: '2024-01-15',
    precision: 'day',
    approximate: false,
    planned: false,
    origin: 'manual',
    tags: [],
    editedByUser: true,
    createdAt: '2024-01-16T00:00:00.000Z',
    updatedAt: '2024-01-16T00:00:00.000Z',
    ...overrides,
  };
}

/** A manual day event, the shape most timeline tests start from. */
export function manualEvent(
  id: string,
  start: string,
  title: string,
  extra: Partial<TimelineEvent> = {},
): TimelineEvent {
  return sampleEvent(id, { start, title, ...extra });
}

export function sampleArticle(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    title: `Article ${id}`,
    text: 'Officials met on Monday.',
    publishedAt: '2024-01-16',
    publishedAtSource: 'user',
    hash: `hash-${id}`,
    importedAt: '2024-01-16T00:00:00.000Z',
    ...overrides,
  };
}

export function extractedEvent(overrides: Partial<ExtractedEvent> = {}): ExtractedEvent {
  return {
    title: 'Officials meet',
    description: 'Officials met on Monday.',
    start: '2024-01-15',
    precision: 'day',
    approximate: false,
    planned: false,
    quote: 'Officials met on Monday.',
    sourceStart: 0,
    sourceEnd: 24,
    timexes: [],
    ...overrides,
  };
}
