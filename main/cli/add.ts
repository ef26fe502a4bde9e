/**
 * `eventline add <files-or-urls-or-folders...> --db <file>`: imports articles into a timeline file
 * with the app's own code: ingestion (ingestSource through ingestBatch), extraction (extractEvents)
 * and storage (createApi's addArticle over openStore). An article already in the timeline (same
 * link or same text) is skipped; each source that fails is listed with its reason and the rest go on.
 */
import { stat } from 'node:fs/promises';
import { type ApiDeps, createApi } from '../api';
import { isIsoDay, localToday } from '../dates';
import { isUserError, UserError } from '../errors';
import { extractEvents } from '../extract/index';
import { type BatchFailure, type BatchProgress, ingestBatch } from '../ingest/batch';
import { findDuplicate } from '../ingest/duplicates';
import { expandSources } from '../ingest/folder';
import { openStore } from '../store';
import type { CliCommand } from './commands';
import { readOptions } from './options';

const USAGE =
  'eventline add <files-or-urls-or-folders...> --db <timeline.json> [--date YYYY-MM-DD] [--timeout <seconds>]';

interface AddArgs {
  sources: string[];
  db: string;
  date?: string;
  timeoutMs?: number;
}

export function parseAddArgs(args: readonly string[]): AddArgs | string {
  const parsed = readOptions(args, {
    db: { type: 'string' },
    date: { type: 'string' },
    timeout: { type: 'string' },
  });
  if (typeof parsed === 'string') return parsed;
  const { values, positionals: sources } = parsed;
  const { db, date } = values;
  let timeoutMs: number | undefined;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) return '--timeout needs a number of seconds';
    timeoutMs = seconds * 1000;
  }
  if (!db) return 'say which timeline file to add to with --db <file>';
  if (sources.length === 0) return 'give at least one file, folder or link to add';
  if (date !== undefined && !isIsoDay(date)) return `'${date}' is not a date; write it as YYYY-MM-DD`;
  return { sources, db, ...(date ? { date } : {}), ...(timeoutMs ? { timeoutMs } : {}) };
}

/** The CLI has no windows: the API's dialogs and browser are never reached by addArticle. */
const noUi: Pick<ApiDeps, 'dialogs' | 'openExternal' | 'seedsDir'> = {
  dialogs: {
    chooseFilesToOpen: async () => [],
    chooseFileToSave: async () => null,
  },
  openExternal: async () => {
    throw new UserError('bad-input', 'The command line does not open links.');
  },
  seedsDir: '',
};

export interface AddSummary {
  added: { source: string; title: string; events: number }[];
  duplicates: { source: string; title: string }[];
  failures: BatchFailure[];
  cancelled: boolean;
}

/** The work of `add`, separate from argument parsing and printing so tests can call it. */
export async function addSources(
  args: AddArgs,
  options: { today?: string; onProgress?: (progress: BatchProgress) => void; signal?: AbortSignal } = {},
): Promise<AddSummary> {
  const today = options.today ?? localToday();
  const store = await openStore(args.db);
  for (const notice of store.notices) process.stderr.write(`eventline: ${notice}\n`);
  const api = createApi({ store, extract: extractEvents, today: () => today, ...noUi });

  const expanded = await expandSources(args.sources);
  const batch = await ingestBatch(expanded.sources, {
    today,
    extract: extractEvents,
    ...(args.date ? { publishedAt: args.date } : {}),
    ...(args.timeoutMs ? { timeoutMs: args.timeoutMs } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });

  const summary: AddSummary = {
    added: [],
    duplicates: [],
    failures: [...expanded.failures, ...batch.failures],
    cancelled: batch.cancelled,
  };
  for (const item of batch.items) {
    // Checked against the store as it grows, so a batch that repeats itself is caught too.
    const same = findDuplicate(store.read().articles, item.article);
    if (same) {
      summary.duplicates.push({ source: item.source, title: same.title });
      continue;
    }
    await api.addArticle({ article: item.article, events: item.events });
    summary.added.push({ source: item.source, title: item.article.title, events: item.events.length });
  }
  return summary;
}

export function formatAddSummary(summary: AddSummary, db: string): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const events = summary.added.reduce((sum, a) => sum + a.events, 0);
  const lines = [`Added ${plural(summary.added.length, 'article')} (${plural(events, 'event')}) to ${db}.`];
  for (const added of summary.added) lines.push(`  + ${added.title} (${plural(added.events, 'event')})`);
  if (summary.duplicates.length > 0) {
    lines.push(`Skipped ${plural(summary.duplicates.length, 'article')} already in the timeline:`);
    for (const d of summary.duplicates) lines.push(`  = ${d.source} (same as "${d.title}")`);
  }
  if (summary.failures.length > 0) {
    lines.push(`${plural(summary.failures.length, 'source')} could not be added:`);
    for (const f of summary.failures) lines.push(`  ! ${f.source}: ${f.reason}`);
  }
  if (summary.cancelled) lines.push('Cancelled: the remaining sources were not read.');
  return lines.join('\n');
}

export const addCommand: CliCommand = {
  summary: 'Add articles (files, folders of articles, links) to a timeline file.',
  usage: USAGE,
  async run(args) {
    const parsed = parseAddArgs(args);
    if (typeof parsed === 'string') {
      process.stderr.write(`eventline add: ${parsed}\nusage: ${USAGE}\n`);
      return 2;
    }
    try {
      const info = await stat(parsed.db).catch(() => undefined);
      if (info?.isDirectory())
        throw new UserError('bad-input', `${parsed.db} is a folder; --db needs a file.`);
      const cancel = new AbortController();
      const onInterrupt = () => cancel.abort();
      process.once('SIGINT', onInterrupt);
      const showProgress = process.stderr.isTTY === true;
      const summary = await addSources(parsed, {
        signal: cancel.signal,
        ...(showProgress
          ? {
              onProgress: (p: BatchProgress) => {
                if (p.current) process.stderr.write(`\r\x1b[K[${p.done + 1}/${p.total}] ${p.current}`);
                if (p.done === p.total) process.stderr.write('\r\x1b[K');
              },
            }
          : {}),
      }).finally(() => process.off('SIGINT', onInterrupt));
      process.stdout.write(`${formatAddSummary(summary, parsed.db)}\n`);
      return summary.failures.length > 0 || summary.cancelled ? 1 : 0;
    } catch (error) {
      if (!isUserError(error)) throw error;
      process.stderr.write(`eventline add: ${error.message}\n`);
      return 1;
    }
  },
};
