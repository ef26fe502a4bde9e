/**
 * The handler table: one function per method of the API contract (preload/api.ts). It knows nothing
 * of Electron; main/ipc.ts registers it on ipcMain and the browser tests expose it to Chromium.
 */
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type {
  AddArticleInput,
  ApiContract,
  ArticleDraft,
  ArticleInput,
  ArticlePreview,
  EventInput,
  ExportFormat,
  ImportStatus,
  SampleInfo,
} from '../preload/api';
import type { ExtractedEvent, ExtractionResult, TimelineDocument, TimelineEvent } from '../preload/domain';
import { compareIso, isIsoDay } from './dates';
import { UserError } from './errors';
import {
  createReportMatcher,
  eventOfSource,
  eventSources,
  reportsFrom,
  sourceOfExtracted,
  takeSource,
  withoutArticle,
} from './events/sources';
import { toCsv } from './export/csv';
import { eventsFromCsv } from './export/csv-import';
import { toIcs } from './export/ics';
import { mergeDocuments, parseJsonExport, toJsonExport } from './export/json';
import {
  ARTICLE_EXTENSIONS,
  type BatchProgress,
  type BatchResult,
  draftArticle,
  expandSources,
  findDuplicate,
  hashArticleText,
  ingestBatch,
  ingestSource,
  readArticleFile,
  TEXT_EXTENSIONS,
} from './ingest';
import type { TimelineStore } from './store';

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Native file dialogs (Electron's in the app, scripted ones in tests). */
export interface Dialogs {
  /** Paths the user picked, [] if cancelled. With `folders`, folders are picked instead of files. */
  chooseFilesToOpen(options: {
    title: string;
    filters: FileFilter[];
    multiple: boolean;
    folders?: boolean;
  }): Promise<string[]>;
  /** The path to save to, null if cancelled. */
  chooseFileToSave(options: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
}

export type Extractor = (text: string, options: { referenceDate: string }) => ExtractionResult;

/** Reads and extracts many sources; the app runs this in a worker thread (runIngestWorker). */
export type BatchRunner = (
  sources: string[],
  options: { today: string; onProgress: (progress: BatchProgress) => void; signal: AbortSignal },
) => Promise<BatchResult>;

export interface ApiDeps {
  store: TimelineStore;
  extract: Extractor;
  dialogs: Dialogs;
  /** Opens a URL in the user's browser. */
  openExternal(url: string): Promise<void>;
  /** Folder holding the sample articles and their index.json. */
  seedsDir: string;
  /** Defaults to reading in this thread with `extract`. */
  runBatch?: BatchRunner;
  /** Used to fetch links (tests point it at a local server). */
  fetch?: typeof fetch;
  now?: () => Date;
  today?: () => string;
  newId?: () => string;
}

const EXPORT_KINDS: Record<ExportFormat, { label: string }> = {
  json: { label: 'Eventline timeline (JSON)' },
  csv: { label: 'CSV spreadsheet' },
  ics: { label: 'iCalendar' },
};

interface SampleIndexEntry extends SampleInfo {
  file: string;
}

export function createApi(deps: ApiDeps): ApiContract {
  const now = deps.now ?? (() => new Date());
  const today = deps.today ?? (() => now().toISOString().slice(0, 10));
  const newId = deps.newId ?? (() => randomUUID());
  const { store } = deps;

  const runBatch: BatchRunner =
    deps.runBatch ?? ((sources, options) => ingestBatch(sources, { ...options, extract: deps.extract }));
  const jobs = new Map<string, ImportStatus>();
  const cancels = new Map<string, AbortController>();

  const previewDraft = (article: ArticleDraft): ArticlePreview => {
    const { events } = deps.extract(article.text, { referenceDate: article.publishedAt });
    const same = findDuplicate(store.read().articles, article);
    return { article, events, ...(same ? { duplicateOf: { id: same.id, title: same.title } } : {}) };
  };
  const preview = (input: ArticleInput) => previewDraft(draftArticle(input, { today: today() }));

  const runImport = async (status: ImportStatus, sources: string[], controller: AbortController) => {
    const base = status.done;
    try {
      const result = await runBatch(sources, {
        today: today(),
        signal: controller.signal,
        onProgress: (progress) => {
          status.done = base + progress.done;
          status.current = progress.current;
        },
      });
      status.failures.push(...result.failures);
      await store.update(
        (draft) => {
          const matcher = createReportMatcher(draft.events);
          for (const item of result.items) {
            if (findDuplicate(draft.articles, item.article)) {
              status.duplicates.push(item.source);
              continue;
            }
            const merged = addArticleTo(draft, item.article, item.events, matcher);
            status.addedArticles++;
            status.addedEvents += item.events.length - merged;
            status.mergedReports = (status.mergedReports ?? 0) + merged;
          }
        },
        `Import ${result.items.length} article${result.items.length === 1 ? '' : 's'}`,
      );
      status.state = result.cancelled ? 'cancelled' : 'finished';
    } catch (error) {
      status.state = 'failed';
      status.failures.push({
        source: 'the import',
        reason: error instanceof Error ? error.message : String(error),
      });
    } finally {
      status.current = undefined;
      cancels.delete(status.jobId);
    }
  };

  const exportAs = async (format: ExportFormat) => {
    const kind = EXPORT_KINDS[format];
    const path = await deps.dialogs.chooseFileToSave({
      title: `Export timeline as ${kind.label}`,
      defaultName: `timeline.${format}`,
      filters: [{ name: kind.label, extensions: [format] }],
    });
    if (!path) return null;
    const document = store.read();
    let text: string;
    const notices: string[] = [];
    if (format === 'json') text = toJsonExport(document, now());
    else if (format === 'csv') text = toCsv(document);
    else {
      const ics = toIcs(document, now());
      text = ics.text;
      if (ics.omitted.length > 0) {
        notices.push(
          `${ics.omitted.length} event${ics.omitted.length === 1 ? ' was' : 's were'} left out: iCalendar only holds years 1 to 9999.`,
        );
      }
    }
    await writeFile(path, text, 'utf8');
    return { path, notices };
  };

  const saveImage = async (data: Uint8Array, format: 'png' | 'svg', suggestedName?: string) => {
    const path = await deps.dialogs.chooseFileToSave({
      title: `Export timeline as ${format.toUpperCase()}`,
      defaultName: suggestedName ?? `timeline.${format}`,
      filters: [{ name: format === 'png' ? 'PNG image' : 'SVG image', extensions: [format] }],
    });
    if (!path) return null;
    await writeFile(path, data);
    return { path };
  };

  /** One file picked in the open dialog, read as text; null if the user cancelled. */
  const chooseAndRead = async (title: string, filter: FileFilter) => {
    const [path] = await deps.dialogs.chooseFilesToOpen({ title, filters: [filter], multiple: false });
    if (!path) return null;
    try {
      return { name: basename(path), text: await readFile(path, 'utf8') };
    } catch {
      throw new UserError('file-unreadable', `${basename(path)} could not be read.`);
    }
  };

  const requireJob = (jobId: string) => {
    const status = jobs.get(jobId);
    if (!status) throw new UserError('not-found', 'That import is no longer known.');
    return status;
  };

  /**
   * Adds an article and its events; an event that another article already reported (same dates,
   * actors and action) becomes a further source of that event instead. Returns how many did.
   */
  const addArticleTo = (
    draft: TimelineDocument,
    article: ArticleDraft,
    events: ExtractedEvent[],
    matcher = createReportMatcher(draft.events),
  ): number => {
    const stamp = now().toISOString();
    let merged = 0;
    const articleId = newId();
    draft.articles.push({
      ...article,
      id: articleId,
      hash: hashArticleText(article.text),
      importedAt: stamp,
    });
    for (const event of events) {
      const same = matcher.find(event, articleId);
      if (same) {
        same.sources = [...(same.sources ?? []), sourceOfExtracted(event, articleId)];
        same.updatedAt = stamp;
        merged++;
        continue;
      }
      const stored: TimelineEvent = {
        ...event,
        id: newId(),
        origin: 'extracted',
        articleId,
        tags: [],
        editedByUser: false,
        createdAt: stamp,
        updatedAt: stamp,
      };
      draft.events.push(stored);
      matcher.add(stored);
    }
    return merged;
  };

  /** "Add article", or "Add article, merge reports" when some of its events join existing ones. */
  const labelFor = (base: string, additions: { events: ExtractedEvent[] }[]) => {
    const matcher = createReportMatcher(store.read().events);
    const merges = additions.some(({ events }) => events.some((e) => matcher.find(e, '') !== undefined));
    return merges ? `${base}, merge reports` : base;
  };

  const readSampleIndex = async (): Promise<SampleIndexEntry[]> => {
    const raw = await readFile(join(deps.seedsDir, 'index.json'), 'utf8');
    return JSON.parse(raw) as SampleIndexEntry[];
  };

  return {
    async getState() {
      return { document: store.read(), storePath: store.path, notices: [...store.notices] };
    },

    async previewArticle(input) {
      return preview(input);
    },

    async openArticleFiles() {
      const paths = await deps.dialogs.chooseFilesToOpen({
        title: 'Open articles',
        filters: [{ name: 'Text articles', extensions: TEXT_EXTENSIONS.map((e) => e.slice(1)) }],
        multiple: true,
      });
      return Promise.all(paths.map((path) => readArticleFile(path)));
    },

    async chooseImportSources({ folder }) {
      return deps.dialogs.chooseFilesToOpen({
        title: folder ? 'Import a folder of articles' : 'Import articles',
        filters: folder ? [] : [{ name: 'Articles', extensions: ARTICLE_EXTENSIONS.map((e) => e.slice(1)) }],
        multiple: !folder,
        ...(folder ? { folders: true } : {}),
      });
    },

    async previewSource({ source, publishedAt }) {
      const article = await ingestSource(source, {
        today: today(),
        ...(publishedAt ? { publishedAt } : {}),
        ...(deps.fetch ? { fetch: deps.fetch } : {}),
      });
      return previewDraft(article);
    },

    async startImport({ sources }) {
      const expanded = await expandSources(sources);
      const jobId = newId();
      const status: ImportStatus = {
        jobId,
        state: 'running',
        total: expanded.sources.length + expanded.failures.length,
        done: expanded.failures.length,
        addedArticles: 0,
        addedEvents: 0,
        duplicates: [],
        failures: [...expanded.failures],
      };
      jobs.set(jobId, status);
      const controller = new AbortController();
      cancels.set(jobId, controller);
      void runImport(status, expanded.sources, controller);
      return structuredClone(status);
    },

    async getImportStatus({ jobId }) {
      return structuredClone(requireJob(jobId));
    },

    async cancelImport({ jobId }) {
      const status = requireJob(jobId);
      cancels.get(jobId)?.abort();
      return structuredClone(status);
    },

    async addArticle(input: AddArticleInput) {
      return store.update(
        (draft) => {
          addArticleTo(draft, input.article, input.events);
        },
        labelFor('Add article', [input]),
      );
    },

    async updateArticle({ id, patch }) {
      const article = requireArticle(store.read(), id);
      const redated =
        patch.publishedAt !== undefined && patch.publishedAt !== article.publishedAt
          ? deps.extract(article.text, { referenceDate: patch.publishedAt }).events
          : undefined;
      return store.update(
        (draft) => {
          const target = draft.articles.find((a) => a.id === id)!;
          if (patch.title !== undefined) target.title = patch.title.trim();
          if (patch.publishedAt !== undefined) {
            target.publishedAt = patch.publishedAt;
            target.publishedAtSource = 'user';
          }
          if (redated) reanchorEvents(draft.events, id, redated, { stamp: now().toISOString(), newId });
        },
        redated ? 'Change publication date' : 'Edit article',
      );
    },

    async deleteArticle({ id }) {
      requireArticle(store.read(), id);
      return store.update((draft) => {
        draft.articles = draft.articles.filter((a) => a.id !== id);
        draft.events = withoutArticle(draft.events, id);
      }, 'Delete article');
    },

    async splitEventSource({ eventId, articleId }) {
      const event = requireEvent(store.read(), eventId);
      if (!reportsFrom(event, articleId) || eventSources(event).length < 2) {
        throw new UserError('bad-input', 'That event has no other article to split off.');
      }
      const id = newId();
      const stamp = now().toISOString();
      return store.update((draft) => {
        const index = draft.events.findIndex((e) => e.id === eventId);
        const target = draft.events[index];
        const taken = takeSource(target, articleId);
        if (!taken) return;
        target.updatedAt = stamp;
        draft.events.splice(index + 1, 0, eventOfSource(target, taken, { id, stamp }));
      }, 'Split event');
    },

    async createEvent(input: EventInput) {
      checkEventDates(input.start, input.end);
      if (input.articleId !== undefined) requireArticle(store.read(), input.articleId);
      const stamp = now().toISOString();
      const event: TimelineEvent = {
        id: newId(),
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        start: input.start,
        ...(input.end ? { end: input.end } : {}),
        precision: input.precision ?? (input.start.includes('T') ? 'minute' : 'day'),
        approximate: input.approximate ?? false,
        planned: input.planned ?? false,
        origin: 'manual',
        ...(input.articleId ? { articleId: input.articleId } : {}),
        tags: input.tags ?? [],
        editedByUser: true,
        createdAt: stamp,
        updatedAt: stamp,
      };
      return store.update((draft) => {
        draft.events.push(event);
      }, 'Add event');
    },

    async updateEvent({ id, patch }) {
      const existing = requireEvent(store.read(), id);
      const start = patch.start ?? existing.start;
      // `end: null` (or an explicit undefined) removes the end date: the event becomes a point.
      const end = 'end' in patch ? (patch.end ?? undefined) : existing.end;
      checkEventDates(start, end);
      return store.update((draft) => {
        const event = requireEvent(draft, id);
        if (patch.title !== undefined) event.title = patch.title.trim();
        if (patch.description !== undefined) event.description = patch.description.trim();
        event.start = start;
        if (end === undefined) delete event.end;
        else event.end = end;
        if (patch.precision !== undefined) event.precision = patch.precision;
        if (patch.approximate !== undefined) event.approximate = patch.approximate;
        if (patch.planned !== undefined) event.planned = patch.planned;
        if (patch.tags !== undefined) event.tags = patch.tags;
        event.editedByUser = true;
        event.updatedAt = now().toISOString();
      }, 'Edit event');
    },

    async deleteEvent({ id }) {
      requireEvent(store.read(), id);
      return store.update((draft) => {
        draft.events = draft.events.filter((e) => e.id !== id);
      }, 'Delete event');
    },

    async listSamples() {
      return (await readSampleIndex()).map(({ id, title, publishedAt }) => ({ id, title, publishedAt }));
    },

    async loadSamples() {
      const entries = await readSampleIndex();
      const known = new Set(store.read().articles.map((a) => a.hash));
      const additions: { article: ArticleDraft; events: ExtractedEvent[] }[] = [];
      for (const entry of entries) {
        const input = await readArticleFile(join(deps.seedsDir, entry.file));
        let { article, events } = preview({ ...input, title: entry.title });
        // A sample without a Published line takes the date its index gives, not today's.
        if (article.publishedAtSource === 'default-today' && entry.publishedAt) {
          ({ article, events } = preview({ ...input, title: entry.title, publishedAt: entry.publishedAt }));
          article = { ...article, publishedAtSource: 'published-line' };
        }
        if (known.has(hashArticleText(article.text))) continue;
        additions.push({ article, events });
      }
      return store.update(
        (draft) => {
          const matcher = createReportMatcher(draft.events);
          for (const { article, events } of additions) addArticleTo(draft, article, events, matcher);
        },
        labelFor('Load samples', additions),
      );
    },

    async exportJson() {
      const saved = await exportAs('json');
      return saved && { path: saved.path };
    },

    async exportAs({ format }) {
      return exportAs(format);
    },

    async importJson() {
      const file = await chooseAndRead('Import timeline JSON', {
        name: 'Eventline timeline',
        extensions: ['json'],
      });
      if (!file) return null;
      const imported = parseJsonExport(file.text, file.name);
      return store.update((draft) => {
        const merged = mergeDocuments(draft, imported);
        draft.articles = merged.articles;
        draft.events = merged.events;
        draft.tags = merged.tags;
      }, 'Import timeline');
    },

    async importCsv() {
      const file = await chooseAndRead('Import events from CSV', {
        name: 'CSV spreadsheet',
        extensions: ['csv'],
      });
      if (!file) return null;
      const { events, newTags, skipped } = eventsFromCsv(file.text, store.read(), {
        fileName: file.name,
        now: now().toISOString(),
        newId,
        tagColor: nextTagColor,
      });
      const document = await store.update((draft) => {
        draft.tags.push(...newTags);
        draft.events.push(...events);
      }, 'Import CSV');
      return { document, added: events.length, skipped };
    },

    async savePng({ data, suggestedName }) {
      return saveImage(data, 'png', suggestedName);
    },

    async saveImage({ data, format, suggestedName }) {
      return saveImage(data, format, suggestedName);
    },

    async undo() {
      return store.undo();
    },

    async redo() {
      return store.redo();
    },

    async getHistory() {
      return store.history();
    },

    async createTag({ name, color }) {
      const trimmed = name.trim();
      if (store.read().tags.some((t) => t.name.toLowerCase() === trimmed.toLowerCase())) {
        throw new UserError('bad-input', `There is already a tag called "${trimmed}".`);
      }
      const tag = { id: newId(), name: trimmed, color: color ?? nextTagColor(store.read().tags.length) };
      return store.update((draft) => {
        draft.tags.push(tag);
      }, 'Add tag');
    },

    async updateTag({ id, patch }) {
      requireTag(store.read(), id);
      const name = patch.name?.trim();
      if (name && store.read().tags.some((t) => t.id !== id && t.name.toLowerCase() === name.toLowerCase())) {
        throw new UserError('bad-input', `There is already a tag called "${name}".`);
      }
      return store.update((draft) => {
        const tag = requireTag(draft, id);
        if (name) tag.name = name;
        if (patch.color) tag.color = patch.color;
      }, 'Edit tag');
    },

    async deleteTag({ id }) {
      requireTag(store.read(), id);
      return store.update((draft) => {
        draft.tags = draft.tags.filter((t) => t.id !== id);
        for (const event of draft.events) {
          if (event.tags.includes(id)) event.tags = event.tags.filter((t) => t !== id);
        }
      }, 'Delete tag');
    },

    async openExternal({ url }) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        throw new UserError('bad-input', `"${url}" is not a link.`);
      }
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new UserError('bad-input', 'Only http and https links are opened.');
      }
      await deps.openExternal(parsed.toString());
    },
  };
}

