/**
 * Search and filters above the workspace, the way the events are grouped, and the switch between the
 * timeline and the list. What is filtered stays visible as chips with a count, each clearable.
 */
import { type Ref, useId } from 'react';
import { PRECISIONS, type Precision, type TimelineDocument } from '../../../preload/domain';
import { PRECISION_LABEL } from '../app/messages';
import { dateInputProblem } from '../dates/iso-dates';
import type { GroupBy } from '../timeline/timeline-model';
import {
  clearChip,
  describeFilter,
  EMPTY_FILTER,
  type EventFilter,
  isFilterActive,
  UNTAGGED,
} from './event-filter';

export type ViewMode = 'timeline' | 'list';

/** How the timeline's swimlanes are made (toolbar). */
export function LaneSwitch({ groupBy, onGroupBy }: { groupBy: GroupBy; onGroupBy(next: GroupBy): void }) {
  const id = useId();
  return (
    <span className="toolbar-group">
      <label className="inline-label" htmlFor={`${id}-group`}>
        Lanes
      </label>
      <select
        id={`${id}-group`}
        value={groupBy}
        onChange={(e) =>
          onGroupBy(e.target.value === 'tag' ? 'tag' : e.target.value === 'none' ? 'none' : 'article')
        }
      >
        <option value="article">By article</option>
        <option value="tag">By tag</option>
        <option value="none">One lane</option>
      </select>
    </span>
  );
}

/** Timeline or list (the toolbar shows it next to the zoom buttons). */
export function ViewSwitch({ view, onView }: { view: ViewMode; onView(next: ViewMode): void }) {
  return (
    <fieldset className="segmented" aria-label="View">
      <button
        type="button"
        aria-pressed={view === 'timeline'}
        className={view === 'timeline' ? 'is-on' : ''}
        onClick={() => onView('timeline')}
      >
        Timeline
      </button>
      <button
        type="button"
        aria-pressed={view === 'list'}
        className={view === 'list' ? 'is-on' : ''}
        onClick={() => onView('list')}
      >
        List
      </button>
    </fieldset>
  );
}

interface FilterBarProps {
  document: TimelineDocument;
  filter: EventFilter;
  onFilter(next: EventFilter): void;
  shown: number;
  searchRef?: Ref<HTMLInputElement>;
  onManageTags(): void;
}

export function FilterBar({ document, filter, onFilter, shown, searchRef, onManageTags }: FilterBarProps) {
  const set = (patch: Partial<EventFilter>) => onFilter({ ...filter, ...patch });
  const chips = describeFilter(filter, document);
  const active = isFilterActive(filter);
  const total = document.events.length;
  const fromProblem = dateInputProblem(filter.from, 'From', false);
  const toProblem = dateInputProblem(filter.to, 'To', false);

  return (
    <section className="filter-bar" aria-label="Search and filters">
      <div className="filter-controls">
        <input
          ref={searchRef}
          type="search"
          className="filter-search"
          placeholder="Search events…"
          aria-label="Search events"
          value={filter.text}
          onChange={(e) => set({ text: e.target.value })}
          onKeyDown={(e) => {
            // Escape in the search box clears it first (a second Escape then leaves it as usual).
            if (e.key === 'Escape' && filter.text !== '') {
              e.preventDefault();
              e.stopPropagation();
              set({ text: '' });
            }
          }}
        />
        <input
          className="filter-date"
          placeholder="From YYYY-MM-DD"
          aria-label="From date"
          title={fromProblem ?? 'Events on or after this day (-0043-03-15 is 15 March 44 BC)'}
          aria-invalid={fromProblem !== null}
          value={filter.from}
          onChange={(e) => set({ from: e.target.value })}
        />
        <input
          className="filter-date"
          placeholder="To YYYY-MM-DD"
          aria-label="To date"
          title={toProblem ?? 'Events on or before this day'}
          aria-invalid={toProblem !== null}
          value={filter.to}
          onChange={(e) => set({ to: e.target.value })}
        />
        <select aria-label="Tag" value={filter.tagId} onChange={(e) => set({ tagId: e.target.value })}>
          <option value="">Any tag</option>
          {document.tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
          <option value={UNTAGGED}>No tag</option>
        </select>
        <button
          type="button"
          className="button tags-button"
          onClick={onManageTags}
          title="Create, rename, recolour or delete tags"
        >
          Tags…
        </button>
        <select
          aria-label="Article"
          className="filter-article"
          value={filter.articleId}
          onChange={(e) => set({ articleId: e.target.value })}
        >
          <option value="">Any article</option>
          {document.articles.map((article) => (
            <option key={article.id} value={article.id}>
              {article.title}
            </option>
          ))}
        </select>
        <select
          aria-label="Origin"
          value={filter.origin}
          onChange={(e) =>
            set({
              origin: e.target.value === 'manual' || e.target.value === 'extracted' ? e.target.value : '',
            })
          }
        >
          <option value="">Any origin</option>
          <option value="extracted">From articles</option>
          <option value="manual">Added by hand</option>
        </select>
        <select
          aria-label="Precision"
          value={filter.precision}
          onChange={(e) => {
            const value = e.target.value;
            set({ precision: PRECISIONS.find((p): p is Precision => p === value) ?? '' });
          }}
        >
          <option value="">Any precision</option>
          {PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {PRECISION_LABEL[p]}
            </option>
          ))}
        </select>
        <output className="filter-count" aria-live="polite" data-testid="filter-count">
          {active ? `${shown} of ${total} events` : `${total} event${total === 1 ? '' : 's'}`}
        </output>
        {chips.map((chip) => (
          <span key={chip.key} className="chip">
            <span className="chip-text">{chip.label}</span>
            <button
              type="button"
              className="chip-clear"
              aria-label={`Clear filter ${chip.label}`}
              onClick={() => onFilter(clearChip(filter, chip.key))}
            >
              ×
            </button>
          </span>
        ))}
        {active ? (
          <button type="button" className="link-button" onClick={() => onFilter(EMPTY_FILTER)}>
            Clear filters
          </button>
        ) : null}
      </div>
    </section>
  );
}
