/**
 * Many articles at once: ingest and extract each source, reporting progress (n of N and the current
 * source), collecting each failure with its reason while the rest go on, and stopping early when
 * cancelled. Plain async code with no thread of its own: the CLI calls it directly, and the app runs
 * it in a worker thread (batch-worker.ts) so the window stays responsive.
 */
import type { ArticleDraft } from '../../preload/api';
import type { ExtractionResult } from '../../preload/domain';
import type { Extractor } from '../api';
import { isUserError } from '../errors';
import { describeSource, type IngestOptions, type IngestSource, ingestSource } from './source';

export interface BatchProgress {
  /** Sources finished (added or failed). */
  done: number;
  total: number;
  failed: number;
  /** The source being worked on, when one is. */
  current?: string;
}

export interface BatchItem {
  source: string;
  article: ArticleDraft;
  events: ExtractionResult['events'];
}

export interface BatchFailure {
  source: string;
  reason: string;
}

export interface BatchResult {
  /** In the order of the sources given. */
  items: BatchItem[];
  failures: BatchFailure[];
  total: number;
  cancelled: boolean;
}

export interface BatchOptions extends IngestOptions {
  extract: Extractor;
  onProgress?: (progress: BatchProgress) => void;
  /** Sources worked on at once: links wait on the network, files on the CPU. */
  concurrency?: number;
  /** Replaces ingestSource (tests). */
  ingest?: (source: IngestSource, options: IngestOptions) => Promise<ArticleDraft>;
}

export async function ingestBatch(
  sources: readonly IngestSource[],
  options: BatchOptions,
): Promise<BatchResult> {
  const { extract, onProgress, signal, concurrency = 4, ingest = ingestSource, ...ingestOptions } = options;
  const total = sources.length;
  const slots: (BatchItem | BatchFailure | undefined)[] = new Array(total);
  let next = 0;
  let done = 0;
  let failed = 0;

  const work = async () => {
    while (next < total && !signal?.aborted) {
      const index = next++;
      const source = describeSource(sources[index]);
      onProgress?.({ done, total, failed, current: source });
      try {
        const article = await ingest(sources[index], { ...ingestOptions, ...(signal ? { signal } : {}) });
        if (signal?.aborted) return;
        const { events } = extract(article.text, { referenceDate: article.publishedAt });
        slots[index] = { source, article, events };
      } catch (error) {
        if (signal?.aborted) return; // Cut short by the cancel, not a failure of the source.
        slots[index] = { source, reason: reasonOf(error) };
        failed++;
      }
      done++;
      onProgress?.({ done, total, failed });
      // Let a cancel message (or the UI) in between files that are read without waiting.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, total)) }, work));

  const items: BatchItem[] = [];
  const failures: BatchFailure[] = [];
  for (const slot of slots) {
    if (!slot) continue;
    if ('reason' in slot) failures.push(slot);
    else items.push(slot);
  }
  return { items, failures, total, cancelled: signal?.aborted === true && done < total };
}

function reasonOf(error: unknown): string {
  if (isUserError(error)) return error.message;
  // Not the user's doing: say so, with the detail a bug report needs.
  return `Eventline could not read it because of an internal error (${error instanceof Error ? error.message : String(error)}).`;
}
