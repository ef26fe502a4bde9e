/**
 * Importing an article: paste it, open a file, give a link (or start from dropped files), confirm its
 * publication date, review the proposed events and add the accepted ones. Dropped files are taken one
 * after the other; several opened files or a folder go to the batch import instead.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ArticleInput, ArticlePreview } from '../../../preload/api';
import type { TimelineDocument } from '../../../preload/domain';
import { errorMessage, PRECISION_LABEL, PUBLISHED_AT_SOURCE, plural } from '../app/messages';
import { dateInputProblem, formatEventWhen } from '../dates/iso-dates';
import { CancelAndAction, InlineError, Modal } from './Modal';

/** Where the menu's File › Import items start: the open dialog, the folder dialog or the link field. */
export type ImportStart = 'files' | 'folder' | 'link';

interface ImportDialogProps {
  /** Articles already read from dropped files; empty to start by pasting. */
  initialInputs: ArticleInput[];
  start?: ImportStart;
  onClose(): void;
  onAdded(document: TimelineDocument, articleTitle: string, eventCount: number): void;
  /** Several files or a folder: imported in one go, with progress, without a review. */
  onBatch(sources: string[]): void;
}

/** What a preview was made from, so that it can be made again with another publication date. */
type PreviewRequest =
  | { kind: 'text'; input: ArticleInput }
  | { kind: 'source'; source: string; publishedAt?: string };

const textRequest = (input: ArticleInput): PreviewRequest => ({ kind: 'text', input });

