/**
 * CSV export: one row per event, for spreadsheets. RFC 4180 (CRLF rows, fields quoted when they hold a
 * comma, quote or line break, quotes doubled), a header row, ISO 8601 dates, and a UTF-8 byte-order
 * mark so that Excel reads accented text as UTF-8 rather than the system code page.
 */
import type { TimelineDocument, TimelineEvent } from '../../preload/domain';
import { compareIso } from '../dates';
import { eventSources } from '../events/sources';

export const CSV_COLUMNS = [
  'start',
  'end',
  'precision',
  'title',
  'description',
  'approximate',
  'planned',
  'tags',
  'quote',
  'article_title',
  'article_url',
  'article_published_at',
  'origin',
  'id',
  'sources',
] as const;

const BOM = '\uFEFF';

/** Events in date order, then by title, so two exports of one timeline are identical. */
export function eventsInOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => compareIso(a.start, b.start) || a.title.localeCompare(b.title, 'en'));
}

export function toCsv(document: TimelineDocument): string {
  const articles = new Map(document.articles.map((a) => [a.id, a]));
  const tagNames = new Map(document.tags.map((t) => [t.id, t.name]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const event of eventsInOrder(document.events)) {
    const article = event.articleId ? articles.get(event.articleId) : undefined;
    rows.push([
      event.start,
      event.end ?? '',
      event.precision,
      text(event.title),
      text(event.description),
      String(event.approximate),
      String(event.planned),
      text(event.tags.map((tag) => tagNames.get(tag) ?? tag).join('; ')),
      text(event.quote ?? ''),
      text(article?.title ?? ''),
      text(article?.url ?? ''),
      article?.publishedAt ?? '',
      event.origin,
      event.id,
      // Every article reporting the event, the primary one first (article_title repeats that one).
      text(
        eventSources(event)
          .map((source) => articles.get(source.articleId)?.title ?? '')
          .filter(Boolean)
          .join('; '),
      ),
    ]);
  }
  const body = rows.map((row) => row.map(quoteField).join(',')).join('\r\n');
  return `${BOM}${body}\r\n`;
}

/**
 * Free text from articles could start with = + - @, which spreadsheets run as a formula (CSV
 * injection); a leading apostrophe makes them show it as text.
 */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
