/**
 * Domain types shared by main, preload and renderer (and the one list of precisions, in order).
 *
 * Dates are ISO 8601 strings everywhere (storage, IPC, exports):
 *  - a calendar day is `YYYY-MM-DD`, a moment `YYYY-MM-DDTHH:mm` (no zone: news times are local);
 *  - years before 1 AD use astronomical numbering with a sign and four digits: 44 BC = `-0043`.
 * An interval is inclusive at both ends: January 2024 is { start: "2024-01-01", end: "2024-01-31" }.
 */

/** How finely a date is known; drives how the timeline draws it and how exports round it. */
export type Precision =
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium';

export const PRECISIONS: readonly Precision[] = [
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'season',
  'year',
  'decade',
  'century',
  'millennium',
];

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Inclusive calendar interval, both ends ISO dates (or date-times for minute/hour precision). */
export interface Interval {
  start: string;
  end: string;
}

/** One temporal expression found in a text, in TimeML's TIMEX3 conventions. */
export interface TimeExpression {
  /** Character offsets into the analysed text, end exclusive. */
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2013-03-22, 2013-W11, 2012-SU, 199, P18M, XXXX-WI, PAST_REF, ... */
  value: string;
  /** TIMEX3 mod: APPROX, START, MID, END, BEFORE, AFTER, ON_OR_BEFORE, ... */
  mod?: string;
  /** Calendar interval for the timeline; absent for durations, sets and unanchorable references. */
  interval?: Interval;
  precision?: Precision;
}

/** Where an article's publication date came from (shown to the user next to the date). */
export type PublishedAtSource =
  | 'user'
  | 'json-ld'
  | 'meta'
  | 'time-element'
  | 'dateline'
  | 'published-line'
  | 'default-today';

export interface Article {
  id: string;
  title: string;
  text: string;
  url?: string;
  fileName?: string;
  /** Publication date `YYYY-MM-DD`: the reference for "on Monday", "last month". */
  publishedAt: string;
  publishedAtSource: PublishedAtSource;
  /** sha256 of the normalised text, to recognise the same article imported twice. */
  hash: string;
  importedAt: string;
}

export type EventOrigin = 'extracted' | 'manual';

/** An event as the extractor proposes it, before it is stored. */
export interface ExtractedEvent {
  title: string;
  description: string;
  start: string;
  /** Inclusive end; absent for a point event. */
  end?: string;
  precision: Precision;
  approximate: boolean;
  planned: boolean;
  /** The sentence the event was read from. */
  quote: string;
  /** Offsets of the quoted sentence in the article text, end exclusive. */
  sourceStart: number;
  sourceEnd: number;
  /** The time expressions (offsets relative to the article text) that dated the event. */
  timexes: TimeExpression[];
}

/**
 * One more article reporting an event: the article, the sentence read from it, its offsets and the
 * expressions that dated it there. The event's own articleId/quote is its first (primary) source.
 */
export interface EventSource {
  articleId: string;
  quote: string;
  sourceStart: number;
  sourceEnd: number;
  timexes: TimeExpression[];
}

/** An event on the timeline. */
export interface TimelineEvent {
  id: string;
  title: string;
  description: string;
  start: string;
  end?: string;
  precision: Precision;
  approximate: boolean;
  planned: boolean;
  origin: EventOrigin;
  /** The article it was extracted from (absent for manual events). */
  articleId?: string;
  quote?: string;
  sourceStart?: number;
  sourceEnd?: number;
  timexes?: TimeExpression[];
  /** Other articles reporting the same happening (same dates, actors and action), in the order added. */
  sources?: EventSource[];
  tags: string[];
  /** True once the user changed the dates or text by hand: re-anchoring leaves it alone. */
  editedByUser: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Tag {
  id: string;
  name: string;
  color: string;
}

/** The whole stored document (lowdb) and, with `format`, the JSON export. */
export interface TimelineDocument {
  version: number;
  articles: Article[];
  events: TimelineEvent[];
  tags: Tag[];
}

export interface ExtractionResult {
  expressions: TimeExpression[];
  events: ExtractedEvent[];
}