/**
 * After an article's publication date changed: each extracted event the user has not edited takes
 * the dates of the freshly extracted event read from the same sentence and expressions. Events with
 * no counterpart (the sentence no longer yields one) keep their dates rather than vanish. When the
 * article is one of several reporting an event and its new dates differ, it no longer reports the
 * same happening: it is taken off that event and becomes an event of its own with the new dates.
 */
function reanchorEvents(
  events: TimelineEvent[],
  articleId: string,
  fresh: ExtractedEvent[],
  fields: { stamp: string; newId: () => string },
) {
  const key = (e: Pick<ExtractedEvent, 'sourceStart' | 'timexes'>) =>
    `${e.sourceStart}:${(e.timexes ?? []).map((t) => `${t.start}-${t.end}`).join(',')}`;
  const bySource = new Map(fresh.map((e) => [key(e), e]));
  const detached: [TimelineEvent, TimelineEvent][] = [];
  for (const event of events) {
    if (event.origin !== 'extracted' || event.editedByUser) continue;
    const all = eventSources(event);
    const source = all.find((s) => s.articleId === articleId);
    if (!source || (source === all[0] && event.sourceStart === undefined)) continue;
    const match = bySource.get(key(source));
    if (!match) continue;
    const sameDates =
      match.start === event.start && match.end === event.end && match.precision === event.precision;
    if (event.sources?.length && !sameDates) {
      const taken = takeSource(event, articleId);
      if (!taken) continue;
      event.updatedAt = fields.stamp;
      const own = eventOfSource(
        event,
        { ...taken, timexes: match.timexes },
        { id: fields.newId(), stamp: fields.stamp },
      );
      detached.push([event, redate(own, match)]);
      continue;
    }
    if (event.articleId === articleId) redate(event, match);
    else source.timexes = match.timexes;
    event.updatedAt = fields.stamp;
  }
  for (const [after, own] of detached) events.splice(events.indexOf(after) + 1, 0, own);
}

