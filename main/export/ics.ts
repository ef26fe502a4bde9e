/**
 * iCalendar export (RFC 5545): one VEVENT per event, for calendar apps. Events known to the day or
 * more coarsely are all-day (VALUE=DATE) spanning their whole period, with the exclusive DTEND the
 * standard asks for; timed events use floating local times, since news times are local to the story.
 * Lines end in CRLF and are folded at 75 octets; text escapes \ ; , and newlines.
 */
import type { Article, Precision, TimelineDocument, TimelineEvent } from '../../preload/domain';
import { daysInMonth } from '../dates';
import { eventSources } from '../events/sources';
import { eventsInOrder } from './csv';

export interface IcsExport {
  text: string;
  /** Events iCalendar cannot hold (before year 1 or after 9999), left out. */
  omitted: TimelineEvent[];
}

const PRODUCT_ID = '-//Eventline//Eventline Timeline//EN';

export function toIcs(document: TimelineDocument, now: Date): IcsExport {
  const articles = new Map(document.articles.map((a) => [a.id, a]));
  const tagNames = new Map(document.tags.map((t) => [t.id, t.name]));
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Eventline timeline',
  ];
  const omitted: TimelineEvent[] = [];
  for (const event of eventsInOrder(document.events)) {
    const timing = timingOf(event);
    if (!timing) {
      omitted.push(event);
      continue;
    }
    const article = event.articleId ? articles.get(event.articleId) : undefined;
    const reports = eventSources(event).flatMap((source) => {
      const from = articles.get(source.articleId);
      return from ? [{ from, quote: source.quote }] : [];
    });
    const cite = (from: Article) =>
      `${from.title}${from.url ? ` (${from.url})` : ''}, published ${from.publishedAt}`;
    const description = [
      event.description,
      ...(reports.length > 1
        ? [
            `Reported by ${reports.length} articles:`,
            ...reports.map(({ from, quote }) => `- ${cite(from)}${quote ? `: “${quote}”` : ''}`),
          ]
        : [event.quote ? `“${event.quote}”` : '', article ? `Source: ${cite(article)}` : '']),
    ]
      .filter(Boolean)
      .join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id}@eventline`,
      `DTSTAMP:${stamp}`,
      ...timing,
      `SUMMARY:${escapeText(event.approximate ? `${event.title} (approximate date)` : event.title)}`,
    );
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    if (article?.url && /^https?:\/\//i.test(article.url)) lines.push(`URL:${article.url}`);
    const tags = event.tags.map((tag) => tagNames.get(tag) ?? tag);
    if (tags.length > 0) lines.push(`CATEGORIES:${tags.map(escapeText).join(',')}`);
    if (event.planned) lines.push('STATUS:TENTATIVE');
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return { text: `${lines.map(foldLine).join('\r\n')}\r\n`, omitted };
}

/** DTSTART/DTEND lines, or undefined when the dates fall outside iCalendar's years 1-9999. */
function timingOf(event: TimelineEvent): string[] | undefined {
  const startDay = event.start.slice(0, 10);
  if (!inRange(startDay) || (event.end !== undefined && !inRange(event.end.slice(0, 10)))) return undefined;
  if (event.start.includes('T')) {
    const lines = [`DTSTART:${compactDateTime(event.start)}`];
    if (event.end?.includes('T')) lines.push(`DTEND:${compactDateTime(event.end)}`);
    else if (event.precision === 'hour') lines.push('DURATION:PT1H');
    return lines;
  }
  const lastDay = event.end ? event.end.slice(0, 10) : endOfPeriod(startDay, event.precision);
  const dayAfter = addDays(lastDay, 1);
  if (!inRange(dayAfter)) return undefined;
  return [`DTSTART;VALUE=DATE:${compactDate(startDay)}`, `DTEND;VALUE=DATE:${compactDate(dayAfter)}`];
}

const inRange = (iso: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) && iso >= '0001-01-01' && iso <= '9999-12-31';

/** The last day of the period an event without an end covers, from its start and precision. */
export function endOfPeriod(start: string, precision: Precision): string {
  const [year, month] = start.split('-').map(Number);
  const monthEnd = (y: number, m: number) => {
    const rolledYear = y + Math.floor((m - 1) / 12);
    const rolledMonth = ((m - 1) % 12) + 1;
    return `${pad(rolledYear, 4)}-${pad(rolledMonth)}-${pad(daysInMonth(rolledYear, rolledMonth))}`;
  };
  switch (precision) {
    case 'week':
      return addDays(start, 6);
    case 'month':
      return monthEnd(year, month);
    case 'quarter':
    case 'season':
      return monthEnd(year, month + 2);
    case 'year':
      return `${pad(year, 4)}-12-31`;
    case 'decade':
      return `${pad(year + 9, 4)}-12-31`;
    case 'century':
      return `${pad(year + 99, 4)}-12-31`;
    case 'millennium':
      return `${pad(year + 999, 4)}-12-31`;
    default:
      return start;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Adds whole days to an ISO day through UTC (no local time zone, no two-digit-year quirk). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d + days);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const compactDate = (iso: string) => iso.replace(/-/g, '');

function compactDateTime(moment: string): string {
  const [day, time = '00:00'] = moment.split('T');
  const [hours = '00', minutes = '00', seconds = '00'] = time.split(':');
  return `${compactDate(day)}T${hours}${minutes}${seconds.slice(0, 2)}`;
}

function utcStamp(now: Date): string {
  return `${now.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** RFC 5545 TEXT escaping. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const pieces: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const charSize = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (size + charSize > limit) {
      pieces.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += charSize;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}