export function ImportDialog({ initialInputs, start, onClose, onAdded, onBatch }: ImportDialogProps) {
  const [queue, setQueue] = useState<PreviewRequest[]>(initialInputs.map(textRequest));
  const [current, setCurrent] = useState<PreviewRequest | null>(null);
  const [preview, setPreview] = useState<ArticlePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Compose step.
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [publishedAt, setPublishedAt] = useState('');
  const [composeProblem, setComposeProblem] = useState<string | null>(null);
  const [link, setLink] = useState('');

  // Review step.
  const [titleDraft, setTitleDraft] = useState('');
  const [dateDraft, setDateDraft] = useState('');
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [accepted, setAccepted] = useState<Set<number>>(new Set());

  const ids = {
    text: useId(),
    title: useId(),
    date: useId(),
    link: useId(),
    reviewTitle: useId(),
    reviewDate: useId(),
  };

  const runPreview = async (request: PreviewRequest) => {
    setBusy(true);
    setError(null);
    try {
      const result =
        request.kind === 'text'
          ? await window.api.previewArticle(request.input)
          : await window.api.previewSource({
              source: request.source,
              ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
            });
      setCurrent(request);
      setPreview(result);
      setTitleDraft(result.article.title);
      setDateDraft(result.article.publishedAt);
      setDateProblem(null);
      setAccepted(new Set(result.events.map((_, i) => i)));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const startNext = (remaining: PreviewRequest[]) => {
    const [next, ...rest] = remaining;
    setQueue(rest);
    if (next) void runPreview(next);
  };

  // Opened with files: preview the first one straight away.
  const started = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, for the inputs the dialog opened with
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    if (initialInputs.length > 0) startNext(initialInputs.map(textRequest));
    else if (start === 'files' || start === 'folder') void openSources(start === 'folder');
    else if (start === 'link') window.document.getElementById(ids.link)?.focus();
  }, []);

  const submitCompose = () => {
    const problem =
      text.trim() === ''
        ? 'Paste the article text first.'
        : dateInputProblem(publishedAt, 'Publication date', false);
    setComposeProblem(problem);
    if (problem) return;
    void runPreview(
      textRequest({
        text,
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(publishedAt.trim() ? { publishedAt: publishedAt.trim() } : {}),
      }),
    );
  };

  const userDate = () => {
    const problem = dateInputProblem(publishedAt, 'Publication date', false);
    setComposeProblem(problem);
    return problem ? null : publishedAt.trim();
  };

  const fetchLink = () => {
    const url = link.trim();
    if (!/^https?:\/\/\S+$/i.test(url)) {
      setComposeProblem('Give a web link starting with http:// or https://.');
      return;
    }
    const date = userDate();
    if (date === null) return;
    void runPreview({ kind: 'source', source: url, ...(date ? { publishedAt: date } : {}) });
  };

  const openSources = async (folder: boolean) => {
    setError(null);
    try {
      const sources = await window.api.chooseImportSources({ folder });
      if (sources.length === 0) return;
      if (sources.length === 1 && !folder) {
        const date = userDate();
        if (date === null) return;
        void runPreview({ kind: 'source', source: sources[0], ...(date ? { publishedAt: date } : {}) });
      } else {
        onBatch(sources);
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const rereadWithDate = () => {
    if (!current || !preview) return;
    const problem = dateInputProblem(dateDraft, 'Publication date', true);
    setDateProblem(problem);
    if (problem || dateDraft.trim() === preview.article.publishedAt) return;
    const date = dateDraft.trim();
    void runPreview(
      current.kind === 'text'
        ? textRequest({
            ...current.input,
            title: titleDraft.trim() || preview.article.title,
            publishedAt: date,
          })
        : { ...current, publishedAt: date },
    );
  };

  const addAccepted = async () => {
    if (!preview) return;
    const events = preview.events.filter((_, i) => accepted.has(i));
    const articleTitle = titleDraft.trim() || preview.article.title;
    setBusy(true);
    setError(null);
    try {
      const document = await window.api.addArticle({
        article: { ...preview.article, title: articleTitle },
        events,
      });
      onAdded(document, articleTitle, events.length);
      if (queue.length > 0) {
        setPreview(null);
        startNext(queue);
      } else {
        onClose();
      }
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (index: number) =>
    setAccepted((old) => {
      const next = new Set(old);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  const dateChanged = preview !== null && dateDraft.trim() !== preview.article.publishedAt;

  if (!preview) {
    return (
      <Modal
        title="Import an article"
        onClose={onClose}
        wide
        testId="import-dialog"
        footer={
          <CancelAndAction
            onCancel={onClose}
            leading={
              <>
                <button type="button" className="button" onClick={() => openSources(false)} disabled={busy}>
                  Open files…
                </button>
                <button type="button" className="button" onClick={() => openSources(true)} disabled={busy}>
                  Open folder…
                </button>
              </>
            }
          >
            <button type="button" className="button primary" onClick={submitCompose} disabled={busy}>
              {busy ? 'Reading…' : 'Find events'}
            </button>
          </CancelAndAction>
        }
      >
        <InlineError message={error} onDismiss={() => setError(null)} />
        <p className="hint">
          Paste a news article, give a link, open files (.txt, .md, .html) or drop text files anywhere on the
          window. Eventline finds the dates and proposes events for you to review.
        </p>
        <div className="field">
          <label className="field-label" htmlFor={ids.link}>
            Link to an article
          </label>
          <div className="inline-controls">
            <input
              id={ids.link}
              className="grow-input"
              type="url"
              value={link}
              onChange={(e) => {
                setLink(e.target.value);
                setComposeProblem(null);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  fetchLink();
                }
              }}
              placeholder="https://…"
            />
            <button
              type="button"
              className="button"
              onClick={fetchLink}
              disabled={busy || link.trim() === ''}
            >
              Fetch
            </button>
          </div>
        </div>
        <label className="field" htmlFor={ids.text}>
          <span className="field-label">Or paste the article text</span>
          <textarea
            id={ids.text}
            className="article-text"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setComposeProblem(null);
            }}
            placeholder="Paste the article here…"
            rows={12}
            aria-invalid={composeProblem !== null && text.trim() === ''}
          />
        </label>
        <div className="field-row">
          <label className="field grow" htmlFor={ids.title}>
            <span className="field-label">Title (optional)</span>
            <input
              id={ids.title}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder="First line of the text if left empty"
            />
          </label>
          <label className="field" htmlFor={ids.date}>
            <span className="field-label">Published (if known)</span>
            <input
              id={ids.date}
              className="date-input"
              value={publishedAt}
              onChange={(e) => setPublishedAt(e.target.value)}
              placeholder="YYYY-MM-DD"
              inputMode="numeric"
            />
          </label>
        </div>
        {composeProblem ? (
          <p className="field-error" role="alert">
            {composeProblem}
          </p>
        ) : null}
      </Modal>
    );
  }

  const count = accepted.size;
  return (
    <Modal
      title="Review the events"
      onClose={onClose}
      wide
      testId="review-dialog"
      footer={
        <CancelAndAction
          onCancel={onClose}
          leading={
            queue.length > 0 ? (
              <span className="hint">{plural(queue.length, 'more file')} after this one</span>
            ) : null
          }
        >
          <button
            type="button"
            className="button primary"
            onClick={addAccepted}
            disabled={busy || count === 0 || dateChanged}
            title={dateChanged ? 'Apply the new publication date first' : undefined}
          >
            {count === 0 ? 'Select events to add' : `Add ${plural(count, 'event')}`}
          </button>
        </CancelAndAction>
      }
    >
      <InlineError message={error} onDismiss={() => setError(null)} />
      {preview.duplicateOf ? (
        <div className="notice warning" role="status">
          This article is already in your timeline as “{preview.duplicateOf.title}”. Adding it again creates a
          second copy.
        </div>
      ) : null}
      <div className="field-row">
        <label className="field grow" htmlFor={ids.reviewTitle}>
          <span className="field-label">Article title</span>
          <input id={ids.reviewTitle} value={titleDraft} onChange={(e) => setTitleDraft(e.target.value)} />
        </label>
        <div className="field">
          <label className="field-label" htmlFor={ids.reviewDate}>
            Published
          </label>
          <div className="inline-controls">
            <input
              id={ids.reviewDate}
              className="date-input"
              value={dateDraft}
              onChange={(e) => setDateDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  rereadWithDate();
                }
              }}
              aria-describedby={`${ids.reviewDate}-source`}
              aria-invalid={dateProblem !== null}
            />
            <button type="button" className="button" onClick={rereadWithDate} disabled={busy || !dateChanged}>
              Re-read with this date
            </button>
          </div>
        </div>
      </div>
      <p
        id={`${ids.reviewDate}-source`}
        className={`hint${preview.article.publishedAtSource === 'default-today' ? ' warning-text' : ''}`}
      >
        Publication date {PUBLISHED_AT_SOURCE[preview.article.publishedAtSource]}. Words like “on Monday” or
        “last month” are read relative to it.
      </p>
      {dateProblem ? (
        <p className="field-error" role="alert">
          {dateProblem}
        </p>
      ) : null}

      <div className="review-head">
        <h3>
          {preview.events.length === 0
            ? 'No dated events were found in this article.'
            : `${plural(preview.events.length, 'proposed event')} · ${count} selected`}
        </h3>
        {preview.events.length > 0 ? (
          <div className="inline-controls">
            <button
              type="button"
              className="link-button"
              onClick={() => setAccepted(new Set(preview.events.map((_, i) => i)))}
            >
              Select all
            </button>
            <button type="button" className="link-button" onClick={() => setAccepted(new Set())}>
              Select none
            </button>
          </div>
        ) : null}
      </div>
      <ul className="review-list" aria-label="Proposed events">
        {preview.events.map((event, index) => (
          <li
            key={`${event.sourceStart}-${event.sourceEnd}-${event.start}-${event.title}`}
            className="review-item"
          >
            <label>
              <input type="checkbox" checked={accepted.has(index)} onChange={() => toggle(index)} />
              <span className="review-text">
                <span className="review-title">{event.title}</span>
                <span className="review-meta">
                  <span className="when">{formatEventWhen(event.start, event.end, event.precision)}</span>
                  <span className="badge">{PRECISION_LABEL[event.precision]}</span>
                  {event.approximate ? <span className="badge badge-approx">approximate</span> : null}
                  {event.planned ? <span className="badge badge-planned">planned</span> : null}
                </span>
                {event.quote ? <q className="review-quote">{event.quote}</q> : null}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </Modal>
  );
}
