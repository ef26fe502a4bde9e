/** First run: an empty timeline offers the sample articles, importing, or adding an event by hand. */
import type { SampleInfo } from '../../../preload/api';
import { formatIso } from '../dates/iso-dates';

interface EmptyStateProps {
  samples: SampleInfo[];
  busy: boolean;
  onLoadSamples(): void;
  onImport(): void;
  onAddEvent(): void;
  onDismiss(): void;
}

export function EmptyState({
  samples,
  busy,
  onLoadSamples,
  onImport,
  onAddEvent,
  onDismiss,
}: EmptyStateProps) {
  return (
    <section className="empty-state" aria-labelledby="empty-title" data-testid="empty-state">
      <button type="button" className="icon-button empty-close" aria-label="Dismiss" onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
      <h2 id="empty-title">Your timeline is empty</h2>
      <p>
        Eventline reads news articles and puts the events they mention on a timeline you can zoom, edit and
        export.
      </p>
      {samples.length > 0 ? (
        <>
          <p className="hint">
            Try it with {samples.length === 1 ? 'a sample article' : `${samples.length} sample articles`}:
          </p>
          <ul className="sample-list">
            {samples.map((sample) => (
              <li key={sample.id}>
                <span className="sample-title">{sample.title}</span>
                <span className="sample-date">{formatIso(sample.publishedAt)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div className="empty-actions">
        {samples.length > 0 ? (
          <button type="button" className="button primary" onClick={onLoadSamples} disabled={busy}>
            {busy ? 'Loading…' : 'Load sample articles'}
          </button>
        ) : null}
        <button type="button" className="button" onClick={onImport}>
          Import an article
        </button>
        <button type="button" className="button" onClick={onAddEvent}>
          Add an event
        </button>
      </div>
    </section>
  );
}
