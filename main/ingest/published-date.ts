/**
 * Finds when an article was published, trying sources from the most to the least reliable:
 * JSON-LD datePublished → meta tags → a <time> in the article's header → a dateline in the opening
 * paragraph → a `Published:` line. Nothing found means undefined: the caller asks the user (default
 * today). Each step is exported on its own so tests can name the behaviour they check.
 */
import type { PublishedAtSource } from '../../preload/domain';
import { isIsoDay } from '../dates';
import { all, type DomDocument, type DomElement, nameTokens } from './dom';
import { calendarDateOf, findWrittenDate, isoDay, resolveYear } from './written-date';

export interface PublishedDate {
  /** `YYYY-MM-DD` */
  date: string;
  source: PublishedAtSource;
}

const ARTICLE_TYPE = /article|posting|report/i;

/** JSON-LD `datePublished`, preferring an Article-like node; handles arrays and `@graph`. */
export function publishedDateFromJsonLd(document: DomDocument): PublishedDate | undefined {
  const nodes: Record<string, unknown>[] = [];
  for (const script of all(document, 'script[type]')) {
    if (!/^application\/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    let data: unknown;
    try {
      data = JSON.parse(
        (script.textContent ?? '')
          .trim()
          .replace(/^<!\[CDATA\[|\]\]>$/g, '')
          .replace(/;\s*$/, ''),
      );
    } catch {
      continue; // A broken script on one page must not stop the other sources.
    }
    collectJsonLdNodes(data, nodes);
  }
  const withDate = nodes
    .map((node) => ({ node, date: jsonLdDate(node.datePublished) }))
    .filter((entry): entry is { node: Record<string, unknown>; date: string } => entry.date !== undefined);
  const article = withDate.find(({ node }) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  const chosen = article ?? withDate[0];
  return chosen ? { date: chosen.date, source: 'json-ld' } : undefined;
}

function collectJsonLdNodes(data: unknown, into: Record<string, unknown>[]): void {
  if (Array.isArray(data)) {
    for (const item of data) collectJsonLdNodes(item, into);
    return;
  }
  if (typeof data !== 'object' || data === null) return;
  const node = data as Record<string, unknown>;
  into.push(node);
  if (node['@graph'] !== undefined) collectJsonLdNodes(node['@graph'], into);
  // A WebPage often carries the article as its main entity.
  if (typeof node.mainEntity === 'object' && node.mainEntity !== null)
    collectJsonLdNodes(node.mainEntity, into);
}

function typesOf(node: Record<string, unknown>): string[] {
  const type = node['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((t): t is string => typeof t === 'string') : [];
}

function jsonLdDate(value: unknown): string | undefined {
  if (typeof value === 'string') return calendarDateOf(value);
  if (Array.isArray(value)) return value.map(jsonLdDate).find((date) => date !== undefined);
  if (typeof value === 'object' && value !== null && '@value' in value) {
    return jsonLdDate((value as { '@value': unknown })['@value']);
  }
  return undefined;
}

/** Meta names (lower-cased `property`, `name` or `itemprop`) that carry the publication time, best first. */
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'og:pubdate',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
];

export function publishedDateFromMeta(document: DomDocument): PublishedDate | undefined {
  const found = new Map<string, string>();
  for (const meta of all(document, 'meta')) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !found.has(key)) {
        const date = calendarDateOf(content);
        if (date) found.set(key, date);
      }
    }
  }
  for (const key of META_KEYS) {
    const date = found.get(key);
    if (date) return { date, source: 'meta' };
  }
  return undefined;
}

/** Words in a class or id that mark page furniture, whose dates are not the article's. */
const FURNITURE = new Set([
  'comment',
  'comments',
  'reply',
  'replies',
  'related',
  'sidebar',
  'aside',
  'footer',
  'nav',
  'menu',
  'promo',
  'recommended',
  'trending',
  'newsletter',
  'cookie',
  'consent',
]);

function inFurniture(element: DomElement): boolean {
  for (let node: DomElement | null = element; node; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'aside' || tag === 'nav' || tag === 'footer') return true;
    if (nameTokens(node).some((token) => FURNITURE.has(token))) return true;
  }
  return false;
}

/**
 * A <time datetime> that belongs to the article's header: marked as the publication time, in a
 * <header> inside the article, or in the header holding the headline. A masthead's "today" and
 * comment timestamps are not.
 */
export function publishedDateFromTimeElement(document: DomDocument): PublishedDate | undefined {
  const articleHeadline = document.querySelector('article h1');
  const anyHeadline = document.querySelector('h1');
  const headers = all(document, 'header').filter((header) => {
    if (header.parentElement?.closest('article, main')) return true;
    if (articleHeadline) return header.contains(articleHeadline);
    // Without an <article>, a header holding the <h1> counts, unless it is the site's masthead
    // (with the navigation), whose <h1> is the logo and whose date is today's.
    return anyHeadline !== null && header.contains(anyHeadline) && header.querySelector('nav') === null;
  });
  const candidates = [
    ...all(document, 'time[itemprop="datePublished"], time[pubdate]'),
    ...headers.flatMap((header) => all(header, 'time[datetime]')),
    ...all(document, 'article time[datetime]').filter((time) =>
      time.parentElement?.closest('[class*="byline"], [class*="meta"], [class*="dateline"]'),
    ),
  ];
  for (const time of candidates) {
    if (inFurniture(time)) continue;
    const date = calendarDateOf(time.getAttribute('datetime') ?? time.textContent ?? '');
    if (date) return { date, source: 'time-element' };
  }
  return undefined;
}

