/**
 * The window's keyboard shortcuts as data: a key press in, the command it means out. Kept apart from
 * the DOM so the rules (and the "not while typing" exception) are tested in node.
 */
export type ShortcutCommand =
  | 'undo'
  | 'redo'
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'zoom-in'
  | 'zoom-out'
  | 'fit'
  | 'delete'
  | 'open'
  | 'close'
  | 'find';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** Where the key was pressed, as far as the shortcuts care. */
export interface KeyTarget {
  /** A text field, text area, select or editable element: it keeps its own keys, undo included. */
  typing: boolean;
  /** A modal dialog is open: the dialog owns the keyboard. */
  dialogOpen: boolean;
  /** A button, link or other control that uses Enter and Space itself. */
  control: boolean;
}

export function shortcutFor(press: KeyPress, target: KeyTarget, isMac: boolean): ShortcutCommand | null {
  if (target.dialogOpen) return null;
  const primary = isMac ? press.metaKey : press.ctrlKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (primary && !press.altKey) {
    if (target.typing) return null;
    if (key === 'z') return press.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !isMac) return 'redo';
    if (key === 'f') return 'find';
    return null;
  }
  if (target.typing || press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '−':
    case '_':
      return 'zoom-out';
    case 'f':
      return 'fit';
    case 'Delete':
    case 'Backspace':
      return 'delete';
    case 'Enter':
      return target.control ? null : 'open';
    case 'Escape':
      return 'close';
    case '/':
      return 'find';
    default:
      return null;
  }
}

/** Reads a DOM event target into what shortcutFor needs. */
export function describeTarget(target: EventTarget | null, doc: Document): KeyTarget {
  const element = target instanceof Element ? target : null;
  const typing =
    element !== null &&
    (element.matches('textarea, select, [contenteditable=""], [contenteditable="true"]') ||
      (element instanceof HTMLInputElement &&
        !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(element.type)));
  const control = element?.matches('button, a[href], summary, [role="button"], [role="menuitem"]') ?? false;
  return { typing, control, dialogOpen: doc.querySelector('dialog[open]') !== null };
}
