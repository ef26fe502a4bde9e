/**
 * Splits a quoted sentence into plain and highlighted parts where its time expressions are. Timex
 * offsets are relative to the article text and the quote starts at sourceStart, so a timex sits at
 * timex.start - sourceStart in the quote. Spans outside the quote, overlapping or out of order are
 * clipped or skipped rather than trusted.
 */
import type { TimeExpression } from '../../../preload/domain';

export interface QuoteSegment {
  text: string;
  /** The TIMEX3 value when this part is a time expression. */
  timex?: string;
}

export function highlightQuote(
  quote: string,
  sourceStart: number | undefined,
  timexes: readonly Pick<TimeExpression, 'start' | 'end' | 'value' | 'text'>[] | undefined,
): QuoteSegment[] {
  if (sourceStart === undefined || !timexes || timexes.length === 0) return [{ text: quote }];
  const spans = timexes
    .map((t) => ({ start: t.start - sourceStart, end: t.end - sourceStart, value: t.value, text: t.text }))
    .map((t) => ({ ...t, start: Math.max(0, t.start), end: Math.min(quote.length, t.end) }))
    .filter((t) => t.end > t.start)
    .sort((a, b) => a.start - b.start);
  const segments: QuoteSegment[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue;
    if (span.start > at) segments.push({ text: quote.slice(at, span.start) });
    segments.push({ text: quote.slice(span.start, span.end), timex: span.value });
    at = span.end;
  }
  if (at < quote.length) segments.push({ text: quote.slice(at) });
  return segments;
}
