import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../main/menu-template';
import { MENU_COMMANDS, type MenuCommand } from '../../../preload/api';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu as MenuItemConstructorOptions[]) : []),
  ]);
}

describe('application menu', () => {
  it('reaches every menu command, each from exactly one item', () => {
    const sent: MenuCommand[] = [];
    const template = menuTemplate({
      isMac: false,
      isPackaged: true,
      version: '1.0.0',
      send: (c) => sent.push(c),
    });
    for (const item of flatten(template)) {
      (item.click as (() => void) | undefined)?.();
    }
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has File, Edit, View with the usual shortcuts, and Quit off macOS', () => {
    const template = menuTemplate({ isMac: false, isPackaged: true, version: '1.0.0', send: () => {} });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['File', 'Edit', 'View', 'windowMenu', 'help']);
    const items = flatten(template);
    const byLabel = (label: string) => items.find((i) => i.label === label);
    expect(byLabel('Import File…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel('Zoom In')?.accelerator).toBe('CmdOrCtrl+=');
    expect(byLabel('Undo')).toMatchObject({ accelerator: 'CmdOrCtrl+Z', registerAccelerator: false });
    expect(items.some((i) => i.role === 'quit')).toBe(true);
    expect(items.some((i) => i.role === 'toggleDevTools')).toBe(false);
  });

  it('on macOS has the app menu and closes rather than quits from File', () => {
    const template = menuTemplate({ isMac: true, isPackaged: false, version: '1.0.0', send: () => {} });
    expect(template[0].role).toBe('appMenu');
    expect(flatten(template).some((i) => i.role === 'close')).toBe(true);
  });
});
