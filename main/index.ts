/**
 * App lifecycle only: one instance, one window, the menu, and the API wired to IPC. The work is done
 * by the Electron-free parts (api, store, extract, ingest, export).
 */
import { join } from 'node:path';
import { app, type BrowserWindow, dialog, screen, shell } from 'electron';
import { createApi } from './api';
import { localToday } from './dates';
import { electronDialogs } from './dialogs';
import { extractEvents } from './extract';
import { runIngestWorker } from './ingest';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { seedsDir, storePath } from './paths';
import { openStore } from './store';
import { createMainWindow } from './window';
import { readWindowState, restoreBounds, writeWindowState } from './window-state';

let mainWindow: BrowserWindow | undefined;

async function start(): Promise<void> {
  const store = await openStore(storePath(app.getPath('userData')));
  const api = createApi({
    store,
    extract: extractEvents,
    dialogs: electronDialogs(() => mainWindow),
    openExternal: (url) => shell.openExternal(url),
    seedsDir: seedsDir({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
    }),
    today: () => localToday(),
    // Many files at once are read and extracted in a worker thread, so the window stays responsive.
    runBatch: (sources, options) => runIngestWorker(sources, options),
  });
  setupIpc(api, () => mainWindow?.webContents);
  setupMenu(() => mainWindow);
  await openWindow();
}

const windowStatePath = () => join(app.getPath('userData'), 'window-state.json');

async function openWindow(): Promise<void> {
  const screens = screen.getAllDisplays().map((display) => display.workArea);
  const saved = restoreBounds(await readWindowState(windowStatePath()), screens);
  const { maximized, ...bounds } = saved;
  const window = createMainWindow(bounds);
  if (maximized) window.maximize();
  window.on('close', () => {
    const normal = window.getNormalBounds();
    void writeWindowState(windowStatePath(), { ...normal, maximized: window.isMaximized() });
  });
  window.on('closed', () => {
    mainWindow = undefined;
  });
  mainWindow = window;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && app.isReady()) void openWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Eventline could not start',
        error instanceof Error ? error.message : String(error),
      );
      app.quit();
    });
}
