/**
 * The window: toolbar, timeline, side panel and status bar. State comes from main (getState and the
 * document every mutation returns); this component only keeps what is on screen.
 */
import { type DragEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ArticleInput, ExportFormat, SampleInfo } from '../../../preload/api';
import type { Article, TimelineDocument, TimelineEvent } from '../../../preload/domain';
import { compareIso } from '../dates/iso-dates';
import { ExportImageDialog } from '../export/ExportImageDialog';
import type { TimeRange } from '../export/png-layout';
import { readVisibleWindow } from '../export/visible-window';
import { ArticleDialog } from '../panels/ArticleDialog';
import { BatchImportDialog } from '../panels/BatchImportDialog';
import { DetailsPanel, EventList } from '../panels/DetailsPanel';
import { EmptyState } from '../panels/EmptyState';
import { EventDialog } from '../panels/EventDialog';
import { ExportMenu } from '../panels/ExportMenu';
import { ImportDialog } from '../panels/ImportDialog';
import { type TimelineController, TimelineView } from '../timeline/TimelineView';
import { buildTimelineModel, MANUAL_GROUP_ID } from '../timeline/timeline-model';
import { errorMessage, plural } from './messages';

const EMPTY_DOCUMENT: TimelineDocument = { version: 1, articles: [], events: [], tags: [] };
const SAMPLES_DISMISSED_KEY = 'eventline.samplesOfferDismissed';
const TEXT_FILE = /\.(txt|md|markdown|text)$/i;

type EditorState = { mode: 'create' } | { mode: 'edit'; event: TimelineEvent } | null;

interface Status {
  kind: 'error' | 'success';
  text: string;
  /** Stays until dismissed (a success that comes with something to read). */
  sticky?: boolean;
}

/** Runs after React has rendered the latest state and vis-timeline has drawn it. */
function afterRender(action: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(action));
}

