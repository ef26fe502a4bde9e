/** The toolbar's Export menu: a menu button whose items are reachable with the arrow keys. */
import { useEffect, useRef, useState } from 'react';

export interface MenuAction {
  label: string;
  run(): void;
  separatorBefore?: boolean;
}

export function ExportMenu({ actions, disabled }: { actions: MenuAction[]; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const itemsRef = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (!open) return;
    itemsRef.current[0]?.focus();
    const close = (event: MouseEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const items = itemsRef.current.filter((b): b is HTMLButtonElement => b !== null);
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      rootRef.current?.querySelector<HTMLButtonElement>('.menu-button')?.focus();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      items[(index + 1) % items.length]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index - 1 + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      items[event.key === 'Home' ? 0 : items.length - 1]?.focus();
    }
  };

  return (
    <div className="menu" ref={rootRef}>
      <button
        type="button"
        className="button menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={disabled}
        onClick={() => setOpen((o) => !o)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      {open ? (
        <div className="menu-popup" role="menu" aria-label="Export and import" onKeyDown={onKeyDown}>
          {actions.map((action, index) => (
            <div key={action.label} role="none">
              {action.separatorBefore ? <hr className="menu-separator" /> : null}
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                ref={(el) => {
                  itemsRef.current[index] = el;
                }}
                onClick={() => {
                  setOpen(false);
                  action.run();
                }}
              >
                {action.label}
              </button>
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
