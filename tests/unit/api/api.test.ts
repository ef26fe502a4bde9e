import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { makeApi } from './harness';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function setup() {
  const made = await makeApi();
  cleanup = made.cleanup;
  return made;
}

describe('article import', () => {
  it('previews a pasted article using its Published line as the reference date, storing nothing', async () => {
    const { api, store } = await setup();
    const preview = await api.previewArticle({
      text: 'Published: 2024-01-16\nLeaders talk\n\nThey spoke on Monday.',
    });
    expect(preview.article).toMatchObject({
      title: 'Leaders talk',
      publishedAt: '2024-01-16',
      publishedAtSource: 'published-line',
    });
    expect(preview.article.text.startsWith('Leaders talk')).toBe(true);
    expect(preview.events.map((e) => e.start)).toEqual(['2024-01-15']);
    expect(store.read().articles).toEqual([]);
  });

  it('uses the date the user set over the one in the text', async () => {
    const { api } = await setup();
    const preview = await api.previewArticle({
      text: 'Published: 2024-01-16\nThey spoke on Monday.',
      publishedAt: '2024-03-06',
    });
    expect(preview.article.publishedAtSource).toBe('user');
    expect(preview.events[0].start).toBe('2024-03-04');
  });

  it('falls back to today, and says so, when the text has no date', async () => {
    const { api } = await setup();
    const preview = await api.previewArticle({ text: 'Nothing dated here.' });
    expect(preview.article).toMatchObject({ publishedAt: '2024-02-01', publishedAtSource: 'default-today' });
  });

  it('adds the article with only the accepted events, and they keep their article and quote', async () => {
    const { api, storePath } = await setup();
    const preview = await api.previewArticle({
      text: 'Talks\nThey spoke on Monday.',
      publishedAt: '2024-01-16',
    });
    const doc = await api.addArticle({ article: preview.article, events: preview.events });
    expect(doc.articles).toHaveLength(1);
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]).toMatchObject({
      origin: 'extracted',
      articleId: doc.articles[0].id,
      quote: 'Talks\nThey spoke on Monday.',
      editedByUser: false,
    });
    const onDisk = JSON.parse(await readFile(storePath, 'utf8'));
    expect(onDisk.events).toHaveLength(1);
  });

  it('recognises the same text imported again', async () => {
    const { api } = await setup();
    const first = await api.previewArticle({ text: 'Talks\nThey spoke on Monday.' });
    await api.addArticle({ article: first.article, events: [] });
    const again = await api.previewArticle({ text: '  talks\n\nThey   spoke on Monday. ' });
    expect(again.duplicateOf?.title).toBe('Talks');
  });

  it('deleting an article removes its events but not manual ones', async () => {
    const { api } = await setup();
    const preview = await api.previewArticle({ text: 'Talks\nThey spoke on Monday.' });
    const doc = await api.addArticle({ article: preview.article, events: preview.events });
    await api.createEvent({ title: 'My note', start: '2024-01-01' });
    const after = await api.deleteArticle({ id: doc.articles[0].id });
    expect(after.articles).toEqual([]);
    expect(after.events.map((e) => e.title)).toEqual(['My note']);
  });
});

