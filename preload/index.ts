/**
 * Exposes exactly the API contract on window.api: one function per method, each invoking its own
 * channel. Nothing generic (no invoke/send/on) crosses the bridge.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { API_METHODS, type ApiContract, channelOf } from './api';
import { type ApiResult, unwrapResult } from './result';

const api = Object.fromEntries(
  API_METHODS.map((method) => [
    method,
    async (payload?: unknown) =>
      unwrapResult(await (ipcRenderer.invoke(channelOf(method), payload) as Promise<ApiResult>)),
  ]),
) as unknown as ApiContract;

contextBridge.exposeInMainWorld('api', api);
