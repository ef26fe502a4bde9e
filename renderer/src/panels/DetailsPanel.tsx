/**
 * The side panel: details of the selected event (its article and quoted sentence for extracted
 * events), with edit and delete; without a selection, a compact list of all events by date.
 */
import { type Ref, useEffect, useState } from 'react';
import type { Article, EventSource, Tag, TimelineEvent } from '../../../preload/domain';
import { PRECISION_LABEL, plural } from '../app/messages';
import { formatEventWhen, formatIso } from '../dates/iso-dates';
import { laneClass } from '../timeline/lane-colors';
import { MANUAL_GROUP_ID } from '../timeline/timeline-model';
import { highlightQuote } from './quote-highlight';
import './sources.css';
import { TagChips } from './TagChips';
import { TagPicker } from './TagPicker';

interface DetailsPanelProps {
  event: TimelineEvent;
  article: Article | undefined;
  laneIndex: number;
  tags: readonly Tag[];
  onTags(next: string[]): void;
  onBack(): void;
  onEdit(): void;
  onDelete(): void;
  onDeleteArticle(article: Article): void;
  onEditArticle(article: Article): void;
  /** The article of a further source (events several articles reported). */
  articleOf(id: string): Article | undefined;
  /** Makes one further source its own event again. */
  onSplitSource(articleId: string): void;
  /** Focused when the details are opened from the keyboard (Enter). */
  ref?: Ref<HTMLElement>;
}

export function DetailsPanel({
  ref,
  event,
  article,
  laneIndex,
  tags,
  onTags,
  onBack,
  onEdit,
  onDelete,
  onDeleteArticle,
  onEditArticle,
  articleOf,
  onSplitSource,
}: DetailsPanelProps) {
  const extraSources = event.sources ?? [];
  const [confirming, setConfirming] = useState<'event' | 'article' | null>(null);
  // A new selection starts without a pending confirmation.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the shown event changes
  useEffect(() => setConfirming(null), [event.id]);

  return (
    <section ref={ref} className="details" aria-label="Event details" data-testid="details" tabIndex={-1}>
      <button type="button" className="link-button back" onClick={onBack}>
        ← All events
      </button>
      <h2 className="details-title">{event.title}</h2>
      <p className="details-when">
        <span className={`swatch ${laneClass(laneIndex)}`} aria-hidden="true" />
        {formatEventWhen(event.start, event.end, event.precision)}
      </p>
      <div className="badges">
        <span className="badge">{PRECISION_LABEL[event.precision]}</span>
        {event.approximate ? <span className="badge badge-approx">approximate</span> : null}
        {event.planned ? <span className="badge badge-planned">planned</span> : null}
        <span className="badge badge-origin">
          {event.origin === 'manual' ? 'added by you' : 'from an article'}
        </span>
        {event.origin === 'extracted' && event.editedByUser ? <span className="badge">edited</span> : null}
      </div>
      {event.description && event.description !== event.title && !event.quote?.includes(event.description) ? (
        <p className="details-description">{event.description}</p>
      ) : null}
      {extraSources.length > 0 ? (
        <h3 className="details-sources-heading">Reported by {extraSources.length + 1} articles</h3>
      ) : null}
      {event.quote ? (
        <figure className="details-quote">
          <blockquote>
            <QuoteText quote={event.quote} sourceStart={event.sourceStart} timexes={event.timexes} />
          </blockquote>
          {article ? (
            <figcaption>
              — <cite>{article.title}</cite>, published {formatIso(article.publishedAt)}
            </figcaption>
          ) : null}
        </figure>
      ) : article ? (
        <p className="hint">
          From <cite>{article.title}</cite>, published {formatIso(article.publishedAt)}
        </p>
      ) : null}
      {extraSources.length > 0 ? (
        <ul className="details-sources" aria-label="Other articles reporting this event">
          {extraSources.map((source) => (
            <SourceItem
              key={source.articleId}
              source={source}
              article={articleOf(source.articleId)}
              onSplit={() => onSplitSource(source.articleId)}
            />
          ))}
        </ul>
      ) : null}
      <TagPicker tags={tags} selected={event.tags} onChange={onTags} />
      <dl className="details-facts">
        <dt>Start</dt>
        <dd>
          <code>{event.start}</code>
        </dd>
        {event.end ? (
          <>
            <dt>End</dt>
            <dd>
              <code>{event.end}</code>
            </dd>
          </>
        ) : null}
        {article?.fileName ? (
          <>
            <dt>File</dt>
            <dd>{article.fileName}</dd>
          </>
        ) : null}
      </dl>

      {confirming === 'event' ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm delete">
          <p>Delete “{event.title}”?</p>
          <div className="inline-controls">
            <button type="button" className="button danger" onClick={onDelete}>
              Delete event
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              Keep it
            </button>
          </div>
        </div>
      ) : confirming === 'article' && article ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm remove article">
          <p>Remove the article “{article.title}” and all its events?</p>
          <div className="inline-controls">
            <button type="button" className="button danger" onClick={() => onDeleteArticle(article)}>
              Remove article
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <div className="details-actions">
          <button type="button" className="button" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="button danger-outline" onClick={() => setConfirming('event')}>
            Delete
          </button>
          {article ? (
            <>
              <button type="button" className="link-button" onClick={() => onEditArticle(article)}>
                Edit article…
              </button>
              <button type="button" className="link-button" onClick={() => setConfirming('article')}>
                Remove article…
              </button>
            </>
          ) : null}
        </div>
      )}
    </section>
  );
}

