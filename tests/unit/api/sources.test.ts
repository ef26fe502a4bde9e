import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractEvents } from '../../../main/extract';
import { openStore } from '../../../main/store';
import { migrate } from '../../../main/store/migrations';
import { sampleEvent } from '../fixtures';
import { makeApi } from './harness';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function setup() {
  const made = await makeApi({ extract: extractEvents });
  cleanup = made.cleanup;
  return made;
}

const FIRST = `Published: 2024-03-06
Council backs budget

The city council approved the new budget on Monday after a long debate.`;
const SECOND = `Published: 2024-03-07
Budget passes

On Monday, the city council approved the budget.`;
const THIRD = `Published: 2024-03-08
Vote at city hall

The city council approved the budget on Monday, officials said.`;
const REJECTED = `Published: 2024-03-07
Budget row

The city council rejected the budget on Monday.`;

type Made = Awaited<ReturnType<typeof setup>>;

async function add(made: Made, text: string) {
  const preview = await made.api.previewArticle({ text });
  return made.api.addArticle({ article: preview.article, events: preview.events });
}

const idOf = (made: Made, title: string) => made.store.read().articles.find((a) => a.title === title)!.id;

describe('one happening reported by several articles', () => {
  it('adds the second report as a source of the first event, and undo takes it off again', async () => {
    const made = await setup();
    await add(made, FIRST);
    const doc = await add(made, SECOND);
    expect(doc.articles).toHaveLength(2);
    expect(doc.events).toHaveLength(1);
    const [event] = doc.events;
    expect(event).toMatchObject({ articleId: idOf(made, 'Council backs budget'), start: '2024-03-04' });
    expect(event.sources).toEqual([
      expect.objectContaining({
        articleId: idOf(made, 'Budget passes'),
        quote: expect.stringContaining('On Monday, the city council approved the budget'),
      }),
    ]);
    expect(event.sources?.[0].timexes[0].text).toBe('Monday');
    expect((await made.api.getHistory()).undoLabel).toBe('Add article, merge reports');

    const undone = await made.api.undo();
    expect(undone.articles).toHaveLength(1);
    expect(undone.events).toHaveLength(1);
    expect(undone.events[0].sources).toBeUndefined();
  });

  it('keeps different happenings on the same day apart', async () => {
    const made = await setup();
    await add(made, FIRST);
    const doc = await add(made, REJECTED);
    expect(doc.events).toHaveLength(2);
    expect(doc.events.every((e) => e.sources === undefined)).toBe(true);
  });

  it('merges reports within a batch import, and counts them', async () => {
    const made = await setup();
    const files: string[] = [];
    for (const [i, text] of [FIRST, SECOND, THIRD].entries()) {
      files.push(join(made.dir, `story-${i}.txt`));
      await writeFile(files[i], text);
    }
    let status = await made.api.startImport({ sources: files });
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = await made.api.getImportStatus({ jobId: status.jobId });
    }
    expect(status).toMatchObject({ addedArticles: 3, addedEvents: 1, mergedReports: 2 });
    expect(made.store.read().events[0].sources).toHaveLength(2);
  });

  it('never merges into a manual event or one the user edited', async () => {
    const made = await setup();
    await add(made, FIRST);
    const [event] = made.store.read().events;
    await made.api.updateEvent({ id: event.id, patch: { title: 'City council approves budget' } });
    await made.api.createEvent({ title: 'City council approves budget', start: '2024-03-04' });
    const doc = await add(made, SECOND);
    expect(doc.events).toHaveLength(3);
    expect(doc.events.every((e) => e.sources === undefined)).toBe(true);
  });

  it('splits one report off as its own event with its article and quote, undoably', async () => {
    const made = await setup();
    await add(made, FIRST);
    await add(made, SECOND);
    await made.api.updateEvent({ id: made.store.read().events[0].id, patch: { tags: [] } });
    const [merged] = made.store.read().events;
    const second = idOf(made, 'Budget passes');
    const doc = await made.api.splitEventSource({ eventId: merged.id, articleId: second });
    expect(doc.events).toHaveLength(2);
    expect(doc.events[0].sources).toBeUndefined();
    expect(doc.events[0].articleId).toBe(idOf(made, 'Council backs budget'));
    expect(doc.events[1]).toMatchObject({
      articleId: second,
      start: merged.start,
      title: merged.title,
      quote: merged.sources?.[0].quote,
      description: merged.sources?.[0].quote,
      origin: 'extracted',
    });
    expect(doc.events[0].description).toBe(merged.description);
    expect((await made.api.getHistory()).undoLabel).toBe('Split event');
    expect((await made.api.undo()).events).toEqual([merged]);
    await expect(made.api.splitEventSource({ eventId: merged.id, articleId: 'nope' })).rejects.toThrow(
      /no other article/,
    );
  });

  it('splitting off the primary report makes the next one primary', async () => {
    const made = await setup();
    await add(made, FIRST);
    await add(made, SECOND);
    await add(made, THIRD);
    const [merged] = made.store.read().events;
    const doc = await made.api.splitEventSource({
      eventId: merged.id,
      articleId: idOf(made, 'Council backs budget'),
    });
    expect(doc.events[0].articleId).toBe(idOf(made, 'Budget passes'));
    expect(doc.events[0].sources?.map((s) => s.articleId)).toEqual([idOf(made, 'Vote at city hall')]);
    expect(doc.events[1].articleId).toBe(idOf(made, 'Council backs budget'));
  });

  it('deleting an article takes it off merged events; the next source becomes primary', async () => {
    const made = await setup();
    await add(made, FIRST);
    await add(made, SECOND);
    await add(made, THIRD);
    let doc = await made.api.deleteArticle({ id: idOf(made, 'Budget passes') });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].sources?.map((s) => s.articleId)).toEqual([idOf(made, 'Vote at city hall')]);
    doc = await made.api.deleteArticle({ id: idOf(made, 'Council backs budget') });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]).toMatchObject({ articleId: idOf(made, 'Vote at city hall') });
    expect(doc.events[0].quote).toContain('officials said');
    expect(doc.events[0].description).toContain('officials said');
    expect(doc.events[0].sources).toBeUndefined();
    doc = await made.api.deleteArticle({ id: idOf(made, 'Vote at city hall') });
    expect(doc.events).toEqual([]);
  });

  it('re-dating one of the reporting articles takes its report off as an event with the new dates', async () => {
    const made = await setup();
    await add(made, FIRST);
    await add(made, SECOND);
    const second = idOf(made, 'Budget passes');
    const doc = await made.api.updateArticle({ id: second, patch: { publishedAt: '2024-03-14' } });
    expect(doc.events).toHaveLength(2);
    expect(doc.events[0]).toMatchObject({
      start: '2024-03-04',
      articleId: idOf(made, 'Council backs budget'),
    });
    expect(doc.events[0].sources).toBeUndefined();
    expect(doc.events[1]).toMatchObject({ start: '2024-03-11', articleId: second });
  });

  it('re-dating the primary article hands the event to the next report', async () => {
    const made = await setup();
    await add(made, FIRST);
    await add(made, SECOND);
    const first = idOf(made, 'Council backs budget');
    const doc = await made.api.updateArticle({ id: first, patch: { publishedAt: '2024-03-14' } });
    expect(doc.events).toHaveLength(2);
    expect(doc.events[0]).toMatchObject({ start: '2024-03-04', articleId: idOf(made, 'Budget passes') });
    expect(doc.events[0].quote).toContain('On Monday, the city council');
    expect(doc.events[1]).toMatchObject({ start: '2024-03-11', articleId: first });
    expect(doc.events[1].timexes?.[0].value).toBe('2024-03-11');
  });

  it('re-dating to a date that keeps the same Monday leaves the merge alone', async () => {
    const made = await setup();
    await add(made, FIRST);
    await add(made, SECOND);
    const doc = await made.api.updateArticle({
      id: idOf(made, 'Budget passes'),
      patch: { publishedAt: '2024-03-08' },
    });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].sources).toHaveLength(1);
  });

  it('a JSON export with merged events reads back identically', async () => {
    const made = await setup();
    await add(made, FIRST);
    await add(made, SECOND);
    const path = join(made.dir, 'out.json');
    made.dialogs.saves.push(path);
    await made.api.exportJson();
    const before = structuredClone(made.store.read());
    await made.api.deleteArticle({ id: idOf(made, 'Budget passes') });
    made.dialogs.opens.push([path]);
    const after = await made.api.importJson();
    expect(after?.events).toEqual(before.events);
    expect(after?.articles).toEqual(before.articles);
  });

  it('refuses an export whose event cites a missing article among its sources', async () => {
    const made = await setup();
    await add(made, FIRST);
    await add(made, SECOND);
    const path = join(made.dir, 'out.json');
    made.dialogs.saves.push(path);
    await made.api.exportJson();
    const exported = JSON.parse(await readFile(path, 'utf8'));
    exported.articles = exported.articles.slice(0, 1);
    await writeFile(path, JSON.stringify(exported));
    made.dialogs.opens.push([path]);
    await expect(made.api.importJson()).rejects.toThrow(/article is missing/);
  });
});

describe('schema version 2', () => {
  it('opens a version-1 file as is, and writes it back as version 2', async () => {
    const made = await setup();
    const v1 = {
      version: 1,
      articles: [],
      events: [sampleEvent('e1', { title: 'Summit' })],
      tags: [],
    };
    const path = join(made.dir, 'v1.json');
    await writeFile(path, JSON.stringify(v1));
    const store = await openStore(path);
    expect(store.notices).toEqual([]);
    expect(store.read()).toEqual({ ...v1, version: 2 });
    await store.update(() => {}, 'Nothing');
    await store.update((d) => {
      d.tags.push({ id: 't', name: 'x', color: '#000000' });
    });
    expect(JSON.parse(await readFile(path, 'utf8')).version).toBe(2);
  });

  it('drops an empty sources list when upgrading, and refuses a newer version', () => {
    const upgraded = migrate({ version: 1, articles: [], events: [{ id: 'e', sources: [] }], tags: [] });
    expect(upgraded).toEqual({
      ok: true,
      document: { version: 2, articles: [], events: [{ id: 'e' }], tags: [] },
    });
    expect(migrate({ version: 3, articles: [], events: [], tags: [] }).ok).toBe(false);
  });
});
