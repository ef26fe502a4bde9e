/**
 * The window: toolbar, filters, timeline or list, side panel and status bar. State comes from main
 * (getState and the document every mutation returns); this component only keeps what is on screen.
 * The toolbar, the keyboard and the native menu all run the same commands.
 */
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleInput, ExportFormat, HistoryState, MenuCommand, SampleInfo } from '../../../preload/api';
import type { Article, Tag, TimelineDocument, TimelineEvent } from '../../../preload/domain';
import { ExportImageDialog } from '../export/ExportImageDialog';
import type { TimeRange } from '../export/png-layout';
import { readVisibleWindow } from '../export/visible-window';
import { EventTable } from '../list/EventTable';
import { ArticleDialog } from '../panels/ArticleDialog';
import { BatchImportDialog } from '../panels/BatchImportDialog';
import { DetailsPanel, EventList } from '../panels/DetailsPanel';
import { EmptyState } from '../panels/EmptyState';
import { EventDialog } from '../panels/EventDialog';
import { ExportMenu } from '../panels/ExportMenu';
import { ImportDialog, type ImportStart } from '../panels/ImportDialog';
import { TagManager } from '../panels/TagManager';
import { movedDates } from '../timeline/drag-dates';
import { type TimelineController, TimelineView } from '../timeline/TimelineView';
import { buildTimelineModel, type GroupBy, MANUAL_GROUP_ID } from '../timeline/timeline-model';
import { EMPTY_FILTER, type EventFilter, filterEvents } from '../workspace/event-filter';
import {
  DEFAULT_SORT,
  type SortState,
  type Step,
  sortEvents,
  stepSelection,
  timeOrder,
} from '../workspace/event-order';
import { FilterBar, LaneSwitch, type ViewMode, ViewSwitch } from '../workspace/FilterBar';
import { describeTarget, type ShortcutCommand, shortcutFor } from '../workspace/shortcuts';
import { errorMessage, plural } from './messages';
import { type ThemeChoice, useTheme } from './theme';

const EMPTY_DOCUMENT: TimelineDocument = { version: 1, articles: [], events: [], tags: [] };
const EMPTY_HISTORY: HistoryState = { canUndo: false, canRedo: false };
const SAMPLES_DISMISSED_KEY = 'eventline.samplesOfferDismissed';
const GROUP_BY_KEY = 'eventline.groupBy';
const VIEW_KEY = 'eventline.view';
const TEXT_FILE = /\.(txt|md|markdown|text)$/i;
const IS_MAC = /Mac|iPhone|iPad/.test(navigator.platform);

type EditorState =
  | { mode: 'create'; initial?: { start?: string; tags?: string[] } }
  | { mode: 'edit'; event: TimelineEvent }
  | null;

interface Status {
  kind: 'error' | 'success';
  text: string;
  /** Stays until dismissed (a success that comes with something to read). */
  sticky?: boolean;
  /** A button next to the message, e.g. Undo after a delete. */
  action?: { label: string; run(): void };
}

/** Runs after React has rendered the latest state and vis-timeline has drawn it. */
function afterRender(action: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(action));
}

function readSetting(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeSetting(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Remembering a choice is a nicety; without storage it lasts until the window closes.
  }
}

const readGroupBy = (): GroupBy => {
  const stored = readSetting(GROUP_BY_KEY);
  return stored === 'tag' || stored === 'none' ? stored : 'article';
};

