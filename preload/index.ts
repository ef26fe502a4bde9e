/**
 * Exposes exactly the API contract on window.api: one function per method, each invoking its own
 * channel, one subscription to menu commands, and the path of a dropped file. Nothing generic (no invoke/send/on) crosses the bridge.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  API_METHODS,
  type ApiContract,
  channelOf,
  MENU_CHANNEL,
  MENU_COMMANDS,
  type MenuCommand,
  type WindowApi,
} from './api';
import { type ApiResult, unwrapResult } from './result';

const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (payload?: unknown) =>
      unwrapResult(await (ipcRenderer.invoke(channelOf(method), payload) as Promise<ApiResult>)),
  ]),
) as unknown as ApiContract;

const onMenuCommand: WindowApi['onMenuCommand'] = (listener) => {
  const forward = (_event: Electron.IpcRendererEvent, command: unknown) => {
    if (MENU_COMMANDS.includes(command as MenuCommand)) listener(command as MenuCommand);
  };
  ipcRenderer.on(MENU_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(MENU_CHANNEL, forward);
  };
};

const pathForFile: WindowApi['pathForFile'] = (file) => {
  try {
    return webUtils.getPathForFile(file);
  } catch {
    return '';
  }
};

const windowApi: WindowApi = { ...api, onMenuCommand, pathForFile };
contextBridge.exposeInMainWorld('api', windowApi);
