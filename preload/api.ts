/**
 * The one contract between the renderer and the main process.
 *
 * Every method the renderer may call is listed here with its argument and result. Main builds a
 * handler table of exactly this shape (main/api.ts), registers each entry on ipcMain under the
 * channel `api:<method>` (main/ipc.ts, which validates the argument), and the preload exposes the
 * same names on `window.api` (preload/index.ts). Each method takes at most one plain object.
 */
import type { ExtractedEvent, Precision, PublishedAtSource, TimelineDocument } from './domain';

export type * from './domain';

/** Text of an article as the user gave it: pasted, opened or dropped. */
export interface ArticleInput {
  text: string;
  /** Title if known (otherwise the first line of the text is used). */
  title?: string;
  fileName?: string;
  url?: string;
  /** Publication date `YYYY-MM-DD` if the user set it; otherwise it is detected. */
  publishedAt?: string;
}

/** An article ready to be added, before it has an id. */
export interface ArticleDraft {
  title: string;
  text: string;
  fileName?: string;
  url?: string;
  publishedAt: string;
  publishedAtSource: PublishedAtSource;
}

export interface ArticlePreview {
  article: ArticleDraft;
  events: ExtractedEvent[];
  /** Set when the same text (or URL) is already in the timeline. */
  duplicateOf?: { id: string; title: string };
}

export interface AddArticleInput {
  article: ArticleDraft;
  /** The proposed events the user accepted. */
  events: ExtractedEvent[];
}

/** A manual event, or the editable fields of any event. */
export interface EventInput {
  title: string;
  description?: string;
  start: string;
  end?: string;
  precision?: Precision;
  approximate?: boolean;
  planned?: boolean;
  tags?: string[];
  /** Puts a manual event in an article's lane (it stays a manual event). */
  articleId?: string;
}

export interface UpdateEventInput {
  id: string;
  /** Fields to change; `end: null` removes the end date. */
  patch: Partial<Omit<EventInput, 'end' | 'articleId'>> & { end?: string | null };
}

export interface TagInput {
  name: string;
  /** A CSS colour; a distinct one is picked when absent. */
  color?: string;
}

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo/Redo would reverse or repeat ("Delete event"). */
  undoLabel?: string;
  redoLabel?: string;
}

export interface SaveImageInput {
  data: Uint8Array;
  format: 'png' | 'svg';
  suggestedName?: string;
}

export interface UpdateArticleInput {
  id: string;
  patch: {
    title?: string;
    /** A new publication date re-dates the article's extracted events (not the ones edited by hand). */
    publishedAt?: string;
  };
}

export interface SplitEventSourceInput {
  eventId: string;
  /** The article whose report becomes its own event again. */
  articleId: string;
}

/** A file path or an http(s) link, with the user's publication date if they set one. */
export interface SourceInput {
  source: string;
  publishedAt?: string;
}

export type ImportState = 'running' | 'finished' | 'cancelled' | 'failed';

/** Where a batch import of many files, folders or links stands. */
export interface ImportStatus {
  jobId: string;
  state: ImportState;
  /** Sources to read, folders counted as the articles inside them. */
  total: number;
  done: number;
  /** The source being read now. */
  current?: string;
  /** Articles added to the timeline, and their new events. */
  addedArticles: number;
  addedEvents: number;
  /** Events that another article had already reported, added to that event as a further source. */
  mergedReports?: number;
  /** Sources skipped because the timeline already has that article. */
  duplicates: string[];
  /** Sources that could not be imported, with the reason. */
  failures: { source: string; reason: string }[];
}

export interface CsvImportResult {
  document: TimelineDocument;
  /** Events added, and rows left out because the timeline already had that event. */
  added: number;
  skipped: number;
}

export interface SampleInfo {
  id: string;
  title: string;
  publishedAt: string;
}

export interface AppState {
  document: TimelineDocument;
  /** Where the timeline is stored on disk. */
  storePath: string;
  /** Messages for the user from start-up, e.g. where an unreadable store was backed up. */
  notices: string[];
}

export interface SavedFile {
  path: string;
}

export type ExportFormat = 'json' | 'csv' | 'ics';

export interface SavedExport extends SavedFile {
  /** Anything the user should know about the file, e.g. events a format cannot hold. */
  notices: string[];
}

export interface SavePngInput {
  /** The encoded PNG. */
  data: Uint8Array;
  suggestedName?: string;
}

