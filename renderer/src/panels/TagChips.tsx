/** An event's tags as small coloured chips (names as text; colours only from the tag list). */
import type { Tag } from '../../../preload/domain';

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]{3,20})$/i;

export function TagChips({ ids, tags }: { ids: readonly string[]; tags: Map<string, Tag> }) {
  const shown = ids.map((id) => tags.get(id)).filter((tag): tag is Tag => tag !== undefined);
  if (shown.length === 0) return null;
  return (
    <ul className="tag-chips" aria-label="Tags">
      {shown.map((tag) => (
        <li key={tag.id} className="tag-chip">
          <span
            className="tag-dot"
            aria-hidden="true"
            ref={(el) => {
              // Set through the CSSOM: the page's CSP allows no inline style attributes.
              if (el) el.style.setProperty('--tag', SAFE_COLOR.test(tag.color) ? tag.color : 'currentColor');
            }}
          />
          {tag.name}
        </li>
      ))}
    </ul>
  );
}