describe('manual events', () => {
  it('creates, edits and deletes an event, saving each change', async () => {
    const { api, storePath } = await setup();
    let doc = await api.createEvent({
      title: ' Summit ',
      start: '2024-05-01',
      end: '2024-05-03',
      description: 'Three days',
    });
    const [event] = doc.events;
    expect(event).toMatchObject({ title: 'Summit', origin: 'manual', precision: 'day', end: '2024-05-03' });

    doc = await api.updateEvent({ id: event.id, patch: { title: 'Summit in Oslo', end: undefined } });
    expect(doc.events[0].title).toBe('Summit in Oslo');
    expect(doc.events[0].end).toBeUndefined();
    expect((await openStore(storePath)).read().events[0].title).toBe('Summit in Oslo');

    doc = await api.deleteEvent({ id: event.id });
    expect(doc.events).toEqual([]);
    expect((await openStore(storePath)).read().events).toEqual([]);
  });

  it('refuses an end before the start with a message, changing nothing', async () => {
    const { api, store } = await setup();
    await expect(
      api.createEvent({ title: 'Backwards', start: '2024-05-03', end: '2024-05-01' }),
    ).rejects.toThrow('The end date is before the start date.');
    expect(store.read().events).toEqual([]);
  });

  it('marks an extracted event as edited by the user once changed', async () => {
    const { api } = await setup();
    const preview = await api.previewArticle({ text: 'They spoke on Monday.', publishedAt: '2024-01-16' });
    const doc = await api.addArticle({ article: preview.article, events: preview.events });
    const updated = await api.updateEvent({ id: doc.events[0].id, patch: { start: '2024-01-14' } });
    expect(updated.events[0]).toMatchObject({ start: '2024-01-14', editedByUser: true, origin: 'extracted' });
  });

  it('says clearly when the event is gone', async () => {
    const { api } = await setup();
    await expect(api.deleteEvent({ id: 'nope' })).rejects.toThrow(/no longer exists/);
  });

  it('handles BCE dates in astronomical numbering', async () => {
    const { api } = await setup();
    const doc = await api.createEvent({ title: 'Ides of March', start: '-0043-03-15' });
    expect(doc.events[0].start).toBe('-0043-03-15');
    await expect(
      api.createEvent({ title: 'Backwards', start: '-0043-03-15', end: '-0044-01-01' }),
    ).rejects.toThrow(/before the start/);
  });
});

describe('export and import', () => {
  it('JSON export then import into an empty timeline gives the identical document', async () => {
    const source = await setup();
    const preview = await source.api.previewArticle({
      text: 'Talks\nThey spoke on Monday.',
      publishedAt: '2024-01-16',
    });
    await source.api.addArticle({ article: preview.article, events: preview.events });
    await source.api.createEvent({ title: 'Old battle', start: '-0490-09-12', precision: 'day' });
    const file = join(source.dir, 'export.json');
    source.dialogs.saves.push(file);
    expect(await source.api.exportJson()).toEqual({ path: file });

    const target = await makeApi();
    try {
      target.dialogs.opens.push([file]);
      const imported = await target.api.importJson();
      expect(imported).toEqual(source.store.read());
      expect((await openStore(target.storePath)).read()).toEqual(source.store.read());
    } finally {
      await target.cleanup();
    }
  });

  it('a cancelled dialog exports nothing', async () => {
    const { api } = await setup();
    expect(await api.exportJson()).toBeNull();
    expect(await api.importJson()).toBeNull();
    expect(await api.savePng({ data: new Uint8Array([1]) })).toBeNull();
  });

  it('a malformed import says what is wrong and leaves the timeline exactly as it was', async () => {
    const { api, dir, dialogs, store } = await setup();
    await api.createEvent({ title: 'Keep me', start: '2024-01-01' });
    const before = structuredClone(store.read());
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"format": "eventline-timeline", "version": 1, "articles": [], "events": [');
    dialogs.opens.push([broken]);
    await expect(api.importJson()).rejects.toThrow(/broken\.json is not valid JSON/);

    const wrongShape = join(dir, 'shape.json');
    await writeFile(
      wrongShape,
      JSON.stringify({
        format: 'eventline-timeline',
        version: 1,
        articles: [],
        tags: [],
        events: [{ id: 'x', title: '', start: 'soon' }],
      }),
    );
    dialogs.opens.push([wrongShape]);
    await expect(api.importJson()).rejects.toThrow(/events\[0\]\.start/);
    expect(store.read()).toEqual(before);
  });

  it('writes the PNG bytes the renderer drew where the user chose', async () => {
    const { api, dir, dialogs } = await setup();
    const file = join(dir, 'shot.png');
    dialogs.saves.push(file);
    await api.savePng({ data: new Uint8Array([137, 80, 78, 71]) });
    expect([...(await readFile(file))]).toEqual([137, 80, 78, 71]);
  });
});

describe('samples and links', () => {
  it('lists and loads the samples once, with their extracted events', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    const seeds = join(made.dir, 'seeds');
    await mkdir(seeds);
    await writeFile(
      join(seeds, 'call.txt'),
      'Published: 2024-01-16\nA call\n\nThe leaders spoke on Monday.\n',
    );
    await writeFile(
      join(seeds, 'index.json'),
      JSON.stringify([{ id: 'call', file: 'call.txt', title: 'A call', publishedAt: '2024-01-16' }]),
    );
    expect(await made.api.listSamples()).toEqual([
      { id: 'call', title: 'A call', publishedAt: '2024-01-16' },
    ]);
    const doc = await made.api.loadSamples();
    expect(doc.articles.map((a) => a.title)).toEqual(['A call']);
    expect(doc.events.map((e) => e.start)).toEqual(['2024-01-15']);
    const again = await made.api.loadSamples();
    expect(again.articles).toHaveLength(1);
  });

  it('opens only http(s) links', async () => {
    const { api, opened } = await setup();
    await api.openExternal({ url: 'https://example.org/a' });
    await expect(api.openExternal({ url: 'file:///etc/passwd' })).rejects.toThrow(/Only http/);
    await expect(api.openExternal({ url: 'javascript:alert(1)' })).rejects.toThrow(/Only http/);
    expect(opened).toEqual(['https://example.org/a']);
  });
});

