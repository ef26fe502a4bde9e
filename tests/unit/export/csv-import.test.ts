import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../main/export/csv';
import { eventsFromCsv, parseCsv } from '../../../main/export/csv-import';
import type { TimelineDocument } from '../../../preload/domain';
import { sampleEvent } from '../fixtures';

const empty = (): TimelineDocument => ({ version: 1, articles: [], events: [], tags: [] });
let counter = 0;
const options = {
  fileName: 'sheet.csv',
  now: '2024-02-01T00:00:00.000Z',
  newId: () => `new-${++counter}`,
  tagColor: () => '#2f6fde',
};

describe('CSV import', () => {
  it('parses quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('reads back an Eventline CSV export into the same manual events, tags by name', () => {
    const source: TimelineDocument = {
      ...empty(),
      tags: [{ id: 't1', name: 'Energy', color: '#d9480f' }],
      events: [
        sampleEvent('a', { title: '=Formula-looking, title', start: '-0043-03-15', description: 'Ides' }),
        sampleEvent('b', {
          start: '2024-05-01',
          end: '2024-05-03',
          tags: ['t1'],
          approximate: true,
          planned: true,
        }),
        sampleEvent('c', { start: '2024-05-01T09:30', precision: 'minute' }),
      ],
    };
    const { events, newTags, skipped } = eventsFromCsv(toCsv(source), empty(), options);
    expect(skipped).toBe(0);
    expect(newTags.map((t) => t.name)).toEqual(['Energy']);
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const original of source.events) {
      const back = byId.get(original.id)!;
      expect(back).toMatchObject({
        title: original.title,
        description: original.description,
        start: original.start,
        precision: original.precision,
        approximate: original.approximate,
        planned: original.planned,
        origin: 'manual',
      });
      expect(back.end).toBe(original.end);
    }
    expect(byId.get('b')!.tags).toEqual([newTags[0].id]);
  });

  it('skips rows for events the timeline already has', () => {
    const current = { ...empty(), events: [sampleEvent('a')] };
    const csv = toCsv({ ...empty(), events: [sampleEvent('a'), sampleEvent('b')] });
    const result = eventsFromCsv(csv, current, options);
    expect(result.skipped).toBe(1);
    expect(result.events.map((e) => e.id)).toEqual(['b']);
  });

  it('accepts a plain spreadsheet with just start and title columns', () => {
    const { events } = eventsFromCsv('Title,Start\nCouncil vote,2024-03-05\n', empty(), options);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      title: 'Council vote',
      start: '2024-03-05',
      precision: 'day',
      tags: [],
    });
  });

  it('lists every wrong row and imports nothing', () => {
    const csv = [
      'start,end,title,precision,approximate',
      '2024-03-05,,Fine,day,false',
      '5 March,,Bad date,day,false',
      '2024-03-05,2024-03-01,Backwards,,',
      '2024-03-05,,,fortnight,maybe',
    ].join('\n');
    let message = '';
    try {
      eventsFromCsv(csv, empty(), options);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('sheet.csv has problems, so nothing was imported');
    expect(message).toContain('row 3: start: "5 March" is not a date');
    expect(message).toContain('row 4: end: is before start');
    expect(message).toContain('row 5: title: must not be empty');
    expect(message).toContain('row 5: precision: "fortnight"');
    expect(message).toContain('row 5: approximate: "maybe" is not true or false');
  });

  it('refuses a file without the columns it needs, or with an unclosed quote', () => {
    expect(() => eventsFromCsv('when,what\n2024-01-01,x\n', empty(), options)).toThrow(
      /has no start or title column/,
    );
    expect(() => eventsFromCsv('start,title\n2024-01-01,"open\n', empty(), options)).toThrow(/never closed/);
  });
});
