import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { makeApi } from './harness';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('importCsv', () => {
  it('adds the rows of a CSV export as events, skipping ones already there, in one undo step', async () => {
    const source = await makeApi();
    cleanup = source.cleanup;
    await source.api.createTag({ name: 'Energy' });
    const tagId = source.store.read().tags[0].id;
    await source.api.createEvent({ title: 'Pipeline opens', start: '2024-05-01', tags: [tagId] });
    await source.api.createEvent({ title: 'Ides of March', start: '-0043-03-15' });
    const csv = join(source.dir, 'events.csv');
    source.dialogs.saves.push(csv);
    await source.api.exportAs({ format: 'csv' });

    const target = await makeApi();
    try {
      await target.api.createEvent({ title: 'Already here', start: '2024-01-01' });
      target.dialogs.opens.push([csv]);
      const result = await target.api.importCsv();
      expect(result).toMatchObject({ added: 2, skipped: 0 });
      const titles = result!.document.events.map((e) => e.title).sort();
      expect(titles).toEqual(['Already here', 'Ides of March', 'Pipeline opens']);
      expect(result!.document.tags.map((t) => t.name)).toEqual(['Energy']);
      expect((await openStore(target.storePath)).read().events).toHaveLength(3);
      expect(await target.api.getHistory()).toMatchObject({ undoLabel: 'Import CSV' });
      await target.api.undo();
      expect(target.store.read().events.map((e) => e.title)).toEqual(['Already here']);

      // The same file again, into the source timeline: every row is already there.
      source.dialogs.opens.push([csv]);
      expect(await source.api.importCsv()).toMatchObject({ added: 0, skipped: 2 });
    } finally {
      await target.cleanup();
    }
  });

  it('refuses a file with a wrong row and leaves the timeline exactly as it was', async () => {
    const { api, dir, dialogs, store, ...rest } = await makeApi();
    cleanup = rest.cleanup;
    await api.createEvent({ title: 'Keep me', start: '2024-01-01' });
    const before = structuredClone(store.read());
    const bad = join(dir, 'bad.csv');
    await writeFile(bad, 'start,title\n2024-02-30,Leap day that is not\n');
    dialogs.opens.push([bad]);
    await expect(api.importCsv()).rejects.toThrow(/row 2: start: "2024-02-30" is not a date/);
    expect(store.read()).toEqual(before);
    expect(await api.importCsv()).toBeNull();
  });
});
