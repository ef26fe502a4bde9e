/**
 * Runs a batch import in a worker thread so the main process (and so the window) stays responsive.
 *
 * The worker script is found next to this module: batch-worker.js once bundled (it must be its own
 * entry in the main build, see electron.vite.config.ts), else batch-worker.ts run through tsx.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchProgress, BatchResult } from './batch';
import type { WorkerData, WorkerReply } from './batch-protocol';

export interface WorkerBatchOptions {
  today: string;
  publishedAt?: string;
  timeoutMs?: number;
  maxBytes?: number;
  concurrency?: number;
  onProgress?: (progress: BatchProgress) => void;
  signal?: AbortSignal;
  /** Where the worker script is; found automatically when not given. */
  workerUrl?: URL;
}

/** The worker to start: the bundled script, or the TypeScript source behind a small tsx bootstrap. */
export function locateBatchWorker(workerUrl?: URL): { script: string | URL; eval: boolean } {
  // File names in variables: Vite rewrites `new URL('<literal>', import.meta.url)` into an asset.
  const bundledName = './batch-worker.js';
  const sourceName = './batch-worker.ts';
  const url = workerUrl ?? new URL(bundledName, import.meta.url);
  if (!url.pathname.endsWith('.ts') && existsSync(fileURLToPath(url))) return { script: url, eval: false };
  // From source (tests, tsx): a worker does not inherit tsx's loader, so it registers it first.
  const source = workerUrl ?? new URL(sourceName, import.meta.url);
  // The ESM build of tsx's API (the `import` condition of tsx/esm/api), found from its package root.
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsxApi = pathToFileURL(join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(source.href)}); });`;
  return { script: bootstrap, eval: true };
}

export function runIngestWorker(
  sources: readonly string[],
  options: WorkerBatchOptions,
): Promise<BatchResult> {
  const { onProgress, signal, workerUrl, ...plain } = options;
  const located = locateBatchWorker(workerUrl);
  const data: WorkerData = { sources: [...sources], options: plain };
  const worker = new Worker(located.script, { workerData: data, eval: located.eval });

  return new Promise<BatchResult>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', cancel);
      outcome();
    };
    const cancel = () => worker.postMessage({ type: 'cancel' });
    if (signal?.aborted) cancel();
    else signal?.addEventListener('abort', cancel, { once: true });

    worker.on('message', (reply: WorkerReply) => {
      if (reply.type === 'progress') onProgress?.(reply.progress);
      else if (reply.type === 'done') finish(() => resolve(reply.result));
      else finish(() => reject(new Error(`The import stopped: ${reply.message}`)));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`The import worker stopped unexpectedly (exit code ${code}).`))),
    );
  });
}