/** A quoted sentence with its time expressions marked; text only, never markup from the article. */
function QuoteText({ quote, sourceStart, timexes }: Pick<EventSource, 'quote'> & Partial<EventSource>) {
  return (
    <>
      {highlightQuote(quote, sourceStart, timexes).map((part, index) =>
        part.timex ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed sentence, in order
          <mark key={index} className="timex" title={`TIMEX3 ${part.timex}`}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

function SourceItem({
  source,
  article,
  onSplit,
}: {
  source: EventSource;
  article: Article | undefined;
  onSplit(): void;
}) {
  const title = article?.title ?? 'An article no longer in the timeline';
  return (
    <li className="details-source">
      <figure className="details-quote">
        {source.quote ? (
          <blockquote>
            <QuoteText {...source} />
          </blockquote>
        ) : null}
        <figcaption>
          — <cite>{title}</cite>
          {article ? `, published ${formatIso(article.publishedAt)}` : ''}
        </figcaption>
      </figure>
      <button
        type="button"
        className="link-button"
        aria-label={`Split off the report of “${title}” as its own event`}
        onClick={onSplit}
      >
        Split off
      </button>
    </li>
  );
}

interface EventListProps {
  events: TimelineEvent[];
  /** All events, when the list shows a filtered part of them. */
  total: number;
  laneIndex: Map<string, number>;
  tags: Map<string, Tag>;
  onPick(id: string): void;
}

export function EventList({ events, total, laneIndex, tags, onPick }: EventListProps) {
  return (
    <section className="event-list" aria-label="All events">
      <h2 className="panel-heading">
        {events.length === total ? plural(total, 'event') : `${events.length} of ${plural(total, 'event')}`}
      </h2>
      {events.length === 0 ? (
        <p className="hint event-list-empty">
          {total === 0
            ? 'Events you import or add appear here and on the timeline.'
            : 'No events match the filters.'}
        </p>
      ) : (
        <ul>
          {events.map((event) => (
            <li key={event.id}>
              <button type="button" className="event-list-item" onClick={() => onPick(event.id)}>
                <span
                  className={`swatch ${laneClass(laneIndex.get(event.articleId ?? MANUAL_GROUP_ID) ?? 0)}`}
                  aria-hidden="true"
                />
                <span className="event-list-text">
                  <span className="event-list-title">{event.title}</span>
                  <span className="event-list-when">
                    {event.approximate ? '≈ ' : ''}
                    {formatEventWhen(event.start, event.end, event.precision)}
                  </span>
                  <TagChips ids={event.tags} tags={tags} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
