/**
 * The menu's items as data (no Electron needed, so a test can check that every command is reachable).
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../preload/api';

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
  version: string;
  send: (command: MenuCommand) => void;
}

export function menuTemplate({
  isMac,
  isPackaged,
  version,
  send,
}: MenuOptions): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    click: () => send(command),
    ...(accelerator ? { accelerator } : {}),
  });

  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        item('Import File…', 'import-file', 'CmdOrCtrl+O'),
        item('Import Folder…', 'import-folder', 'CmdOrCtrl+Shift+O'),
        item('Import Link…', 'import-link', 'CmdOrCtrl+L'),
        item('Import Timeline JSON…', 'import-json'),
        item('Import Events from CSV…', 'import-csv'),
        { type: 'separator' },
        item('Export PNG…', 'export-png', 'CmdOrCtrl+Shift+E'),
        item('Export JSON…', 'export-json'),
        item('Export CSV…', 'export-csv'),
        item('Export iCalendar…', 'export-ics'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Shown but not registered (Windows, Linux): the window handles these keys itself, so a text
        // field keeps its own undo. On macOS the command arrives and the window decides the same way.
        { ...item('Undo', 'undo', 'CmdOrCtrl+Z'), registerAccelerator: false },
        { ...item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'), registerAccelerator: false },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('Add Event…', 'add-event', 'CmdOrCtrl+N'),
        item('Delete Event', 'delete'),
      ],
    },
    {
      label: 'View',
      submenu: [
        item('Zoom In', 'zoom-in', 'CmdOrCtrl+='),
        item('Zoom Out', 'zoom-out', 'CmdOrCtrl+-'),
        item('Fit All Events', 'fit', 'CmdOrCtrl+0'),
        { type: 'separator' },
        item('Toggle List View', 'toggle-list', 'CmdOrCtrl+Shift+L'),
        {
          label: 'Theme',
          submenu: [
            item('Follow System', 'theme-system'),
            item('Light', 'theme-light'),
            item('Dark', 'theme-dark'),
          ],
        },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isPackaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `Eventline ${version}`, enabled: false }],
    },
  ];
  return template;
}
