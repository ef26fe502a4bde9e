/**
 * Add a manual event or edit any event. Dates are typed as ISO days (signed years allowed for BCE), with
 * messages next to the field; on a failed save everything typed stays in the form.
 */
import { type FormEvent, useId, useState } from 'react';
import type { EventInput } from '../../../preload/api';
import {
  PRECISIONS,
  type Precision,
  type Tag,
  type TimelineDocument,
  type TimelineEvent,
} from '../../../preload/domain';
import { PRECISION_LABEL } from '../app/messages';
import { compareIso, dateInputProblem } from '../dates/iso-dates';
import { CancelAndAction, InlineError, Modal } from './Modal';
import { TagPicker } from './TagPicker';
import { usePendingCall } from './use-pending-call';

interface EventDialogProps {
  /** The event to edit; absent to add a new one. */
  event?: TimelineEvent;
  /** The timeline's tags, to pick from. */
  tags?: readonly Tag[];
  /** Prefilled fields for a new event (double-click on the timeline: that day, that tag's lane). */
  initial?: { start?: string; tags?: string[] };
  onClose(): void;
  onSaved(document: TimelineDocument, title: string): void;
}

interface Problems {
  title?: string;
  start?: string;
  end?: string;
}

export function validateEventForm(title: string, start: string, end: string): Problems {
  const problems: Problems = {};
  if (title.trim() === '') problems.title = 'Give the event a title.';
  const startProblem = dateInputProblem(start, 'Start', true);
  if (startProblem) problems.start = startProblem;
  const endProblem = dateInputProblem(end, 'End', false);
  if (endProblem) problems.end = endProblem;
  else if (!startProblem && end.trim() !== '' && compareIso(end.trim(), start.trim()) < 0) {
    problems.end = 'End: the end is before the start.';
  }
  return problems;
}

export function EventDialog({ event, tags = [], initial, onClose, onSaved }: EventDialogProps) {
  const [title, setTitle] = useState(event?.title ?? '');
  const [start, setStart] = useState(event?.start ?? initial?.start ?? '');
  const [tagIds, setTagIds] = useState<string[]>(event?.tags ?? initial?.tags ?? []);
  const [end, setEnd] = useState(event?.end ?? '');
  const [precision, setPrecision] = useState<Precision>(event?.precision ?? 'day');
  const [description, setDescription] = useState(event?.description ?? '');
  const [approximate, setApproximate] = useState(event?.approximate ?? false);
  const [planned, setPlanned] = useState(event?.planned ?? false);
  const [problems, setProblems] = useState<Problems>({});
  const { busy, error, clearError, call } = usePendingCall();
  const id = useId();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateEventForm(title, start, end);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const fields: EventInput = {
      title: title.trim(),
      description: description.trim(),
      start: start.trim(),
      ...(end.trim() ? { end: end.trim() } : {}),
      precision: start.includes('T') && precision === 'day' ? 'minute' : precision,
      approximate,
      planned,
      // Tags deleted meanwhile are dropped rather than kept as dangling ids.
      tags: tagIds.filter((t) => tags.some((tag) => tag.id === t)),
    };
    await call(async () => {
      const document = event
        ? // An emptied end field removes the end date.
          await window.api.updateEvent({ id: event.id, patch: { ...fields, end: fields.end ?? null } })
        : await window.api.createEvent(fields);
      onSaved(document, fields.title);
      onClose();
    });
  };

  const formId = `${id}-form`;
  return (
    <Modal
      title={event ? 'Edit event' : 'Add an event'}
      onClose={onClose}
      testId="event-dialog"
      footer={
        <CancelAndAction onCancel={onClose}>
          <button type="submit" form={formId} className="button primary" disabled={busy}>
            {event ? 'Save changes' : 'Add event'}
          </button>
        </CancelAndAction>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        <InlineError message={error} onDismiss={clearError} />
        <label className="field" htmlFor={`${id}-title`}>
          <span className="field-label">Title</span>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            aria-invalid={problems.title !== undefined}
            aria-describedby={problems.title ? `${id}-title-error` : undefined}
          />
          {problems.title ? (
            <span id={`${id}-title-error`} className="field-error">
              {problems.title}
            </span>
          ) : null}
        </label>
        <div className="field-row">
          <label className="field" htmlFor={`${id}-start`}>
            <span className="field-label">Start</span>
            <input
              id={`${id}-start`}
              className="date-input"
              value={start}
              onChange={(e) => setStart(e.target.value)}
              placeholder="YYYY-MM-DD"
              aria-invalid={problems.start !== undefined}
              aria-describedby={`${id}-date-help${problems.start ? ` ${id}-start-error` : ''}`}
            />
            {problems.start ? (
              <span id={`${id}-start-error`} className="field-error">
                {problems.start}
              </span>
            ) : null}
          </label>
          <label className="field" htmlFor={`${id}-end`}>
            <span className="field-label">End (optional)</span>
            <input
              id={`${id}-end`}
              className="date-input"
              value={end}
              onChange={(e) => setEnd(e.target.value)}
              placeholder="YYYY-MM-DD"
              aria-invalid={problems.end !== undefined}
              aria-describedby={`${id}-date-help${problems.end ? ` ${id}-end-error` : ''}`}
            />
            {problems.end ? (
              <span id={`${id}-end-error`} className="field-error">
                {problems.end}
              </span>
            ) : null}
          </label>
          <label className="field grow" htmlFor={`${id}-precision`}>
            <span className="field-label">Known</span>
            <select
              id={`${id}-precision`}
              value={precision}
              onChange={(e) => setPrecision(e.target.value as Precision)}
            >
              {PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {PRECISION_LABEL[p]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id={`${id}-date-help`} className="hint">
          Dates as YYYY-MM-DD, optionally with a time (2024-01-15T09:30). Years before 1 AD take a minus sign:
          -0043-03-15 is 15 March 44 BC.
        </p>
        <label className="field" htmlFor={`${id}-description`}>
          <span className="field-label">Description (optional)</span>
          <textarea
            id={`${id}-description`}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            rows={3}
          />
        </label>
        <div className="checkbox-row">
          <label>
            <input type="checkbox" checked={approximate} onChange={(e) => setApproximate(e.target.checked)} />{' '}
            Approximate date
          </label>
          <label>
            <input type="checkbox" checked={planned} onChange={(e) => setPlanned(e.target.checked)} /> Planned
            (not yet happened)
          </label>
        </div>
        <TagPicker tags={tags} selected={tagIds} onChange={setTagIds} />
      </form>
    </Modal>
  );
}
