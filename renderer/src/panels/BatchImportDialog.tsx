/**
 * Importing many files, a folder or several links at once: main reads them off the UI thread, this
 * dialog shows the progress, lets the user stop, and ends with what was added, skipped or failed.
 */
import { useEffect, useRef, useState } from 'react';
import type { ImportStatus } from '../../../preload/api';
import type { TimelineDocument } from '../../../preload/domain';
import { errorMessage, plural } from '../app/messages';
import { InlineError, Modal } from './Modal';

interface BatchImportDialogProps {
  sources: string[];
  onClose(): void;
  /** Called once the import has stopped, with the timeline as it now is. */
  onDone(document: TimelineDocument, status: ImportStatus): void;
}

const POLL_MS = 250;

const baseName = (source: string) => source.split(/[\\/]/).filter(Boolean).pop() ?? source;

export function BatchImportDialog({ sources, onClose, onDone }: BatchImportDialogProps) {
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  // One import per dialog; when React runs the effect again (StrictMode), polling resumes on it.
  const job = useRef<Promise<ImportStatus> | null>(null);
  const onDoneRef = useRef(onDone);
  onDoneRef.current = onDone;

  // biome-ignore lint/correctness/useExhaustiveDependencies: one import per dialog, for the sources it opened with
  useEffect(() => {
    let stopped = false;
    job.current ??= window.api.startImport({ sources });
    const started = job.current;
    (async () => {
      try {
        let current = await started;
        while (current.state === 'running' && !stopped) {
          setStatus(current);
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          current = await window.api.getImportStatus({ jobId: current.jobId });
        }
        if (stopped) return;
        setStatus(current);
        const state = await window.api.getState();
        onDoneRef.current(state.document, current);
      } catch (e) {
        if (!stopped) setError(errorMessage(e));
      }
    })();
    return () => {
      stopped = true;
    };
  }, []);

  const cancel = async () => {
    if (!status) return;
    try {
      setStatus(await window.api.cancelImport({ jobId: status.jobId }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const running = status === null || status.state === 'running';
  const heading = running
    ? 'Importing articles…'
    : status.state === 'cancelled'
      ? 'Import stopped'
      : status.state === 'failed'
        ? 'Import failed'
        : 'Import finished';

  return (
    <Modal
      title={heading}
      onClose={running ? cancel : onClose}
      testId="batch-dialog"
      footer={
        <>
          <span className="spacer" />
          {running ? (
            <button type="button" className="button" onClick={cancel} disabled={status === null}>
              Stop
            </button>
          ) : (
            <button type="button" className="button primary" onClick={onClose}>
              Done
            </button>
          )}
        </>
      }
    >
      <InlineError message={error} onDismiss={() => setError(null)} />
      {status ? (
        <>
          <progress className="batch-progress" max={Math.max(status.total, 1)} value={status.done}>
            {status.done} of {status.total}
          </progress>
          <p className="batch-count" role="status">
            {status.done} of {plural(status.total, 'source')} read
            {running && status.current ? ` · now reading ${baseName(status.current)}` : ''}
          </p>
          <p>
            Added {plural(status.addedArticles, 'article')} with {plural(status.addedEvents, 'event')}.
          </p>
          {status.duplicates.length > 0 ? (
            <p className="hint">
              Skipped {plural(status.duplicates.length, 'article')} already in the timeline:{' '}
              {status.duplicates.map(baseName).join(', ')}.
            </p>
          ) : null}
          {status.failures.length > 0 ? (
            <div className="batch-failures">
              <h3>{plural(status.failures.length, 'source')} could not be imported</h3>
              <ul>
                {status.failures.map((failure) => (
                  <li key={failure.source}>
                    <strong>{baseName(failure.source)}</strong>: {failure.reason}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : (
        <p>Starting…</p>
      )}
    </Modal>
  );
}