/** All the HTML-only sources, in order. */
export function publishedDateFromDocument(document: DomDocument): PublishedDate | undefined {
  return (
    publishedDateFromJsonLd(document) ??
    publishedDateFromMeta(document) ??
    publishedDateFromTimeElement(document)
  );
}

const DATELINE_SEPARATOR = /\s*(?:—|–|--|\s-\s)\s*/;
/** What may stand around the date in a dateline: a place, commas, an agency in brackets. */
const DATELINE_PLACE = /^[\p{Lu}][\p{L}\p{M} .'’-]{0,40}$/u;

/**
 * A dateline opening one of the first paragraphs: "MOSCOW, Jan. 16 (Reuters) —", "16 January 2024 —",
 * "WASHINGTON, Jan. 16, 2024 (AP) —". A date without a year takes the year that puts it nearest the
 * `near` date (e.g. a `Published:` line), else the latest such day not after today.
 */
export function datelineDate(
  text: string,
  reference: { today: string; near?: string },
): PublishedDate | undefined {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .slice(0, 3);
  for (const paragraph of paragraphs) {
    const alone = dateLineAlone(paragraph);
    if (alone) return { date: alone, source: 'dateline' };
    const separator = DATELINE_SEPARATOR.exec(paragraph.slice(0, 120));
    if (!separator || separator.index === 0) continue;
    const prefix = paragraph.slice(0, separator.index);
    const written = findWrittenDate(prefix);
    if (!written) continue;
    const rest = (prefix.slice(0, written.index) + prefix.slice(written.index + written.length))
      .replace(/\([^)]*\)/g, ' ')
      .replace(/[,\s]+/g, ' ')
      .trim();
    if (rest !== '' && !DATELINE_PLACE.test(rest)) continue;
    const date =
      written.year !== undefined
        ? isoDay(written.year, written.month, written.day)
        : resolveYear(
            written.month,
            written.day,
            reference.near ? { near: reference.near } : { notAfter: reference.today },
          );
    if (date) return { date, source: 'dateline' };
  }
  return undefined;
}

/** What may accompany a date on a line of its own: "Published 16 January 2024, 09:30 GMT". */
const DATE_LINE_EXTRAS =
  /\b(?:published|posted|on|at|first|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|[ecmp][sd]t|bst|cet|cest|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.?)\b/gi;

/**
 * A paragraph that is only a full date, as wire copy and saved pages often open ("Jan. 16, 2024",
 * "Published 16 January 2024, 09:30 GMT"). An "Updated ..." line is not the publication date.
 */
function dateLineAlone(paragraph: string): string | undefined {
  if (paragraph.length > 80 || /^\s*(?:last\s+)?updated\b/i.test(paragraph)) return undefined;
  const written = findWrittenDate(paragraph);
  if (!written || written.year === undefined) return undefined;
  const rest = (paragraph.slice(0, written.index) + paragraph.slice(written.index + written.length))
    .replace(DATE_LINE_EXTRAS, ' ')
    .replace(/[\s,.:|·•–—-]+/g, '');
  return rest === '' ? isoDay(written.year, written.month, written.day) : undefined;
}

const PUBLISHED_LINE = /^[ \t]*(?:published|date|dateline)[ \t]*:[ \t]*(\d{4}-\d{2}-\d{2})[ \t]*$/im;

export interface PublishedLine {
  date: string;
  /** Offset and length of the whole line, so it can be removed from the text. */
  index: number;
  length: number;
}

/** A `Published: YYYY-MM-DD` line near the top of a text file. */
export function findPublishedLine(text: string): PublishedLine | undefined {
  const match = PUBLISHED_LINE.exec(text.slice(0, 2000));
  if (!match || !isIsoDay(match[1])) return undefined;
  return { date: match[1], index: match.index, length: match[0].length };
}

/**
 * The text-only sources in their order: a dateline, then a `Published:` line. (For HTML pages the
 * document's own sources come first: see publishedDateFromDocument.)
 */
export function publishedDateFromText(text: string, options: { today: string }): PublishedDate | undefined {
  const line = findPublishedLine(text);
  // The Published: line is not a dateline, though it is a date on a line of its own.
  const body = line ? text.slice(0, line.index) + text.slice(line.index + line.length) : text;
  return (
    datelineDate(body, { today: options.today, ...(line ? { near: line.date } : {}) }) ??
    (line ? { date: line.date, source: 'published-line' } : undefined)
  );
}