function readDismissed(): boolean {
  try {
    return window.localStorage.getItem(SAMPLES_DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

export function App() {
  const [document, setDocument] = useState<TimelineDocument>(EMPTY_DOCUMENT);
  const [loaded, setLoaded] = useState(false);
  const [storePath, setStorePath] = useState('');
  const [notices, setNotices] = useState<string[]>([]);
  const [samples, setSamples] = useState<SampleInfo[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [importInputs, setImportInputs] = useState<ArticleInput[] | null>(null);
  const [editor, setEditor] = useState<EditorState>(null);
  const [batchSources, setBatchSources] = useState<string[] | null>(null);
  const [articleEditor, setArticleEditor] = useState<Article | null>(null);
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [emptyDismissed, setEmptyDismissed] = useState(readDismissed);
  // The image export dialog, with the range on screen when it was opened.
  const [imageExport, setImageExport] = useState<{ visible: TimeRange | null } | null>(null);
  const timeline = useRef<TimelineController>(null);

  const showError = useCallback(
    (error: unknown) => setStatus({ kind: 'error', text: errorMessage(error) }),
    [],
  );

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const state = await window.api.getState();
        if (cancelled) return;
        setDocument(state.document);
        setStorePath(state.storePath);
        setNotices(state.notices);
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
  }, [showError]);

  // Success messages fade on their own; errors stay until dismissed.
  useEffect(() => {
    if (status?.kind !== 'success' || status.sticky) return;
    const timer = window.setTimeout(() => setStatus(null), 6000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const model = useMemo(() => buildTimelineModel(document), [document]);
  const laneIndex = useMemo(() => new Map(model.lanes.map((lane, index) => [lane.id, index])), [model]);
  const sortedEvents = useMemo(
    () => [...document.events].sort((a, b) => compareIso(a.start, b.start) || a.title.localeCompare(b.title)),
    [document],
  );
  const selected = document.events.find((e) => e.id === selectedId) ?? null;
  const selectedArticle: Article | undefined = selected?.articleId
    ? document.articles.find((a) => a.id === selected.articleId)
    : undefined;

  const apply = (next: TimelineDocument) => {
    setDocument(next);
    if (selectedId && !next.events.some((e) => e.id === selectedId)) setSelectedId(null);
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

  const loadSamples = () =>
    run(async () => {
      const next = await window.api.loadSamples();
      apply(next);
      setStatus({ kind: 'success', text: `Loaded ${plural(samples.length, 'sample article')}.` });
    });

  const dismissEmpty = () => {
    setEmptyDismissed(true);
    try {
      window.localStorage.setItem(SAMPLES_DISMISSED_KEY, '1');
    } catch {
      // Remembering the choice is a nicety; without storage the offer returns next time.
    }
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

  const exportPng = () => setImageExport({ visible: readVisibleWindow() });

  const deleteEvent = (event: TimelineEvent) =>
    run(async () => {
      apply(await window.api.deleteEvent({ id: event.id }));
      setSelectedId(null);
      setStatus({ kind: 'success', text: `Deleted “${event.title}”.` });
    });

  const deleteArticle = (article: Article) =>
    run(async () => {
      apply(await window.api.deleteArticle({ id: article.id }));
      setSelectedId(null);
      setStatus({ kind: 'success', text: `Removed “${article.title}” and its events.` });
    });

  const pick = (id: string) => {
    setSelectedId(id);
    timeline.current?.reveal(id);
  };

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
    if (importInputs !== null || editor !== null || batchSources !== null || articleEditor !== null) return;
    const files = Array.from(event.dataTransfer.files);
    const texts = files.filter((f) => TEXT_FILE.test(f.name) || f.type.startsWith('text/'));
    if (texts.length === 0) {
      if (files.length > 0) showError('Only text articles (.txt or .md files) can be dropped here.');
      return;
    }
    try {
      const inputs = await Promise.all(
        texts.map(async (file) => ({ text: await file.text(), fileName: file.name })),
      );
      setImportInputs(inputs);
    } catch (error) {
      showError(error);
    }
  };

  const isEmpty = loaded && document.events.length === 0;
  const dialogOpen =
    importInputs !== null || editor !== null || batchSources !== null || articleEditor !== null;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the whole window is a drop target for article files
    <div
      className="app"
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
          <button type="button" className="button primary" onClick={() => setImportInputs([])}>
            Import article
          </button>
          <button type="button" className="button" onClick={() => setEditor({ mode: 'create' })}>
            Add event
          </button>
        </div>
        <fieldset className="toolbar-group zoom-group" aria-label="Zoom">
          <button
            type="button"
            className="icon-button bordered"
            aria-label="Zoom out"
            title="Zoom out"
            onClick={() => timeline.current?.zoomOut()}
          >
            <span aria-hidden="true">−</span>
          </button>
          <button
            type="button"
            className="icon-button bordered"
            aria-label="Zoom in"
            title="Zoom in"
            onClick={() => timeline.current?.zoomIn()}
          >
            <span aria-hidden="true">+</span>
          </button>
          <button
            type="button"
            className="button"
            aria-label="Fit all events"
            title="Fit all events"
            onClick={() => timeline.current?.fit()}
          >
            Fit
          </button>
        </fieldset>
        <span className="spacer" />
        <ExportMenu
          actions={[
            { label: 'Export PNG image…', run: exportPng },
            { label: 'Export JSON…', run: exportJson },
            { label: 'Export CSV for spreadsheets…', run: () => exportAs('csv') },
            { label: 'Export iCalendar (.ics)…', run: () => exportAs('ics') },
            { label: 'Import JSON…', run: importJson, separatorBefore: true },
          ]}
        />
      </header>

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
            model={model}
            laneIndex={laneIndex}
            selectedId={selectedId}
            onSelect={setSelectedId}
          />
          {isEmpty && !emptyDismissed ? (
            <div className="empty-overlay">
              <EmptyState
                samples={samples}
                busy={busy}
                onLoadSamples={loadSamples}
                onImport={() => setImportInputs([])}
                onAddEvent={() => setEditor({ mode: 'create' })}
                onDismiss={dismissEmpty}
              />
            </div>
          ) : null}
          <Legend />
        </div>
        <aside className="side-panel">
          {selected ? (
            <DetailsPanel
              event={selected}
              article={selectedArticle}
              laneIndex={laneIndex.get(selected.articleId ?? MANUAL_GROUP_ID) ?? 0}
              onBack={() => setSelectedId(null)}
              onEdit={() => setEditor({ mode: 'edit', event: selected })}
              onDelete={() => deleteEvent(selected)}
              onDeleteArticle={deleteArticle}
              onEditArticle={setArticleEditor}
            />
          ) : (
            <EventList events={sortedEvents} laneIndex={laneIndex} onPick={pick} />
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
      </footer>

      {dragging && !dialogOpen ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-card">Drop .txt or .md articles to import them</div>
        </div>
      ) : null}

      {importInputs !== null ? (
        <ImportDialog
          initialInputs={importInputs}
          onClose={() => setImportInputs(null)}
          onAdded={(next, title, count) => {
            apply(next);
            setStatus({ kind: 'success', text: `Added “${title}” with ${plural(count, 'event')}.` });
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
            setStatus({ kind: 'success', text: 'Article saved.' });
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
          visibleRange={imageExport.visible}
          onClose={() => setImageExport(null)}
          onSaved={(path) => {
            setImageExport(null);
            setStatus({ kind: 'success', text: `Image saved as ${path}` });
          }}
        />
      ) : null}
      {editor ? (
        <EventDialog
          event={editor.mode === 'edit' ? editor.event : undefined}
          onClose={() => setEditor(null)}
          onSaved={(next, title) => {
            apply(next);
            setStatus({
              kind: 'success',
              text: editor.mode === 'edit' ? `Saved “${title}”.` : `Added “${title}”.`,
            });
          }}
        />
      ) : null}
    </div>
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
      <li>≈ approximate</li>
    </ul>
  );
}