function redate(event: TimelineEvent, match: ExtractedEvent): TimelineEvent {
  event.start = match.start;
  if (match.end === undefined) delete event.end;
  else event.end = match.end;
  event.precision = match.precision;
  event.approximate = match.approximate;
  event.planned = match.planned;
  event.timexes = match.timexes;
  return event;
}

function requireEvent(document: TimelineDocument, id: string): TimelineEvent {
  const event = document.events.find((e) => e.id === id);
  if (!event) throw new UserError('not-found', 'That event no longer exists (was it deleted?).');
  return event;
}

function requireTag(document: TimelineDocument, id: string) {
  const tag = document.tags.find((t) => t.id === id);
  if (!tag) throw new UserError('not-found', 'That tag no longer exists (was it deleted?).');
  return tag;
}

/** Distinct, readable colours on light and dark backgrounds, taken in turn for new tags. */
const TAG_COLORS = ['#2f6fde', '#d9480f', '#2b8a3e', '#ae3ec9', '#c2255c', '#0b7285', '#e8a317', '#5f3dc4'];
const nextTagColor = (count: number) => TAG_COLORS[count % TAG_COLORS.length];

function requireArticle(document: TimelineDocument, id: string) {
  const article = document.articles.find((a) => a.id === id);
  if (!article) throw new UserError('not-found', 'That article no longer exists (was it deleted?).');
  return article;
}

function checkEventDates(start: string, end: string | undefined) {
  if (end !== undefined && compareIso(end, start) < 0) {
    throw new UserError('bad-input', 'The end date is before the start date.');
  }
  if (!isIsoDay(start.slice(0, start.indexOf('T') === -1 ? undefined : start.indexOf('T')))) {
    throw new UserError('bad-input', `"${start}" is not a date; write it as YYYY-MM-DD.`);
  }
}
