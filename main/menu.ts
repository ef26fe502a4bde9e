/**
 * The application menu: the usual items and shortcuts. Items that act on the timeline send a menu
 * command to the window, which does the same as its own buttons and keys.
 */
import { app, type BrowserWindow, Menu } from 'electron';
import { MENU_CHANNEL } from '../preload/api';
import { menuTemplate } from './menu-template';

export function setupMenu(window: () => BrowserWindow | undefined): void {
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    version: app.getVersion(),
    send: (command) => window()?.webContents.send(MENU_CHANNEL, command),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
