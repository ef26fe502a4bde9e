/**
 * The tag manager: create, rename, recolour and delete tags. Every change is saved at once and is one
 * undo step, like any other edit.
 */
import { type FormEvent, useId, useState } from 'react';
import type { Tag, TimelineDocument } from '../../../preload/domain';
import { errorMessage, plural } from '../app/messages';
import { InlineError, Modal } from './Modal';

interface TagManagerProps {
  document: TimelineDocument;
  onClose(): void;
  onChanged(next: TimelineDocument): void;
}

const HEX = /^#[0-9a-f]{6}$/i;

export function TagManager({ document, onClose, onChanged }: TagManagerProps) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);

  const call = async (action: () => Promise<TimelineDocument>): Promise<boolean> => {
    setError(null);
    try {
      onChanged(await action());
      return true;
    } catch (err) {
      setError(errorMessage(err));
      return false;
    }
  };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') {
      setError('Give the tag a name.');
      return;
    }
    const submitted = name.trim();
    // Cleared only if unchanged meanwhile: the next name may already be typed while this one is saved.
    if (await call(() => window.api.createTag({ name: submitted })))
      setName((current) => (current.trim() === submitted ? '' : current));
  };

  const uses = (tag: Tag) => document.events.filter((e) => e.tags.includes(tag.id)).length;

  return (
    <Modal title="Tags" onClose={onClose} testId="tag-manager">
      <InlineError message={error} onDismiss={() => setError(null)} />
      <form className="tag-create" onSubmit={create}>
        <label className="field grow" htmlFor={`${id}-new`}>
          <span className="field-label">New tag</span>
          <input
            id={`${id}-new`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. Politics"
          />
        </label>
        <button type="submit" className="button primary">
          Add tag
        </button>
      </form>
      {document.tags.length === 0 ? (
        <p className="hint">No tags yet. Tags group and filter events; an event may have several.</p>
      ) : (
        <ul className="tag-rows">
          {document.tags.map((tag) => (
            <li key={tag.id} className="tag-row">
              <input
                type="color"
                aria-label={`Colour of ${tag.name}`}
                value={HEX.test(tag.color) ? tag.color : '#2f6fde'}
                onChange={(e) => {
                  void call(() => window.api.updateTag({ id: tag.id, patch: { color: e.target.value } }));
                }}
              />
              <TagName
                tag={tag}
                onRename={(next) => call(() => window.api.updateTag({ id: tag.id, patch: { name: next } }))}
              />
              <span className="tag-uses">{plural(uses(tag), 'event')}</span>
              {confirming === tag.id ? (
                <span className="inline-controls">
                  <button
                    type="button"
                    className="button danger"
                    onClick={() => {
                      setConfirming(null);
                      void call(() => window.api.deleteTag({ id: tag.id }));
                    }}
                  >
                    Delete
                  </button>
                  <button type="button" className="button" onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete tag ${tag.name}`}
                  title="Delete tag (it is taken off every event)"
                  onClick={() => setConfirming(tag.id)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

/** A tag's name, renamed when the field is left or Enter is pressed. */
function TagName({ tag, onRename }: { tag: Tag; onRename(name: string): Promise<boolean> }) {
  const [value, setValue] = useState(tag.name);
  const [lastSaved, setLastSaved] = useState(tag.name);
  if (tag.name !== lastSaved) {
    // Renamed elsewhere (undo): show the stored name.
    setLastSaved(tag.name);
    setValue(tag.name);
  }
  const commit = async () => {
    const next = value.trim();
    if (next === '' || next === tag.name) {
      setValue(tag.name);
      return;
    }
    if (!(await onRename(next))) setValue(tag.name);
  };
  return (
    <input
      className="tag-name-input"
      aria-label={`Name of tag ${tag.name}`}
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          void commit();
        }
      }}
    />
  );
}
