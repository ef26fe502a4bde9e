/**
 * The list view: the same (filtered) events as the timeline in a sortable table. One tab stop; the
 * arrow keys move the selection (aria-activedescendant), which is the timeline's selection too.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef } from 'react';
import type { Tag, TimelineDocument, TimelineEvent } from '../../../preload/domain';
import { PRECISION_LABEL } from '../app/messages';
import { formatEventWhen } from '../dates/iso-dates';
import { TagChips } from '../panels/TagChips';
import { laneClass } from '../timeline/lane-colors';
import { nextSort, type SortKey, type SortState, sortEvents, stepSelection } from '../workspace/event-order';

interface EventTableProps {
  document: TimelineDocument;
  events: readonly TimelineEvent[];
  /** Palette index of each article (the timeline's lane colours). */
  colorOf: Map<string, number>;
  sort: SortState;
  onSort(next: SortState): void;
  selectedId: string | null;
  onSelect(id: string | null): void;
  onOpen(id: string): void;
}

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'date', label: 'Date' },
  { key: 'title', label: 'Title' },
  { key: 'article', label: 'Article' },
  { key: 'precision', label: 'Precision' },
  { key: 'tags', label: 'Tags' },
];

export function EventTable({
  document,
  events,
  colorOf,
  sort,
  onSort,
  selectedId,
  onSelect,
  onOpen,
}: EventTableProps) {
  const id = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const pointerFocus = useRef(false);
  const rows = useMemo(() => sortEvents(events, sort, document), [events, sort, document]);
  const ids = useMemo(() => rows.map((e) => e.id), [rows]);
  const articleTitle = useMemo(() => new Map(document.articles.map((a) => [a.id, a.title])), [document]);
  const tagsById = useMemo(() => new Map<string, Tag>(document.tags.map((t) => [t.id, t])), [document]);
  const active = selectedId !== null && ids.includes(selectedId) ? selectedId : null;
  const rowId = (eventId: string) => `${id}-row-${eventId}`;

  useEffect(() => {
    if (!active) return;
    window.document.getElementById(rowId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const steps: Record<string, 'next' | 'previous' | 'first' | 'last'> = {
      ArrowDown: 'next',
      ArrowUp: 'previous',
      Home: 'first',
      End: 'last',
    };
    const step = steps[event.key];
    if (step && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      onSelect(stepSelection(ids, active, step));
      return;
    }
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault();
      const index = active ? ids.indexOf(active) : -1;
      const next = event.key === 'PageDown' ? Math.min(index + 10, ids.length - 1) : Math.max(index - 10, 0);
      if (ids[next]) onSelect(ids[next]);
      return;
    }
    if (event.key === 'Enter' && active) {
      event.preventDefault();
      onOpen(active);
    }
  };

  return (
    <div className="event-table-wrap" data-testid="event-table">
      {rows.length === 0 ? (
        <p className="hint event-table-empty">
          {document.events.length === 0
            ? 'Events you import or add appear here and on the timeline.'
            : 'No events match the filters.'}
        </p>
      ) : null}
      <table
        ref={tableRef}
        className="event-table"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA data grid pattern, a table whose rows the arrow keys move through
        role="grid"
        aria-label="Events"
        aria-rowcount={rows.length + 1}
        aria-readonly="true"
        tabIndex={0}
        aria-activedescendant={active ? rowId(active) : undefined}
        onKeyDown={onKeyDown}
        onMouseDown={() => {
          pointerFocus.current = true;
        }}
        onFocus={(event) => {
          // Tabbing in selects the first row, so the arrow keys have somewhere to start (a click selects
          // the row clicked instead).
          const byPointer = pointerFocus.current;
          pointerFocus.current = false;
          if (event.target !== event.currentTarget || byPointer) return;
          if (!active && ids.length > 0) onSelect(ids[0]);
        }}
      >
        <caption className="visually-hidden">
          {`${rows.length} event${rows.length === 1 ? '' : 's'}, sorted by ${
            COLUMNS.find((c) => c.key === sort.key)?.label.toLowerCase() ?? 'date'
          }, ${sort.direction}. Arrow keys move between events, Enter opens the details.`}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort.key === column.key ? sort.direction : 'none'}
                className={`col-${column.key}`}
              >
                <button
                  type="button"
                  className="sort-button"
                  tabIndex={-1}
                  onClick={() => onSort(nextSort(sort, column.key))}
                >
                  {column.label}
                  <span className="sort-mark" aria-hidden="true">
                    {sort.key === column.key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((event, index) => (
            <tr
              key={event.id}
              id={rowId(event.id)}
              aria-rowindex={index + 2}
              aria-selected={event.id === active}
              className={event.id === active ? 'is-active' : undefined}
              onClick={() => {
                onSelect(event.id);
                tableRef.current?.focus({ preventScroll: true });
              }}
              onDoubleClick={() => onOpen(event.id)}
            >
              <td className="col-date">
                {event.approximate ? <span title="approximate">≈ </span> : null}
                {formatEventWhen(event.start, event.end, event.precision)}
              </td>
              <td className="col-title">
                <div className="title-cell">
                  <span
                    className={`swatch ${laneClass(colorOf.get(event.articleId ?? '') ?? colorOf.get('manual') ?? 0)}`}
                    aria-hidden="true"
                  />
                  <span>{event.title}</span>
                  {event.planned ? <span className="badge badge-planned">planned</span> : null}
                </div>
              </td>
              <td className="col-article">
                {event.articleId ? (
                  (articleTitle.get(event.articleId) ?? '')
                ) : (
                  <span className="muted">added by you</span>
                )}
              </td>
              <td className="col-precision">{PRECISION_LABEL[event.precision]}</td>
              <td className="col-tags">
                <TagChips ids={event.tags} tags={tagsById} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