export function App() {
  const [document, setDocument] = useState<TimelineDocument>(EMPTY_DOCUMENT);
  const [loaded, setLoaded] = useState(false);
  const [storePath, setStorePath] = useState('');
  const [notices, setNotices] = useState<string[]>([]);
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [importInputs, setImportInputs] = useState<ArticleInput[] | null>(null);
  const [importStart, setImportStart] = useState<ImportStart | undefined>(undefined);
  const [editor, setEditor] = useState<EditorState>(null);
  const [batchSources, setBatchSources] = useState<string[] | null>(null);
  const [articleEditor, setArticleEditor] = useState<Article | null>(null);
  const [tagManager, setTagManager] = useState(false);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [emptyDismissed, setEmptyDismissed] = useState(() => readSetting(SAMPLES_DISMISSED_KEY) === '1');
  const [history, setHistory] = useState<HistoryState>(EMPTY_HISTORY);
  const [filter, setFilter] = useState<EventFilter>(EMPTY_FILTER);
  const [groupBy, setGroupByState] = useState<GroupBy>(readGroupBy);
  const [view, setViewState] = useState<ViewMode>(() =>
    readSetting(VIEW_KEY) === 'list' ? 'list' : 'timeline',
  );
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  // The image export dialog, with the range on screen when it was opened.
  const [imageExport, setImageExport] = useState<{ visible: TimeRange | null } | null>(null);
  const { choice: themeChoice, theme, setChoice: setThemeChoice } = useTheme();
  const timeline = useRef<TimelineController>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const detailsRef = useRef<HTMLElement>(null);

  const showError = useCallback(
    (error: unknown) => setStatus({ kind: 'error', text: errorMessage(error) }),
    [],
  );

  const refreshHistory = useCallback(() => {
    window.api.getHistory().then(setHistory, () => setHistory(EMPTY_HISTORY));
  }, []);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const state = await window.api.getState();
        if (cancelled) return;
        setDocument(state.document);
        setStorePath(state.storePath);
        setNotices(state.notices);
        refreshHistory();
      } catch (error) {
        if (!cancelled) showError(error);
      } finally {
        if (!cancelled) setLoaded(true);
      }
      try {
        const list = await window.api.listSamples();
        if (!cancelled) setSamples(list);
      } catch {
        // No samples shipped: the empty state simply does not offer them.
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [showError, refreshHistory]);

  // Success messages fade on their own (later when they offer an action); errors stay until dismissed.
  useEffect(() => {
    if (status?.kind !== 'success' || status.sticky) return;
    const timer = window.setTimeout(() => setStatus(null), status.action ? 10_000 : 6000);
    return () => window.clearTimeout(timer);
  }, [status]);

  // Lane colours of the whole timeline (by article): the image export and the list use them too.
  const model = useMemo(() => buildTimelineModel(document), [document]);
  const laneIndex = useMemo(() => new Map(model.lanes.map((lane, index) => [lane.id, index])), [model]);
  const visibleEvents = useMemo(() => filterEvents(document, filter), [document, filter]);
  const viewModel = useMemo(
    () => buildTimelineModel(document, { groupBy, events: visibleEvents }),
    [document, groupBy, visibleEvents],
  );
  const ordered = useMemo(() => timeOrder(visibleEvents), [visibleEvents]);
  const tagsById = useMemo(() => new Map<string, Tag>(document.tags.map((t) => [t.id, t])), [document]);
  const selected = document.events.find((e) => e.id === selectedId) ?? null;
  const selectedArticle: Article | undefined = selected?.articleId
    ? document.articles.find((a) => a.id === selected.articleId)
    : undefined;

  // A changed filter shows what it found: the timeline fits the events left, once typing pauses.
  const filterSeen = useRef(filter);
  useEffect(() => {
    if (filterSeen.current === filter) return;
    filterSeen.current = filter;
    const timer = window.setTimeout(() => {
      if (visibleEvents.length > 0 && view === 'timeline') timeline.current?.fit();
    }, 400);
    return () => window.clearTimeout(timer);
  }, [filter, visibleEvents, view]);

  const apply = (next: TimelineDocument) => {
    setDocument(next);
    if (selectedId && !next.events.some((e) => e.id === selectedId)) setSelectedId(null);
    refreshHistory();
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      showError(error);
    } finally {
      setBusy(false);
    }
  };

  // Undo and redo run one after another: a quick Ctrl+Z, Ctrl+Shift+Z must see the first one's result.
  const travelQueue = useRef<Promise<void>>(Promise.resolve());
  const travel = (direction: 'undo' | 'redo') => {
    const step = async () => {
      const latest = await window.api.getHistory();
      const label = direction === 'undo' ? latest.undoLabel : latest.redoLabel;
      if (!(direction === 'undo' ? latest.canUndo : latest.canRedo)) return;
      apply(await (direction === 'undo' ? window.api.undo() : window.api.redo()));
      setStatus({
        kind: 'success',
        text: direction === 'undo' ? `Undone: ${label ?? 'last change'}.` : `Redone: ${label ?? 'change'}.`,
      });
    };
    const next = travelQueue.current.then(() => run(step));
    travelQueue.current = next;
    return next;
  };
  const undo = () => travel('undo');
  const redo = () => travel('redo');

  const loadSamples = () =>
    run(async () => {
      const next = await window.api.loadSamples();
      apply(next);
      setStatus({ kind: 'success', text: `Loaded ${plural(samples.length, 'sample article')}.` });
    });

  const dismissEmpty = () => {
    setEmptyDismissed(true);
    writeSetting(SAMPLES_DISMISSED_KEY, '1');
  };

  const exportJson = () =>
    run(async () => {
      const saved = await window.api.exportJson();
      if (saved) setStatus({ kind: 'success', text: `Timeline saved as ${saved.path}` });
    });

  const exportAs = (format: ExportFormat) =>
    run(async () => {
      const saved = await window.api.exportAs({ format });
      if (!saved) return;
      setStatus({
        kind: 'success',
        text: [`Timeline saved as ${saved.path}`, ...saved.notices].join('\n'),
        sticky: saved.notices.length > 0,
      });
    });

  const importJson = () =>
    run(async () => {
      const next = await window.api.importJson();
      if (!next) return;
      apply(next);
      setStatus({
        kind: 'success',
        text: `Imported. The timeline now has ${plural(next.events.length, 'event')}.`,
      });
      timeline.current?.fit();
    });

  const importCsv = () =>
    run(async () => {
      const result = await window.api.importCsv();
      if (!result) return;
      apply(result.document);
      const skipped =
        result.skipped > 0 ? ` ${plural(result.skipped, 'row')} skipped: already on the timeline.` : '';
      setStatus({
        kind: 'success',
        text: `Imported ${plural(result.added, 'event')} from CSV.${skipped}`,
        action: undoAction,
      });
      timeline.current?.fit();
    });

  const exportPng = () => setImageExport({ visible: readVisibleWindow() });

  const undoAction = { label: 'Undo', run: () => void undo() };

  const deleteEvent = (event: TimelineEvent) =>
    run(async () => {
      apply(await window.api.deleteEvent({ id: event.id }));
      setSelectedId(null);
      setStatus({ kind: 'success', text: `Deleted “${event.title}”.`, action: undoAction });
    });

  const deleteArticle = (article: Article) =>
    run(async () => {
      apply(await window.api.deleteArticle({ id: article.id }));
      setSelectedId(null);
      setStatus({ kind: 'success', text: `Removed “${article.title}” and its events.`, action: undoAction });
    });

  const moveEvent = (id: string, start: Date, end: Date | undefined) => {
    const event = document.events.find((e) => e.id === id);
    if (!event) return;
    const dates = movedDates(event, start, end);
    if (dates.start === event.start && (dates.end ?? undefined) === event.end) {
      // Dropped where it was (after rounding): put vis-timeline's copy back on the stored dates.
      setDocument({ ...document });
      return;
    }
    void run(async () => {
      try {
        apply(await window.api.updateEvent({ id, patch: { start: dates.start, end: dates.end } }));
      } catch (error) {
        // Not saved: the item goes back where the stored dates say.
        setDocument((current) => ({ ...current }));
        throw error;
      }
      setStatus({ kind: 'success', text: `Moved “${event.title}”.`, action: undoAction });
    });
  };

  const splitSource = (event: TimelineEvent, articleId: string) =>
    run(async () => {
      apply(await window.api.splitEventSource({ eventId: event.id, articleId }));
      const title = document.articles.find((a) => a.id === articleId)?.title ?? 'the article';
      setStatus({
        kind: 'success',
        text: `Split the report of “${title}” off as its own event.`,
        action: undoAction,
      });
    });

  const setEventTags = (event: TimelineEvent, tags: string[]) =>
    run(async () => {
      apply(await window.api.updateEvent({ id: event.id, patch: { tags } }));
    });

  const pick = (id: string) => {
    setSelectedId(id);
    timeline.current?.reveal(id);
  };

  const setView = (next: ViewMode) => {
    setViewState(next);
    writeSetting(VIEW_KEY, next);
    if (next === 'timeline' && selectedId) afterRender(() => timeline.current?.reveal(selectedId));
  };

  const setGroupBy = (next: GroupBy) => {
    setGroupByState(next);
    writeSetting(GROUP_BY_KEY, next);
  };

  const openImport = (start?: ImportStart) => {
    setImportStart(start);
    setImportInputs([]);
  };

  const step = (direction: Step) => {
    // The order on screen: time on the timeline, the chosen sort in the list.
    const order = view === 'list' ? sortEvents(visibleEvents, sort, document) : ordered;
    const next = stepSelection(
      order.map((e) => e.id),
      selectedId,
      direction,
    );
    if (next) pick(next);
  };

  const openDetails = () => {
    if (!selectedId) {
      step('first');
      return;
    }
    afterRender(() => detailsRef.current?.focus());
  };

  const closeDetails = () => {
    if (!selectedId) return;
    setSelectedId(null);
  };

  const deleteSelected = () => {
    if (selected) void deleteEvent(selected);
  };

  const dialogOpen =
    importInputs !== null ||
    editor !== null ||
    batchSources !== null ||
    articleEditor !== null ||
    tagManager ||
    imageExport !== null;

  const runCommand = (command: ShortcutCommand | MenuCommand) => {
    switch (command) {
      case 'undo':
        return void undo();
      case 'redo':
        return void redo();
      case 'next':
      case 'previous':
      case 'first':
      case 'last':
        return step(command);
      case 'zoom-in':
        return timeline.current?.zoomIn();
      case 'zoom-out':
        return timeline.current?.zoomOut();
      case 'fit':
        if (view === 'list') setView('timeline');
        return afterRender(() => timeline.current?.fit());
      case 'delete':
        return deleteSelected();
      case 'open':
        return openDetails();
      case 'close':
        return closeDetails();
      case 'find':
        searchRef.current?.focus();
        return searchRef.current?.select();
      case 'toggle-list':
        return setView(view === 'list' ? 'timeline' : 'list');
      case 'theme-light':
        return setThemeChoice('light');
      case 'theme-dark':
        return setThemeChoice('dark');
      case 'theme-system':
        return setThemeChoice('system');
      case 'add-event':
        return setEditor({ mode: 'create' });
      case 'import-file':
        return openImport('files');
      case 'import-folder':
        return openImport('folder');
      case 'import-link':
        return openImport('link');
      case 'import-json':
        return void importJson();
      case 'import-csv':
        return void importCsv();
      case 'export-png':
        return exportPng();
      case 'export-json':
        return void exportJson();
      case 'export-csv':
        return void exportAs('csv');
      case 'export-ics':
        return void exportAs('ics');
    }
  };

  // Listeners are registered once; they call the latest commands through this ref.
  const commandRef = useRef(runCommand);
  commandRef.current = runCommand;
  const dialogOpenRef = useRef(dialogOpen);
  dialogOpenRef.current = dialogOpen;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = shortcutFor(event, describeTarget(event.target, window.document), IS_MAC);
      if (!command) return;
      event.preventDefault();
      commandRef.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(
    () =>
      window.api.onMenuCommand((command) => {
        const typing = describeTarget(window.document.activeElement, window.document).typing;
        // Edit › Undo/Redo while typing: the field undoes its own text (macOS sends the menu command
        // even for keys a text field would handle).
        if ((command === 'undo' || command === 'redo') && typing) {
          window.document.execCommand(command);
          return;
        }
        // A dialog owns the window; only the theme may change underneath it.
        if (dialogOpenRef.current && !command.startsWith('theme-')) return;
        commandRef.current(command);
      }),
    [],
  );

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    // One import or edit at a time: a drop while a dialog is open would replace what is being reviewed.
    if (dialogOpen) return;
    const files = Array.from(event.dataTransfer.files);
    // In the app, dropped folders and web pages are read by main like files chosen in the dialog
    // (folders expanded, HTML dated from its metadata); plain text files still go through the review.
    const paths = files.map((file) => window.api.pathForFile(file));
    if (files.length > 0 && paths.every(Boolean) && files.some((f) => !TEXT_FILE.test(f.name))) {
      setBatchSources(paths);
      return;
    }
    const texts = files.filter((f) => TEXT_FILE.test(f.name) || f.type.startsWith('text/'));
    if (texts.length === 0) {
      if (files.length > 0) showError('Only text articles (.txt or .md files) can be dropped here.');
      return;
    }
    try {
      const inputs = await Promise.all(
        texts.map(async (file) => ({ text: await file.text(), fileName: file.name })),
      );
      setImportStart(undefined);
      setImportInputs(inputs);
    } catch (error) {
      showError(error);
    }
  };

  const isEmpty = loaded && document.events.length === 0;
  const undoTitle = history.canUndo ? `Undo ${history.undoLabel ?? ''}`.trim() : 'Nothing to undo';
  const redoTitle = history.canRedo ? `Redo ${history.redoLabel ?? ''}`.trim() : 'Nothing to redo';
  const shortcut = (key: string) => (IS_MAC ? `⌘${key}` : `Ctrl+${key}`);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the whole window is a drop target for article files
    <div
      className="app"
      data-theme-choice={themeChoice}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="toolbar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">Eventline</span>
        </div>
        <div className="toolbar-group">
          <button type="button" className="button primary" onClick={() => openImport()}>
            Import article
          </button>
          <button type="button" className="button" onClick={() => setEditor({ mode: 'create' })}>
            Add event
          </button>
        </div>
        <fieldset className="toolbar-group" aria-label="History">
          <button
            type="button"
            className="icon-button bordered"
            aria-label={undoTitle}
            title={`${undoTitle} (${shortcut('Z')})`}
            disabled={!history.canUndo}
            onClick={() => void undo()}
            data-testid="undo"
          >
            <span aria-hidden="true">↶</span>
          </button>
          <button
            type="button"
            className="icon-button bordered"
            aria-label={redoTitle}
            title={`${redoTitle} (${IS_MAC ? '⇧⌘Z' : 'Ctrl+Shift+Z'})`}
            disabled={!history.canRedo}
            onClick={() => void redo()}
            data-testid="redo"
          >
            <span aria-hidden="true">↷</span>
          </button>
        </fieldset>
        <fieldset className="toolbar-group zoom-group" aria-label="Zoom">
          <button
            type="button"
            className="icon-button bordered"
            aria-label="Zoom out"
            title="Zoom out (−)"
            onClick={() => timeline.current?.zoomOut()}
          >
            <span aria-hidden="true">−</span>
          </button>
          <button
            type="button"
            className="icon-button bordered"
            aria-label="Zoom in"
            title="Zoom in (+)"
            onClick={() => timeline.current?.zoomIn()}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            className="button"
            aria-label="Fit all events"
            title="Fit all events (F)"
            onClick={() => runCommand('fit')}
          >
            Fit
          </button>
        </fieldset>
        <ViewSwitch view={view} onView={setView} />
        {view === 'timeline' ? <LaneSwitch groupBy={groupBy} onGroupBy={setGroupBy} /> : null}
        <span className="spacer" />
        <label className="theme-select">
          <span className="visually-hidden">Theme</span>
          <select
            aria-label="Theme"
            title="Theme: follow the system, or always light or dark"
            value={themeChoice}
            onChange={(e) => {
              const value = e.target.value;
              setThemeChoice(
                value === 'light' || value === 'dark' ? value : ('system' satisfies ThemeChoice),
              );
            }}
          >
            <option value="system">{theme === 'dark' ? '◐ Auto (dark)' : '◐ Auto (light)'}</option>
            <option value="light">☀ Light</option>
            <option value="dark">☾ Dark</option>
          </select>
        </label>
        <ExportMenu
          actions={[
            { label: 'Export PNG image…', run: exportPng },
            { label: 'Export JSON…', run: exportJson },
            { label: 'Export CSV for spreadsheets…', run: () => exportAs('csv') },
            { label: 'Export iCalendar (.ics)…', run: () => exportAs('ics') },
            { label: 'Import CSV…', run: importCsv, separatorBefore: true },
            { label: 'Import JSON…', run: importJson },
          ]}
        />
      </header>

      <FilterBar
        document={document}
        filter={filter}
        onFilter={setFilter}
        shown={visibleEvents.length}
        searchRef={searchRef}
        onManageTags={() => setTagManager(true)}
      />

      {notices.length > 0 ? (
        <div className="banner" role="status" data-testid="notices">
          <div className="banner-text">
            {notices.map((notice) => (
              <p key={notice}>{notice}</p>
            ))}
          </div>
          <button type="button" className="link-button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      ) : null}

      {status ? (
        <div
          className={`status-message ${status.kind}`}
          role={status.kind === 'error' ? 'alert' : 'status'}
          data-testid={status.kind === 'error' ? 'error-message' : 'success-message'}
        >
          <span className="status-text">{status.text}</span>
          {status.action ? (
            <button
              type="button"
              className="button status-action"
              onClick={() => {
                status.action?.run();
                setStatus(null);
              }}
            >
              {status.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => setStatus(null)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ) : null}

      <main className="workspace">
        <div className="timeline-pane">
          <TimelineView
            ref={timeline}
            model={viewModel}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onMove={moveEvent}
            onAddAt={(day, laneId) =>
              setEditor({
                mode: 'create',
                initial: {
                  start: day,
                  ...(laneId && document.tags.some((t) => t.id === laneId) ? { tags: [laneId] } : {}),
                },
              })
            }
            onOpen={(id) => {
              const event = document.events.find((e) => e.id === id);
              if (event) setEditor({ mode: 'edit', event });
            }}
            hidden={view === 'list'}
          />
          {view === 'list' ? (
            <EventTable
              document={document}
              events={visibleEvents}
              colorOf={laneIndex}
              sort={sort}
              onSort={setSort}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onOpen={(id) => {
                setSelectedId(id);
                afterRender(() => detailsRef.current?.focus());
              }}
            />
          ) : null}
          {isEmpty && !emptyDismissed ? (
            <div className="empty-overlay">
              <EmptyState
                samples={samples}
                busy={busy}
                onLoadSamples={loadSamples}
                onImport={() => openImport()}
                onAddEvent={() => setEditor({ mode: 'create' })}
                onDismiss={dismissEmpty}
              />
            </div>
          ) : null}
          {view === 'timeline' ? <Legend /> : null}
        </div>
        <aside className="side-panel">
          {selected ? (
            <DetailsPanel
              ref={detailsRef}
              event={selected}
              article={selectedArticle}
              laneIndex={laneIndex.get(selected.articleId ?? MANUAL_GROUP_ID) ?? 0}
              tags={document.tags}
              onTags={(tags) => void setEventTags(selected, tags)}
              onBack={() => setSelectedId(null)}
              onEdit={() => setEditor({ mode: 'edit', event: selected })}
              onDelete={() => deleteEvent(selected)}
              onDeleteArticle={deleteArticle}
              onEditArticle={setArticleEditor}
              articleOf={(id) => document.articles.find((a) => a.id === id)}
              onSplitSource={(articleId) => void splitSource(selected, articleId)}
            />
          ) : view === 'list' ? (
            <KeyboardHelp />
          ) : (
            <EventList
              events={ordered}
              total={document.events.length}
              laneIndex={laneIndex}
              tags={tagsById}
              onPick={pick}
            />
          )}
        </aside>
      </main>

      <footer className="status-bar">
        <span>
          {plural(document.events.length, 'event')} · {plural(document.articles.length, 'article')}
        </span>
        {storePath ? (
          <span className="store-path" title={storePath}>
            Saved in {storePath}
          </span>
        ) : null}
        {busy ? <span className="busy">Working…</span> : null}
        <span className="theme-note" data-testid="theme" data-theme={theme}>
          {theme === 'dark' ? 'Dark' : 'Light'}
          {themeChoice === 'system' ? ' (system)' : ''}
        </span>
      </footer>

      {dragging && !dialogOpen ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">Drop articles (.txt, .md, .html) or folders to import them</div>
        </div>
      ) : null}

      {importInputs !== null ? (
        <ImportDialog
          initialInputs={importInputs}
          start={importStart}
          onClose={() => setImportInputs(null)}
          onAdded={(next, title, count) => {
            // Reports of happenings already on the timeline join those events instead of adding new ones.
            const added = next.events.length - document.events.length;
            const joined = count - added;
            apply(next);
            setStatus({
              kind: 'success',
              text:
                joined > 0
                  ? `Added “${title}”: ${plural(added, 'new event')}; ${joined === 1 ? 'one event already on the timeline now lists it as a source' : `${joined} events already on the timeline now list it as a source`}.`
                  : `Added “${title}” with ${plural(count, 'event')}.`,
              action: undoAction,
            });
            afterRender(() => timeline.current?.fit());
          }}
          onBatch={(sources) => {
            setImportInputs(null);
            setBatchSources(sources);
          }}
        />
      ) : null}
      {articleEditor ? (
        <ArticleDialog
          article={articleEditor}
          onClose={() => setArticleEditor(null)}
          onSaved={(next) => {
            apply(next);
            setStatus({ kind: 'success', text: 'Article saved.', action: undoAction });
          }}
        />
      ) : null}
      {batchSources !== null ? (
        <BatchImportDialog
          sources={batchSources}
          onClose={() => setBatchSources(null)}
          onDone={(next, result) => {
            apply(next);
            if (result.addedArticles > 0) afterRender(() => timeline.current?.fit());
          }}
        />
      ) : null}
      {imageExport ? (
        <ExportImageDialog
          document={document}
          laneIndex={laneIndex}
          view={viewModel}
          visibleRange={imageExport.visible}
          onClose={() => setImageExport(null)}
          onSaved={(path) => {
            setImageExport(null);
            setStatus({ kind: 'success', text: `Image saved as ${path}` });
          }}
        />
      ) : null}
      {tagManager ? (
        <TagManager document={document} onClose={() => setTagManager(false)} onChanged={apply} />
      ) : null}
      {editor ? (
        <EventDialog
          event={editor.mode === 'edit' ? editor.event : undefined}
          initial={editor.mode === 'create' ? editor.initial : undefined}
          tags={document.tags}
          onClose={() => setEditor(null)}
          onSaved={(next, title) => {
            apply(next);
            setStatus({
              kind: 'success',
              text: editor.mode === 'edit' ? `Saved “${title}”.` : `Added “${title}”.`,
              action: undoAction,
            });
          }}
        />
      ) : null}
    </div>
  );
}

function KeyboardHelp() {
  const mod = IS_MAC ? '⌘' : 'Ctrl';
  const keys: [string[], string][] = [
    [['↑', '↓'], 'previous or next event'],
    [['Enter'], 'go to the details'],
    [['Esc'], 'close the details'],
    [['Delete'], 'delete the selected event'],
    [[mod, 'Z'], 'undo'],
    [[mod, '⇧', 'Z'], 'redo'],
    [['/'], 'search'],
    [['+', '−'], 'zoom the timeline'],
    [['F'], 'fit the timeline'],
  ];
  return (
    <section className="keyboard-help" aria-label="Keyboard">
      <h2 className="panel-heading">Select an event to see its details</h2>
      <dl>
        {keys.map(([combo, what]) => (
          <div key={what} className="contents">
            <dt>
              {combo.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="How events are drawn">
      <li>
        <span className="legend-point" aria-hidden="true" /> exact date
      </li>
      <li>
        <span className="legend-range" aria-hidden="true" /> period
      </li>
      <li>
        <span className="legend-coarse" aria-hidden="true" /> known to the month or year
      </li>
      <li>
        <span className="legend-planned" aria-hidden="true" /> planned
      </li>
      <li>
        <span className="legend-approx" aria-hidden="true" /> ≈ approximate
      </li>
      <li className="legend-hint">Drag to move · double-click to add</li>
    </ul>
  );
}
