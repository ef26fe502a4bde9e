import { DataSet } from 'vis-data/peer';
import { describe, expect, it } from 'vitest';
import { sameEntry, syncDataSet } from '../../../renderer/src/timeline/dataset-sync';

interface Row {
  id: string;
  content: string;
  start: Date;
  end?: Date;
}

const row = (id: string, day: number, content = `Event ${id}`): Row => ({
  id,
  content,
  start: new Date(Date.UTC(2024, 0, day)),
});

describe('syncing the timeline DataSet', () => {
  it('touches only what changed, so one edit among 10,000 updates one item', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(`e${i}`, 1 + (i % 300)));
    const dataset = new DataSet<Row, 'id'>();
    expect(syncDataSet(dataset, rows)).toEqual({ added: 10_000, changed: 0, removed: 0 });

    const updates: unknown[] = [];
    dataset.on('update', (_event, payload) => updates.push(payload));
    const edited = rows.map((r) =>
      r.id === 'e42' ? { ...r, content: 'Renamed' } : { ...r, start: new Date(r.start) },
    );
    expect(syncDataSet(dataset, edited)).toEqual({ added: 0, changed: 1, removed: 0 });
    expect(updates).toHaveLength(1);
    expect(dataset.get('e42')?.content).toBe('Renamed');
  });

  it('removes what is gone and adds what is new in one pass', () => {
    const dataset = new DataSet<Row, 'id'>([row('a', 1), row('b', 2)]);
    expect(syncDataSet(dataset, [row('b', 2), row('c', 3)])).toEqual({ added: 1, changed: 0, removed: 1 });
    expect(dataset.getIds().sort()).toEqual(['b', 'c']);
  });

  it('notices a field that appears or disappears', () => {
    const base = row('a', 1);
    expect(sameEntry({ ...base }, { ...base })).toBe(true);
    expect(sameEntry({ ...base }, { ...base, end: new Date(0) })).toBe(false);
    expect(sameEntry({ ...base, start: new Date(1) }, { ...base, start: new Date(2) })).toBe(false);
  });
});
