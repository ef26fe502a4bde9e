import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { applyStep, diffDocuments } from '../../../main/store/history';
import type { TimelineDocument } from '../../../preload/domain';
import { sampleArticle, sampleEvent } from '../fixtures';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eventline-history-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('undo and redo', () => {
  it('undoes a delete back into its old place, redoes it, and saves each step', async () => {
    const path = join(dir, 't.json');
    const store = await openStore(path);
    await store.update((d) => {
      d.events.push(sampleEvent('a'), sampleEvent('b'), sampleEvent('c'));
    }, 'Add events');
    const full = structuredClone(store.read());
    await store.update((d) => {
      d.events = d.events.filter((e) => e.id !== 'b');
    }, 'Delete event');
    expect(store.history()).toMatchObject({ canUndo: true, canRedo: false, undoLabel: 'Delete event' });

    await store.undo();
    expect(store.read()).toEqual(full);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(full);
    expect(store.history()).toMatchObject({
      canRedo: true,
      redoLabel: 'Delete event',
      undoLabel: 'Add events',
    });

    await store.redo();
    expect(store.read().events.map((e) => e.id)).toEqual(['a', 'c']);
    expect((await openStore(path)).read().events.map((e) => e.id)).toEqual(['a', 'c']);
  });

  it('a new change after undo clears what could be redone', async () => {
    const store = await openStore(join(dir, 't.json'));
    await store.update((d) => {
      d.events.push(sampleEvent('a'));
    });
    await store.undo();
    await store.update((d) => {
      d.events.push(sampleEvent('b'));
    });
    expect(store.history().canRedo).toBe(false);
    await store.undo();
    await store.undo();
    expect(store.read().events).toEqual([]);
  });

  it('undo with nothing to undo leaves the document as it is', async () => {
    const store = await openStore(join(dir, 't.json'));
    expect(await store.undo()).toEqual(store.read());
    expect(store.history()).toEqual({ canUndo: false, canRedo: false });
  });

  it('a change that changes nothing is not a step', async () => {
    const store = await openStore(join(dir, 't.json'));
    await store.update(() => {});
    expect(store.history().canUndo).toBe(false);
  });

  it('any change undone and redone restores each version exactly (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const documentArb = fc
      .record({
        events: fc
          .subarray(ids)
          .chain((chosen) =>
            fc
              .shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length })
              .chain((order) =>
                fc.tuple(
                  ...order.map((id) =>
                    fc.constantFrom(`${id} v1`, `${id} v2`).map((title) => sampleEvent(id, { title })),
                  ),
                ),
              ),
          ),
        articles: fc.subarray(['x', 'y']).map((list) => list.map((id) => sampleArticle(id))),
      })
      .map(({ events, articles }): TimelineDocument => ({ version: 1, articles, events, tags: [] }));
    fc.assert(
      fc.property(documentArb, documentArb, (before, after) => {
        const step = diffDocuments(before, after, 'step');
        if (!step) {
          expect(after).toEqual(before);
          return;
        }
        const undone = structuredClone(after);
        applyStep(undone, step, 'undo');
        expect(undone.events.map((e) => e.id).sort()).toEqual(before.events.map((e) => e.id).sort());
        expect(new Set(undone.events.map((e) => JSON.stringify(e)))).toEqual(
          new Set(before.events.map((e) => JSON.stringify(e))),
        );
        const redone = structuredClone(undone);
        applyStep(redone, step, 'redo');
        expect(new Set(redone.events.map((e) => JSON.stringify(e)))).toEqual(
          new Set(after.events.map((e) => JSON.stringify(e))),
        );
        expect(redone.articles).toEqual(after.articles);
      }),
    );
  });
});
