/**
 * Registers the handler table on ipcMain: one channel per API method. Calls from anything but our
 * own window's main frame are refused; payloads are validated in dispatch().
 */
import { type IpcMainInvokeEvent, ipcMain, type WebContents } from 'electron';
import { API_METHODS, type ApiContract, channelOf } from '../preload/api';
import { dispatch } from './api-dispatch';
import { isTrustedRendererUrl } from './window-options';

export function setupIpc(api: ApiContract, ownWindow: () => WebContents | undefined): void {
  for (const method of API_METHODS) {
    ipcMain.handle(channelOf(method), (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isOwnSender(event, ownWindow())) {
        return { ok: false, error: { code: 'forbidden', message: 'Refused: not an Eventline window.' } };
      }
      return dispatch(api, method, payload, {
        logError: (name, error) => console.error(`[api:${name}]`, error),
      });
    });
  }
}

function isOwnSender(event: IpcMainInvokeEvent, own: WebContents | undefined): boolean {
  if (!own || event.sender !== own) return false;
  const frame = event.senderFrame;
  return frame !== null && frame === own.mainFrame && isTrustedRendererUrl(frame.url);
}
