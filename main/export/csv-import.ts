/**
 * CSV import: rows of a spreadsheet (Eventline's own CSV export, or any sheet with at least `start`
 * and `title` columns) become manual events. Every row is checked first; if any is wrong the message
 * lists what is wrong, row by row, and nothing is imported.
 */
import type { Tag, TimelineDocument, TimelineEvent } from '../../preload/domain';
import { PRECISIONS, type Precision } from '../../preload/domain';
import { compareIso, isIsoMoment } from '../dates';
import { UserError } from '../errors';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') endRow();
    else if (c === '\r') {
      if (text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (quoted) throw new UserError('bad-input', 'a quoted field is never closed (a " is missing)');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

export interface CsvImport {
  events: TimelineEvent[];
  /** Tags named in the file that the timeline did not have yet. */
  newTags: Tag[];
  /** Rows left out because the timeline already has that event (same id). */
  skipped: number;
}

export interface CsvImportOptions {
  fileName: string;
  now: string;
  newId: () => string;
  tagColor: (index: number) => string;
}

const TRUE = new Set(['true', 'yes', '1', 'y']);
const FALSE = new Set(['false', 'no', '0', 'n', '']);

/** Reverses the export's guard against spreadsheet formulas (a leading apostrophe). */
const plain = (value: string) => (/^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

export function eventsFromCsv(text: string, current: TimelineDocument, options: CsvImportOptions): CsvImport {
  let rows: string[][];
  try {
    rows = parseCsv(text);
  } catch (error) {
    throw new UserError(
      'bad-input',
      `${options.fileName} is not valid CSV: ${(error as Error).message}. Nothing was imported.`,
    );
  }
  if (rows.length === 0)
    throw new UserError('bad-input', `${options.fileName} is empty. Nothing was imported.`);
  const header = rows[0].map((name) => name.trim().toLowerCase().replace(/\s+/g, '_'));
  const column = (name: string) => header.indexOf(name);
  const missing = ['start', 'title'].filter((name) => column(name) === -1);
  if (missing.length > 0) {
    throw new UserError(
      'bad-input',
      `${options.fileName} has no ${missing.join(' or ')} column (the first row must name the columns). Nothing was imported.`,
    );
  }
  const cell = (row: string[], name: string) => {
    const index = column(name);
    return index === -1 ? '' : plain((row[index] ?? '').trim());
  };

  const problems: string[] = [];
  const events: TimelineEvent[] = [];
  const newTags: Tag[] = [];
  const tagsByName = new Map(current.tags.map((tag) => [tag.name.toLowerCase(), tag]));
  const existingIds = new Set(current.events.map((event) => event.id));
  const articlesByTitle = new Map(current.articles.map((article) => [article.title, article]));
  let skipped = 0;

  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    const wrong = (what: string) => problems.push(`row ${line}: ${what}`);
    const id = cell(row, 'id');
    if (id && existingIds.has(id)) {
      skipped++;
      return;
    }
    const title = cell(row, 'title');
    const start = cell(row, 'start');
    const end = cell(row, 'end');
    if (!title) wrong('title: must not be empty');
    if (!isIsoMoment(start)) wrong(`start: "${start}" is not a date written YYYY-MM-DD (optionally THH:mm)`);
    if (end && !isIsoMoment(end)) wrong(`end: "${end}" is not a date written YYYY-MM-DD (optionally THH:mm)`);
    if (end && isIsoMoment(start) && isIsoMoment(end) && compareIso(end, start) < 0)
      wrong('end: is before start');
    const precisionText = cell(row, 'precision');
    if (precisionText && !PRECISIONS.includes(precisionText as Precision)) {
      wrong(`precision: "${precisionText}" is not one of ${PRECISIONS.join(', ')}`);
    }
    const flag = (name: string) => {
      const value = cell(row, name).toLowerCase();
      if (TRUE.has(value)) return true;
      if (!FALSE.has(value)) wrong(`${name}: "${value}" is not true or false`);
      return false;
    };
    const approximate = flag('approximate');
    const planned = flag('planned');
    const tagIds = cell(row, 'tags')
      .split(';')
      .map((name) => name.trim())
      .filter(Boolean)
      .map((name) => {
        let tag = tagsByName.get(name.toLowerCase());
        if (!tag) {
          tag = { id: options.newId(), name, color: options.tagColor(current.tags.length + newTags.length) };
          tagsByName.set(name.toLowerCase(), tag);
          newTags.push(tag);
        }
        return tag.id;
      });
    if (problems.length > 0) return;
    const article = articlesByTitle.get(cell(row, 'article_title'));
    const quote = cell(row, 'quote');
    events.push({
      id: id || options.newId(),
      title,
      description: cell(row, 'description'),
      start,
      ...(end ? { end } : {}),
      precision: (precisionText as Precision) || (start.includes('T') ? 'minute' : 'day'),
      approximate,
      planned,
      origin: 'manual',
      ...(article ? { articleId: article.id } : {}),
      ...(quote ? { quote } : {}),
      tags: tagIds,
      editedByUser: true,
      createdAt: options.now,
      updatedAt: options.now,
    });
  });

  if (problems.length > 0) {
    const shown = problems.slice(0, 8);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more problems`);
    throw new UserError(
      'bad-input',
      `${options.fileName} has problems, so nothing was imported:\n${shown.join('\n')}`,
    );
  }
  return { events, newTags, skipped };
}
