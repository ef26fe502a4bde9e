import { describe, expect, it } from 'vitest';
import { UserError } from '../../../main/errors';
import { reanchorArticle } from '../../../main/ingest/reanchor';
import type { ExtractedEvent, TimelineDocument, TimelineEvent } from '../../../preload/domain';

const text = 'They met on Monday. They argued on Tuesday. They left on Friday.';
const span = (word: string) => {
  const start = text.indexOf(word);
  return { sourceStart: start, sourceEnd: start + word.length };
};

/** Each sentence dated relative to the reference date, as "on Monday" would be. */
const extract = (_text: string, { referenceDate }: { referenceDate: string }) => ({
  expressions: [],
  events: ['They met on Monday.', 'They argued on Tuesday.', 'They left on Friday.'].map(
    (quote): ExtractedEvent => ({
      title: quote.split(' ').slice(0, 2).join(' '),
      description: quote,
      start: referenceDate,
      precision: 'day',
      approximate: false,
      planned: false,
      quote,
      ...span(quote),
      timexes: [],
    }),
  ),
});

const stored = (fields: Partial<TimelineEvent> & Pick<TimelineEvent, 'id'>): TimelineEvent => ({
  title: 'x',
  description: '',
  start: '2024-01-15',
  precision: 'day',
  approximate: false,
  planned: false,
  origin: 'extracted',
  articleId: 'a1',
  tags: [],
  editedByUser: false,
  createdAt: '2024-01-16T00:00:00.000Z',
  updatedAt: '2024-01-16T00:00:00.000Z',
  timexes: [],
  ...fields,
});

function timeline(): TimelineDocument {
  return {
    version: 1,
    tags: [],
    articles: [
      {
        id: 'a1',
        title: 'Meeting',
        text,
        publishedAt: '2024-01-15',
        publishedAtSource: 'default-today',
        hash: 'h',
        importedAt: '2024-01-16T00:00:00.000Z',
      },
    ],
    events: [
      stored({ id: 'met', title: 'They met', ...span('They met on Monday.'), tags: ['t1'] }),
      stored({
        id: 'argued',
        title: 'Big row',
        start: '2024-01-10',
        editedByUser: true,
        ...span('They argued on Tuesday.'),
      }),
      stored({ id: 'manual', title: 'My note', origin: 'manual', editedByUser: true, articleId: undefined }),
      stored({ id: 'other', title: 'Other article', articleId: 'a2' }),
    ],
  };
}

describe('changing an article’s publication date', () => {
  const options = { extract, now: '2024-02-01T00:00:00.000Z', newId: () => 'new-id' };

  it('re-anchors its extracted events at once, keeping their ids and tags', () => {
    const draft = timeline();
    const result = reanchorArticle(draft, 'a1', '2024-03-04', options);
    expect(draft.articles[0]).toMatchObject({ publishedAt: '2024-03-04', publishedAtSource: 'user' });
    const met = draft.events.find((e) => e.id === 'met');
    expect(met).toMatchObject({
      start: '2024-03-04',
      tags: ['t1'],
      updatedAt: options.now,
      createdAt: '2024-01-16T00:00:00.000Z',
    });
    expect(draft.events.find((e) => e.id === 'new-id')).toMatchObject({
      title: 'They left',
      start: '2024-03-04',
      articleId: 'a1',
    });
    expect(result).toEqual({ changed: 2, keptEdited: 1 });
  });

  it('leaves events the user edited, manual events and other articles as they were', () => {
    const draft = timeline();
    const before = timeline().events;
    reanchorArticle(draft, 'a1', '2024-03-04', options);
    for (const id of ['argued', 'manual', 'other']) {
      expect(draft.events.find((e) => e.id === id)).toEqual(before.find((e) => e.id === id));
    }
    // The edited sentence is not extracted a second time next to the user's version.
    expect(draft.events.filter((e) => e.quote === 'They argued on Tuesday.')).toHaveLength(0);
    expect(
      draft.events.filter((e) => e.sourceStart === span('They argued on Tuesday.').sourceStart),
    ).toHaveLength(1);
  });

  it('refuses a bad date or a missing article', () => {
    expect(() => reanchorArticle(timeline(), 'a1', '2024-13-01', options)).toThrow(UserError);
    expect(() => reanchorArticle(timeline(), 'nope', '2024-03-04', options)).toThrow(
      'That article no longer exists',
    );
  });
});
