/** Choosing an event's tags: one toggle per tag (several may be on). */
import type { Tag } from '../../../preload/domain';

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

interface TagPickerProps {
  tags: readonly Tag[];
  selected: readonly string[];
  onChange(next: string[]): void;
  label?: string;
}

export function TagPicker({ tags, selected, onChange, label = 'Tags' }: TagPickerProps) {
  if (tags.length === 0) return null;
  return (
    <fieldset className="tag-picker">
      <legend className="field-label">{label}</legend>
      {tags.map((tag) => {
        const on = selected.includes(tag.id);
        return (
          <button
            key={tag.id}
            type="button"
            className={`tag-toggle${on ? ' is-on' : ''}`}
            aria-pressed={on}
            onClick={() => onChange(on ? selected.filter((t) => t !== tag.id) : [...selected, tag.id])}
          >
            <span
              className="tag-dot"
              aria-hidden="true"
              ref={(el) => {
                if (el)
                  el.style.setProperty('--tag', SAFE_COLOR.test(tag.color) ? tag.color : 'currentColor');
              }}
            />
            {tag.name}
          </button>
        );
      })}
    </fieldset>
  );
}
