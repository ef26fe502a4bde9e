/** Messages between the app and the batch worker (type-only). */
import type { BatchProgress, BatchResult } from './batch';

/** What can cross to the worker: plain data only, no functions. */
export interface WorkerData {
  sources: string[];
  options: {
    today: string;
    publishedAt?: string;
    timeoutMs?: number;
    maxBytes?: number;
    concurrency?: number;
  };
}

export type WorkerRequest = { type: 'cancel' };

export type WorkerReply =
  | { type: 'progress'; progress: BatchProgress }
  | { type: 'done'; result: BatchResult }
  | { type: 'error'; message: string };
