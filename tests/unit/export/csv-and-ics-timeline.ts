/** A small timeline for the export tests: awkward text, every kind of date. */
import type { TimelineDocument, TimelineEvent } from '../../../preload/domain';

const base = {
  description: '',
  approximate: false,
  planned: false,
  origin: 'extracted' as const,
  tags: [],
  editedByUser: false,
  createdAt: '2024-01-16T10:00:00.000Z',
  updatedAt: '2024-01-16T10:00:00.000Z',
};

export const event = (
  fields: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'title' | 'start'>,
): TimelineEvent => ({
  precision: 'day',
  ...base,
  ...fields,
});

export const timeline: TimelineDocument = {
  version: 1,
  articles: [
    {
      id: 'art-1',
      title: 'Harbour bridge reopens, "at last"',
      text: 'The bridge reopened.',
      url: 'https://courier.example/news/bridge',
      publishedAt: '2024-01-16',
      publishedAtSource: 'json-ld',
      hash: 'h1',
      importedAt: '2024-01-16T10:00:00.000Z',
    },
  ],
  tags: [{ id: 'tag-1', name: 'Transport; roads', color: '#336699' }],
  events: [
    event({
      id: 'ev-reopen',
      title: 'Bridge reopens, after 2 years',
      description: 'Reopened to traffic.\nCyclists wait; lane opens later.',
      start: '2024-01-15',
      articleId: 'art-1',
      quote: 'The Harbour Road bridge reopened to traffic on Monday, "at last".',
      tags: ['tag-1'],
    }),
    event({
      id: 'ev-closed',
      title: 'Bridge closes',
      start: '2021-08-09',
      end: '2021-08-09',
      articleId: 'art-1',
    }),
    event({
      id: 'ev-month',
      title: 'Cycle lane opens',
      start: '2024-03-01',
      end: '2024-03-31',
      precision: 'month',
      planned: true,
    }),
    event({
      id: 'ev-year',
      title: 'Budget approved',
      start: '2020-01-01',
      precision: 'year',
      approximate: true,
    }),
    event({ id: 'ev-time', title: 'Ceremony starts', start: '2024-01-15T10:30', precision: 'minute' }),
    event({
      id: 'ev-bce',
      title: 'Caesar is killed',
      start: '-0043-03-15',
      origin: 'manual',
      editedByUser: true,
    }),
    event({ id: 'ev-formula', title: '=HYPERLINK("http://evil.example")', start: '2024-02-01' }),
    event({
      id: 'ev-long',
      title: `Long ${'é'.repeat(60)} title`,
      start: '2024-02-29',
      description: 'x'.repeat(300),
    }),
  ],
};