describe('changing an article', () => {
  it('a new publication date re-dates its extracted events at once, but not the ones edited by hand', async () => {
    const { api } = await setup();
    const text = 'Talks\nThey spoke on Monday.\nAnd again on Monday.';
    const preview = await api.previewArticle({ text, publishedAt: '2024-01-16' });
    let doc = await api.addArticle({ article: preview.article, events: preview.events });
    await api.createEvent({ title: 'Manual', start: '2024-01-02' });
    const [extracted] = doc.events;
    doc = await api.updateArticle({ id: doc.articles[0].id, patch: { publishedAt: '2024-03-06' } });
    expect(doc.articles[0]).toMatchObject({ publishedAt: '2024-03-06', publishedAtSource: 'user' });
    expect(doc.events.find((e) => e.id === extracted.id)?.start).toBe('2024-03-04');
    expect(doc.events.find((e) => e.title === 'Manual')?.start).toBe('2024-01-02');

    await api.updateEvent({ id: extracted.id, patch: { start: '2024-02-02' } });
    doc = await api.updateArticle({ id: doc.articles[0].id, patch: { publishedAt: '2024-01-16' } });
    expect(doc.events.find((e) => e.id === extracted.id)?.start).toBe('2024-02-02');
  });

  it('renames an article', async () => {
    const { api } = await setup();
    const preview = await api.previewArticle({ text: 'Old title\nBody.' });
    const doc = await api.addArticle({ article: preview.article, events: [] });
    const renamed = await api.updateArticle({ id: doc.articles[0].id, patch: { title: ' New title ' } });
    expect(renamed.articles[0].title).toBe('New title');
  });
});

describe('other export formats', () => {
  it('writes CSV and iCalendar where the user chose, and says which events iCalendar cannot hold', async () => {
    const { api, dir, dialogs } = await setup();
    await api.createEvent({ title: 'Treaty, signed', start: '2024-05-01' });
    await api.createEvent({ title: 'Ides of March', start: '-0043-03-15' });
    dialogs.saves.push(join(dir, 't.csv'), join(dir, 't.ics'));
    const csv = await api.exportAs({ format: 'csv' });
    expect(csv).toEqual({ path: join(dir, 't.csv'), notices: [] });
    expect(await readFile(join(dir, 't.csv'), 'utf8')).toContain('"Treaty, signed"');
    const ics = await api.exportAs({ format: 'ics' });
    expect(ics?.notices).toEqual(['1 event was left out: iCalendar only holds years 1 to 9999.']);
    const text = await readFile(join(dir, 't.ics'), 'utf8');
    expect(text).toContain('BEGIN:VEVENT');
    expect(text).toContain('DTSTART;VALUE=DATE:20240501');
    expect(dialogs.asked).toEqual(['Export timeline as CSV spreadsheet', 'Export timeline as iCalendar']);
  });
});

