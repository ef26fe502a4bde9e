import { describe, expect, it } from 'vitest';
import { type KeyPress, type KeyTarget, shortcutFor } from '../../../renderer/src/workspace/shortcuts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const body: KeyTarget = { typing: false, dialogOpen: false, control: false };
const field: KeyTarget = { ...body, typing: true };

describe('keyboard shortcuts', () => {
  it('undo and redo with Ctrl on Windows/Linux and Cmd on macOS', () => {
    expect(shortcutFor(press('z', { ctrlKey: true }), body, false)).toBe('undo');
    expect(shortcutFor(press('Z', { ctrlKey: true, shiftKey: true }), body, false)).toBe('redo');
    expect(shortcutFor(press('y', { ctrlKey: true }), body, false)).toBe('redo');
    expect(shortcutFor(press('z', { metaKey: true }), body, true)).toBe('undo');
    expect(shortcutFor(press('z', { metaKey: true, shiftKey: true }), body, true)).toBe('redo');
    // Ctrl+Z on a Mac is not undo.
    expect(shortcutFor(press('z', { ctrlKey: true }), body, true)).toBeNull();
  });

  it('leaves every key to a text field, its own undo included', () => {
    for (const key of ['z', 'ArrowLeft', 'Delete', 'f', '+', 'Enter']) {
      expect(shortcutFor(press(key, { ctrlKey: key === 'z' }), field, false)).toBeNull();
    }
  });

  it('does nothing while a dialog is open', () => {
    expect(shortcutFor(press('Delete'), { ...body, dialogOpen: true }, false)).toBeNull();
  });

  it('moves, zooms, fits, deletes, opens and closes', () => {
    expect(shortcutFor(press('ArrowRight'), body, false)).toBe('next');
    expect(shortcutFor(press('ArrowDown'), body, false)).toBe('next');
    expect(shortcutFor(press('ArrowLeft'), body, false)).toBe('previous');
    expect(shortcutFor(press('Home'), body, false)).toBe('first');
    expect(shortcutFor(press('End'), body, false)).toBe('last');
    expect(shortcutFor(press('+', { shiftKey: true }), body, false)).toBe('zoom-in');
    expect(shortcutFor(press('='), body, false)).toBe('zoom-in');
    expect(shortcutFor(press('-'), body, false)).toBe('zoom-out');
    expect(shortcutFor(press('f'), body, false)).toBe('fit');
    expect(shortcutFor(press('F', { shiftKey: true }), body, false)).toBe('fit');
    expect(shortcutFor(press('Delete'), body, false)).toBe('delete');
    expect(shortcutFor(press('Backspace'), body, false)).toBe('delete');
    expect(shortcutFor(press('Enter'), body, false)).toBe('open');
    expect(shortcutFor(press('Escape'), body, false)).toBe('close');
  });

  it('lets a focused button keep Enter, and ignores keys with Alt', () => {
    expect(shortcutFor(press('Enter'), { ...body, control: true }, false)).toBeNull();
    expect(shortcutFor(press('ArrowLeft', { altKey: true }), body, false)).toBeNull();
  });
});
