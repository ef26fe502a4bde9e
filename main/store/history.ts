/**
 * Undo and redo for every change to the timeline. A step records, per collection, only the items
 * that changed (by id, with their position), so a long history of edits to a large timeline stays
 * small: the document itself is never kept twice.
 */
import type { HistoryState } from '../../preload/api';
import type { TimelineDocument } from '../../preload/domain';

type Collection = 'articles' | 'events' | 'tags';
const COLLECTIONS: readonly Collection[] = ['articles', 'events', 'tags'];

interface Identified {
  id: string;
}

interface ItemChange {
  id: string;
  before?: Identified;
  after?: Identified;
  /** Where the item stood before (for re-inserting a deleted one) and after (for re-adding). */
  indexBefore: number;
  indexAfter: number;
}

export interface HistoryStep {
  label: string;
  changes: Record<Collection, ItemChange[]>;
}

/** What changed between two versions of the document; null when nothing did. */
export function diffDocuments(
  before: TimelineDocument,
  after: TimelineDocument,
  label: string,
): HistoryStep | null {
  const changes = {} as Record<Collection, ItemChange[]>;
  let any = false;
  for (const name of COLLECTIONS) {
    const list: ItemChange[] = [];
    const old = new Map<string, [Identified, number]>(before[name].map((item, i) => [item.id, [item, i]]));
    const next = new Map<string, [Identified, number]>(after[name].map((item, i) => [item.id, [item, i]]));
    for (const [id, [item, index]] of old) {
      const counterpart = next.get(id);
      if (!counterpart) list.push({ id, before: item, indexBefore: index, indexAfter: -1 });
      else if (JSON.stringify(item) !== JSON.stringify(counterpart[0]))
        list.push({
          id,
          before: item,
          after: counterpart[0],
          indexBefore: index,
          indexAfter: counterpart[1],
        });
    }
    for (const [id, [item, index]] of next) {
      if (!old.has(id)) list.push({ id, after: item, indexBefore: -1, indexAfter: index });
    }
    changes[name] = list;
    any ||= list.length > 0;
  }
  return any ? { label, changes } : null;
}

/** Applies a step backwards (undo) or forwards (redo) to a draft of the document. */
export function applyStep(draft: TimelineDocument, step: HistoryStep, direction: 'undo' | 'redo'): void {
  for (const name of COLLECTIONS) {
    const items = draft[name] as Identified[];
    const changes = step.changes[name];
    const target = (c: ItemChange) => (direction === 'undo' ? c.before : c.after);
    const targetIndex = (c: ItemChange) => (direction === 'undo' ? c.indexBefore : c.indexAfter);
    const removed = new Set(changes.filter((c) => target(c) === undefined).map((c) => c.id));
    let result = items.filter((item) => !removed.has(item.id));
    const replaced = new Map(
      changes
        .filter((c) => target(c) !== undefined && (direction === 'undo' ? c.after : c.before))
        .map((c) => [c.id, c]),
    );
    result = result.map((item) => {
      const change = replaced.get(item.id);
      return change ? structuredClone(target(change)!) : item;
    });
    const inserted = changes
      .filter((c) => target(c) !== undefined && !(direction === 'undo' ? c.after : c.before))
      .sort((a, b) => targetIndex(a) - targetIndex(b));
    for (const change of inserted) {
      result.splice(Math.min(targetIndex(change), result.length), 0, structuredClone(target(change)!));
    }
    (draft[name] as Identified[]) = result;
  }
}

export class History {
  private readonly undoStack: HistoryStep[] = [];
  private readonly redoStack: HistoryStep[] = [];

  constructor(private readonly limit = 200) {}

  record(step: HistoryStep): void {
    this.undoStack.push(step);
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack.length = 0;
  }

  peekUndo(): HistoryStep | undefined {
    return this.undoStack.at(-1);
  }

  peekRedo(): HistoryStep | undefined {
    return this.redoStack.at(-1);
  }

  /** Moves the newest step to the redo stack (after it has been undone). */
  undone(): void {
    const step = this.undoStack.pop();
    if (step) this.redoStack.push(step);
  }

  /** Moves the newest redo step back (after it has been redone). */
  redone(): void {
    const step = this.redoStack.pop();
    if (step) this.undoStack.push(step);
  }

  state(): HistoryState {
    const undo = this.peekUndo();
    const redo = this.peekRedo();
    return {
      canUndo: undo !== undefined,
      canRedo: redo !== undefined,
      ...(undo ? { undoLabel: undo.label } : {}),
      ...(redo ? { redoLabel: redo.label } : {}),
    };
  }
}
