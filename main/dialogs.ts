/** The Dialogs of main/api.ts, backed by Electron's native dialogs. */
import { type BrowserWindow, dialog } from 'electron';
import type { Dialogs } from './api';

export function electronDialogs(parent: () => BrowserWindow | undefined): Dialogs {
  return {
    async chooseFilesToOpen({ title, filters, multiple, folders }) {
      const window = parent();
      const options: Electron.OpenDialogOptions = {
        title,
        filters,
        properties: [
          folders ? 'openDirectory' : 'openFile',
          ...(multiple ? ['multiSelections' as const] : []),
        ],
      };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseFileToSave({ title, defaultName, filters }) {
      const window = parent();
      const options: Electron.SaveDialogOptions = { title, defaultPath: defaultName, filters };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
