/**
 * Worker-thread entry for a batch import: a thin wrapper around ingestBatch. It receives the sources
 * and options as workerData, posts `progress` messages and one `done` message, and stops early on a
 * `cancel` message. It runs as TypeScript under tsx (tests, CLI) and as a bundle entry in the app.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractEvents } from '../extract';
import { ingestBatch } from './batch';
import type { WorkerData, WorkerReply, WorkerRequest } from './batch-protocol';

const port = parentPort;
if (!port) throw new Error('batch-worker.ts must run in a worker thread');

const cancel = new AbortController();
port.on('message', (message: WorkerRequest) => {
  if (message.type === 'cancel') cancel.abort();
});

const { sources, options } = workerData as WorkerData;
const post = (reply: WorkerReply) => port.postMessage(reply);

ingestBatch(sources, {
  ...options,
  extract: extractEvents,
  signal: cancel.signal,
  onProgress: (progress) => post({ type: 'progress', progress }),
}).then(
  (result) => {
    post({ type: 'done', result });
    port.close();
  },
  (error: unknown) => {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    port.close();
  },
);
