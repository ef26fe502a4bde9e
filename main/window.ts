/**
 * Creates the main window with the options of window-options.ts and guards it: no new windows, no
 * navigation away from the app, http(s) links to the user's browser, no permission grants.
 */
import { join } from 'node:path';
import { BrowserWindow, shell } from 'electron';
import {
  isAllowedExternalUrl,
  isTrustedRendererUrl,
  mainWindowOptions,
  type WindowBounds,
} from './window-options';

export function createMainWindow(bounds?: WindowBounds): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs'), bounds));
  const { webContents } = window;

  webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  webContents.on('will-navigate', (event, url) => {
    if (!isTrustedRendererUrl(url)) {
      event.preventDefault();
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    }
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
  webContents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));

  window.once('ready-to-show', () => window.show());
  if (process.env.ELECTRON_RENDERER_URL) void window.loadURL(process.env.ELECTRON_RENDERER_URL);
  else void window.loadFile(join(__dirname, '../renderer/index.html'));
  return window;
}
