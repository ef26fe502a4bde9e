import type { TimelineDocument, TimelineEvent } from '../../../preload/domain';

export function event(
  partial: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'title' | 'start'>,
): TimelineEvent {
  return {
    description: '',
    precision: 'day',
    approximate: false,
    planned: false,
    origin: 'manual',
    tags: [],
    editedByUser: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...partial,
  };
}

export function documentWith(events: TimelineEvent[]): TimelineDocument {
  return {
    version: 1,
    articles: [
      {
        id: 'a1',
        title: 'Harbour bridge reopens',
        text: '',
        publishedAt: '2024-03-06',
        publishedAtSource: 'user',
        hash: 'h1',
        importedAt: '2024-03-06T10:00:00.000Z',
      },
      {
        id: 'a2',
        title: 'Council budget',
        text: '',
        publishedAt: '2024-02-01',
        publishedAtSource: 'user',
        hash: 'h2',
        importedAt: '2024-03-07T10:00:00.000Z',
      },
    ],
    events,
    tags: [
      { id: 't1', name: 'Politics', color: '#2f6fde' },
      { id: 't2', name: 'Transport', color: '#d9480f' },
    ],
  };
}

export const EVENTS: TimelineEvent[] = [
  event({
    id: 'e1',
    title: 'Bridge closed',
    start: '2023-07-03',
    origin: 'extracted',
    articleId: 'a1',
    tags: ['t2'],
    quote: 'Engineers closed the bridge on 3 July 2023.',
  }),
  event({
    id: 'e2',
    title: 'Bridge reopens',
    start: '2024-03-04',
    origin: 'extracted',
    articleId: 'a1',
    tags: ['t2', 't1'],
  }),
  event({
    id: 'e3',
    title: 'Budget vote',
    start: '2024-02-01',
    precision: 'month',
    articleId: 'a2',
    origin: 'extracted',
  }),
  event({ id: 'e4', title: 'Caesar assassinated', start: '-0043-03-15', tags: ['t1'] }),
  event({ id: 'e5', title: 'Café opening', start: '2024-05-20', end: '2024-05-22' }),
];
