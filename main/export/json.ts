/**
 * The JSON export: a versioned document that Import JSON reads back to an identical timeline.
 */
import type { TimelineDocument } from '../../preload/domain';
import { UserError } from '../errors';
import { describeIssues, timelineDocumentSchema } from '../schemas';
import { CURRENT_VERSION, migrate } from '../store/migrations';

export const EXPORT_FORMAT = 'eventline-timeline';

export interface ExportedTimeline extends TimelineDocument {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
}

export function toJsonExport(document: TimelineDocument, exportedAt: Date): string {
  const exported: ExportedTimeline = {
    format: EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    version: CURRENT_VERSION,
    articles: document.articles,
    events: document.events,
    tags: document.tags,
  };
  return `${JSON.stringify(exported, null, 2)}\n`;
}

/** Parses and validates an export; the error lists what is wrong, so the user can tell what happened. */
export function parseJsonExport(text: string, fileName = 'The file'): TimelineDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UserError(
      'bad-json',
      `${fileName} is not valid JSON (${error instanceof Error ? error.message : 'parse error'}). Nothing was imported.`,
    );
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    (parsed as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    throw new UserError('bad-json', `${fileName} is not an Eventline timeline export. Nothing was imported.`);
  }
  const { format: _format, exportedAt: _exportedAt, ...document } = parsed as Record<string, unknown>;
  const migrated = migrate(document);
  if (!migrated.ok) throw new UserError('bad-json', `${fileName} cannot be imported: ${migrated.reason}.`);
  const checked = timelineDocumentSchema.safeParse(migrated.document);
  if (!checked.success) {
    throw new UserError(
      'bad-json',
      `${fileName} has problems, so nothing was imported:\n${describeIssues(checked.error)}`,
    );
  }
  const events = checked.data.events;
  const articleIds = new Set(checked.data.articles.map((a) => a.id));
  const orphan = events.find(
    (e) =>
      (e.articleId !== undefined && !articleIds.has(e.articleId)) ||
      (e.sources ?? []).some((source) => !articleIds.has(source.articleId)),
  );
  if (orphan) {
    throw new UserError(
      'bad-json',
      `${fileName} has an event ("${orphan.title}") whose article is missing. Nothing was imported.`,
    );
  }
  return checked.data;
}

/** Adds an imported timeline to the current one; an item with the same id takes the imported version. */
export function mergeDocuments(current: TimelineDocument, imported: TimelineDocument): TimelineDocument {
  const byId = <T extends { id: string }>(existing: T[], incoming: T[]): T[] => {
    const map = new Map(existing.map((item) => [item.id, item]));
    for (const item of incoming) map.set(item.id, item);
    return [...map.values()];
  };
  return {
    version: CURRENT_VERSION,
    articles: byId(current.articles, imported.articles),
    events: byId(current.events, imported.events),
    tags: byId(current.tags, imported.tags),
  };
}