describe('undo, tags and images', () => {
  it('undoes and redoes any change through the API, naming it', async () => {
    const { api } = await setup();
    await api.createEvent({ title: 'Launch', start: '2024-04-01', end: '2024-04-03' });
    const [event] = (await api.getState()).document.events;
    await api.updateEvent({ id: event.id, patch: { end: null } });
    expect((await api.getState()).document.events[0].end).toBeUndefined();
    expect(await api.getHistory()).toMatchObject({ canUndo: true, undoLabel: 'Edit event' });
    const undone = await api.undo();
    expect(undone.events[0].end).toBe('2024-04-03');
    const undoneTwice = await api.undo();
    expect(undoneTwice.events).toEqual([]);
    expect(await api.getHistory()).toMatchObject({ canUndo: false, canRedo: true, redoLabel: 'Add event' });
    const redone = await api.redo();
    expect(redone.events.map((e) => e.title)).toEqual(['Launch']);
  });

  it('creates tags with distinct colours, refuses a duplicate name, and deleting one untags events', async () => {
    const { api } = await setup();
    let doc = await api.createTag({ name: 'Energy' });
    doc = await api.createTag({ name: 'Diplomacy', color: '#123456' });
    const [energy, diplomacy] = doc.tags;
    expect(energy.color).not.toBe(diplomacy.color);
    expect(diplomacy.color).toBe('#123456');
    await expect(api.createTag({ name: ' energy ' })).rejects.toThrow(/already a tag called "energy"/);
    doc = await api.createEvent({ title: 'Deal', start: '2024-01-01', tags: [energy.id, diplomacy.id] });
    doc = await api.updateTag({ id: energy.id, patch: { name: 'Oil and gas' } });
    expect(doc.tags[0].name).toBe('Oil and gas');
    doc = await api.deleteTag({ id: energy.id });
    expect(doc.tags.map((t) => t.name)).toEqual(['Diplomacy']);
    expect(doc.events[0].tags).toEqual([diplomacy.id]);
    doc = await api.undo();
    expect(doc.events[0].tags).toEqual([energy.id, diplomacy.id]);
  });

  it('saves an SVG the renderer drew', async () => {
    const { api, dir, dialogs } = await setup();
    dialogs.saves.push(join(dir, 'timeline.svg'));
    const data = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    expect(await api.saveImage({ data, format: 'svg' })).toEqual({ path: join(dir, 'timeline.svg') });
    expect(await readFile(join(dir, 'timeline.svg'), 'utf8')).toContain('<svg');
    expect(dialogs.asked.at(-1)).toBe('Export timeline as SVG');
  });

  it('a sample without a Published line is dated by its index entry', async () => {
    const made = await makeApi();
    cleanup = made.cleanup;
    const seeds = join(made.dir, 'seeds');
    await mkdir(seeds);
    await writeFile(join(seeds, 'undated.txt'), 'Undated\n\nThe board met on Monday.\n');
    await writeFile(
      join(seeds, 'index.json'),
      JSON.stringify([{ id: 'u', file: 'undated.txt', title: 'Undated', publishedAt: '2024-01-16' }]),
    );
    const doc = await made.api.loadSamples();
    expect(doc.articles[0]).toMatchObject({ publishedAt: '2024-01-16', publishedAtSource: 'published-line' });
    expect(doc.events[0].start).toBe('2024-01-15');
  });
});

describe('manual events in an article lane', () => {
  it('attaches a manual event to an existing article, and refuses an unknown one', async () => {
    const { api } = await setup();
    const preview = await api.previewArticle({
      text: 'Talks\nThey spoke on Monday.',
      publishedAt: '2024-01-16',
    });
    const doc = await api.addArticle({ article: preview.article, events: [] });
    const articleId = doc.articles[0].id;
    const withEvent = await api.createEvent({ title: 'Follow-up call', start: '2024-01-20', articleId });
    expect(withEvent.events[0]).toMatchObject({ origin: 'manual', articleId });
    await expect(api.createEvent({ title: 'Lost', start: '2024-01-20', articleId: 'nope' })).rejects.toThrow(
      /article no longer exists/,
    );
  });
});
