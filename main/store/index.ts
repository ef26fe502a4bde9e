/**
 * The timeline on disk: one lowdb JSON document `{ version, articles, events, tags }`.
 *
 * Reading is done here rather than by lowdb so that a file that cannot be understood (not JSON, wrong
 * shape, written by a newer Eventline) is never overwritten: it is moved to a timestamped backup beside
 * it, the store starts empty, and a notice tells the user where the backup is. Every change is written
 * at once (lowdb writes atomically through a temporary file).
 */
import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { HistoryState } from '../../preload/api';
import type { TimelineDocument } from '../../preload/domain';
import { describeIssues, timelineDocumentSchema } from '../schemas';
import { applyStep, diffDocuments, History } from './history';
import { CURRENT_VERSION, migrate } from './migrations';

export { CURRENT_VERSION } from './migrations';

export interface TimelineStore {
  readonly path: string;
  /** Messages for the user about what happened when the store was opened. */
  readonly notices: string[];
  /** The current document. Treat it as read-only; change it through `update`. */
  read(): TimelineDocument;
  /**
   * Applies a change to a copy of the document, writes it, and only then makes it current. The change
   * becomes one undo step, named by `label` ("Delete event").
   */
  update(change: (draft: TimelineDocument) => void, label?: string): Promise<TimelineDocument>;
  /** Reverses the newest change (and saves); the document unchanged when there is none. */
  undo(): Promise<TimelineDocument>;
  redo(): Promise<TimelineDocument>;
  history(): HistoryState;
}

export const emptyDocument = (): TimelineDocument => ({
  version: CURRENT_VERSION,
  articles: [],
  events: [],
  tags: [],
});

interface LoadResult {
  document: TimelineDocument;
  notices: string[];
}

export interface OpenStoreOptions {
  /** Clock for backup names; tests pass a fixed one. */
  now?: () => Date;
}

export async function openStore(path: string, options: OpenStoreOptions = {}): Promise<TimelineStore> {
  const now = options.now ?? (() => new Date());
  await mkdir(dirname(path), { recursive: true });
  const { document, notices } = await load(path, now);
  const db = new Low<TimelineDocument>(new JSONFile<TimelineDocument>(path), emptyDocument());
  db.data = document;
  const history = new History();
  // Writes are serialised so that a change always builds on the one before it.
  let queue: Promise<unknown> = Promise.resolve();

  /** Makes `draft` current if it is valid and written; returns the document before it. */
  const commit = async (draft: TimelineDocument): Promise<TimelineDocument> => {
    const checked = timelineDocumentSchema.safeParse(draft);
    if (!checked.success) {
      throw new Error(`refusing to store an invalid timeline:\n${describeIssues(checked.error)}`);
    }
    const previous = db.data;
    db.data = draft;
    try {
      await db.write();
    } catch (error) {
      db.data = previous;
      throw error;
    }
    return previous;
  };

  const serialised = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

  const travel = (direction: 'undo' | 'redo') =>
    serialised(async () => {
      const step = direction === 'undo' ? history.peekUndo() : history.peekRedo();
      if (!step) return db.data;
      const draft = structuredClone(db.data);
      applyStep(draft, step, direction);
      await commit(draft);
      if (direction === 'undo') history.undone();
      else history.redone();
      return db.data;
    });

  return {
    path,
    notices,
    read: () => db.data,
    update(change, label = 'Change') {
      return serialised(async () => {
        const draft = structuredClone(db.data);
        change(draft);
        const previous = await commit(draft);
        const step = diffDocuments(previous, draft, label);
        if (step) history.record(step);
        return db.data;
      });
    },
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    history: () => history.state(),
  };
}

async function load(path: string, now: () => Date): Promise<LoadResult> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { document: emptyDocument(), notices: [] };
    throw error;
  }
  if (raw.trim() === '') return { document: emptyDocument(), notices: [] };

  let problem: string;
  try {
    const parsed: unknown = JSON.parse(raw);
    const migrated = migrate(parsed);
    if (migrated.ok) {
      const checked = timelineDocumentSchema.safeParse(migrated.document);
      if (checked.success) return { document: checked.data, notices: [] };
      problem = `it does not have the expected shape (${describeIssues(checked.error, 3).replace(/\n/g, '; ')})`;
    } else {
      problem = migrated.reason;
    }
  } catch {
    problem = 'it is not valid JSON';
  }
  const backup = await moveAside(path, now());
  return {
    document: emptyDocument(),
    notices: [
      `Your timeline file could not be read because ${problem}. It was kept, unchanged, as ${backup}. ` +
        'Eventline started with an empty timeline.',
    ],
  };
}

async function moveAside(path: string, when: Date): Promise<string> {
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const backup = join(dirname(path), `${basename(path, '.json')}.unreadable-${stamp}.json`);
  await rename(path, backup);
  return backup;
}
