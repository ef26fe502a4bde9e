import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CURRENT_VERSION, openStore } from '../../../main/store';
import { sampleEvent } from '../fixtures';

let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eventline-store-'));
  path = join(dir, 'timeline.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fixedNow = () => new Date('2024-03-05T10:20:30.000Z');

describe('store', () => {
  it('starts empty, with the schema version, when there is no file yet', async () => {
    const store = await openStore(path);
    expect(store.read()).toEqual({ version: CURRENT_VERSION, articles: [], events: [], tags: [] });
    expect(store.notices).toEqual([]);
  });

  it('writes every change to disk at once, and a new store reads it back', async () => {
    const store = await openStore(path);
    await store.update((doc) => {
      doc.events.push(sampleEvent('e1'));
    });
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    expect(onDisk.version).toBe(CURRENT_VERSION);
    expect(onDisk.events.map((e: { id: string }) => e.id)).toEqual(['e1']);

    const reopened = await openStore(path);
    expect(reopened.read()).toEqual(store.read());
  });

  it('applies concurrent changes one after another, losing none', async () => {
    const store = await openStore(path);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.update((doc) => {
          doc.events.push(sampleEvent(`e${i}`));
        }),
      ),
    );
    const reopened = await openStore(path);
    expect(reopened.read().events).toHaveLength(20);
  });

  it('refuses an invalid change and keeps the document as it was', async () => {
    const store = await openStore(path);
    await store.update((doc) => {
      doc.events.push(sampleEvent('kept'));
    });
    await expect(
      store.update((doc) => {
        doc.events.push({ ...sampleEvent('bad'), start: 'yesterday' });
      }),
    ).rejects.toThrow(/invalid timeline/);
    expect(store.read().events.map((e) => e.id)).toEqual(['kept']);
    expect((await openStore(path)).read().events.map((e) => e.id)).toEqual(['kept']);
  });

  it('moves a corrupt file to a timestamped backup, starts empty and says where the backup is', async () => {
    await writeFile(path, '{"version": 1, "events": [ this is not json');
    const store = await openStore(path, { now: fixedNow });
    expect(store.read().events).toEqual([]);
    const files = await readdir(dir);
    const backup = files.find((f) => f.startsWith('timeline.unreadable-2024-03-05T10-20-30'));
    expect(backup).toBeDefined();
    expect(await readFile(join(dir, backup!), 'utf8')).toBe('{"version": 1, "events": [ this is not json');
    expect(store.notices).toHaveLength(1);
    expect(store.notices[0]).toContain(join(dir, backup!));
    expect(store.notices[0]).toMatch(/not valid JSON/);
  });

  it('never overwrites a corrupt file: writing after recovery leaves the backup intact', async () => {
    await writeFile(path, 'garbage');
    const store = await openStore(path, { now: fixedNow });
    await store.update((doc) => {
      doc.events.push(sampleEvent('new'));
    });
    const files = (await readdir(dir)).sort();
    expect(files).toContain('timeline.json');
    const backup = files.find((f) => f.includes('unreadable'))!;
    expect(await readFile(join(dir, backup), 'utf8')).toBe('garbage');
  });

  it('backs up a well-formed JSON file of the wrong shape instead of guessing', async () => {
    await writeFile(path, JSON.stringify({ version: 1, events: [{ id: 'x' }] }));
    const store = await openStore(path, { now: fixedNow });
    expect(store.read().events).toEqual([]);
    expect(store.notices[0]).toMatch(/expected shape/);
    expect((await readdir(dir)).some((f) => f.includes('unreadable'))).toBe(true);
  });

  it('refuses a file from a newer Eventline and keeps it', async () => {
    await writeFile(
      path,
      JSON.stringify({ version: CURRENT_VERSION + 1, articles: [], events: [], tags: [] }),
    );
    const store = await openStore(path, { now: fixedNow });
    expect(store.notices[0]).toMatch(/newer Eventline/);
    expect((await readdir(dir)).some((f) => f.includes('unreadable'))).toBe(true);
  });

  it('treats an empty file as an empty timeline', async () => {
    await writeFile(path, '');
    const store = await openStore(path);
    expect(store.read().events).toEqual([]);
    expect(store.notices).toEqual([]);
  });
});