export interface ApiContract {
  getState(): Promise<AppState>;
  /** Extracts events from an article without storing anything. */
  previewArticle(input: ArticleInput): Promise<ArticlePreview>;
  /** Asks for .txt/.md files with the native dialog and returns their text; [] if cancelled. */
  openArticleFiles(): Promise<ArticleInput[]>;
  /** Asks for article files (.txt, .md, .html) or a folder with the native dialog; [] if cancelled. */
  chooseImportSources(input: { folder: boolean }): Promise<string[]>;
  /** Reads one file or link (the page is fetched by main) and extracts its events, storing nothing. */
  previewSource(input: SourceInput): Promise<ArticlePreview>;
  /** Starts importing many files, folders or links at once, off the UI thread; every article found
   * is added with all its events (duplicates skipped). Poll getImportStatus for progress. */
  startImport(input: { sources: string[] }): Promise<ImportStatus>;
  getImportStatus(input: { jobId: string }): Promise<ImportStatus>;
  /** Stops an import; articles already read are still added. */
  cancelImport(input: { jobId: string }): Promise<ImportStatus>;
  addArticle(input: AddArticleInput): Promise<TimelineDocument>;
  updateArticle(input: UpdateArticleInput): Promise<TimelineDocument>;
  /** Removes an article with its events; events other articles also reported keep those sources. */
  deleteArticle(input: { id: string }): Promise<TimelineDocument>;
  /** Takes one article's report off an event several articles reported, as an event of its own. */
  splitEventSource(input: SplitEventSourceInput): Promise<TimelineDocument>;
  createEvent(input: EventInput): Promise<TimelineDocument>;
  updateEvent(input: UpdateEventInput): Promise<TimelineDocument>;
  deleteEvent(input: { id: string }): Promise<TimelineDocument>;
  listSamples(): Promise<SampleInfo[]>;
  /** Adds every sample article from seeds/ with all its extracted events. */
  loadSamples(): Promise<TimelineDocument>;
  /** Writes the timeline as versioned JSON where the save dialog says; null if cancelled. */
  exportJson(): Promise<SavedFile | null>;
  /** Writes the timeline as JSON, CSV (spreadsheets) or iCalendar where the save dialog says. */
  exportAs(input: { format: ExportFormat }): Promise<SavedExport | null>;
  /** Reads a CSV file chosen in the open dialog and adds its rows as events; null if cancelled. A file
   * with any wrong row is refused as a whole, with the problems listed. */
  importCsv(): Promise<CsvImportResult | null>;
  /** Reads a JSON export chosen in the open dialog and merges it in; null if cancelled. */
  importJson(): Promise<TimelineDocument | null>;
  /** Writes a PNG the renderer drew where the save dialog says; null if cancelled. */
  savePng(input: SavePngInput): Promise<SavedFile | null>;
  /** Writes a PNG or SVG the renderer drew where the save dialog says; null if cancelled. */
  saveImage(input: SaveImageInput): Promise<SavedFile | null>;
  /** Reverses the newest change to the timeline (every change is one step) and saves. */
  undo(): Promise<TimelineDocument>;
  redo(): Promise<TimelineDocument>;
  getHistory(): Promise<HistoryState>;
  createTag(input: TagInput): Promise<TimelineDocument>;
  updateTag(input: { id: string; patch: Partial<TagInput> }): Promise<TimelineDocument>;
  /** Deletes a tag and takes it off every event. */
  deleteTag(input: { id: string }): Promise<TimelineDocument>;
  /** Opens an http(s) link in the user's browser. */
  openExternal(input: { url: string }): Promise<void>;
}

export type ApiMethod = keyof ApiContract;

/** What the native menu asks the window to do (main → renderer). */
export const MENU_COMMANDS = [
  'import-file',
  'import-link',
  'import-folder',
  'export-png',
  'export-json',
  'export-csv',
  'export-ics',
  'import-json',
  'import-csv',
  'add-event',
  'undo',
  'redo',
  'delete',
  'zoom-in',
  'zoom-out',
  'fit',
  'toggle-list',
  'theme-light',
  'theme-dark',
  'theme-system',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_CHANNEL = 'menu:command';

/** window.api: the contract's calls, plus the one subscription the renderer needs (menu commands). */
export interface WindowApi extends ApiContract {
  /** Calls the listener for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * The path on disk of a file or folder dropped on the window ('' when it has none, e.g. in a plain
   * browser), so drops can be imported by main like files chosen in the dialog.
   */
  pathForFile(file: File): string;
}

/** The method names, in one list the preload and the IPC registration both walk. */
export const API_METHODS = [
  'getState',
  'previewArticle',
  'openArticleFiles',
  'chooseImportSources',
  'previewSource',
  'startImport',
  'getImportStatus',
  'cancelImport',
  'addArticle',
  'updateArticle',
  'deleteArticle',
  'splitEventSource',
  'createEvent',
  'updateEvent',
  'deleteEvent',
  'listSamples',
  'loadSamples',
  'exportJson',
  'exportAs',
  'importJson',
  'importCsv',
  'savePng',
  'saveImage',
  'undo',
  'redo',
  'getHistory',
  'createTag',
  'updateTag',
  'deleteTag',
  'openExternal',
] as const satisfies readonly ApiMethod[];

// Compile-time check that API_METHODS lists every method of the contract.
type Missing = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
export const API_METHODS_COMPLETE: Missing extends never ? true : Missing = true;

export const channelOf = (method: ApiMethod): string => `api:${method}`;

/** Errors the user can cause travel as this shape, so the renderer shows the message as is. */
export interface ApiErrorShape {
  code: string;
  message: string;
}
