import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv } from '../../../main/export/csv';
import { toIcs } from '../../../main/export/ics';
import type { TimelineDocument } from '../../../preload/domain';
import { sampleArticle } from '../fixtures';
import { event } from './csv-and-ics-timeline';

const merged: TimelineDocument = {
  version: 2,
  articles: [
    sampleArticle('a1', { title: 'Council backs budget', url: 'https://one.example/budget' }),
    sampleArticle('a2', { title: '=Budget passes' }),
  ],
  tags: [],
  events: [
    event({
      id: 'ev',
      title: 'City council approves budget',
      start: '2024-03-04',
      articleId: 'a1',
      quote: 'The council approved the budget on Monday.',
      sources: [
        {
          articleId: 'a2',
          quote: 'On Monday, the council approved it.',
          sourceStart: 0,
          sourceEnd: 34,
          timexes: [],
        },
      ],
    }),
    event({ id: 'solo', title: 'Manual note', start: '2024-03-05', origin: 'manual' }),
  ],
};

describe('exports of an event several articles reported', () => {
  it('CSV lists every reporting article in the sources column, primary first, formula-guarded', () => {
    const rows = toCsv(merged).slice(1).split('\r\n');
    const sourcesAt = CSV_COLUMNS.indexOf('sources');
    expect(rows[0].split(',')[sourcesAt]).toBe('sources');
    expect(rows[1].split(',').at(-1)).toBe('Council backs budget; =Budget passes');
    expect(rows[2].split(',').at(-1)).toBe('');
  });

  it('iCalendar describes each report with its article and quote', () => {
    const text = toIcs(merged, new Date('2024-03-08T00:00:00Z')).text.replace(/\r\n /g, '');
    expect(text).toContain('Reported by 2 articles:');
    expect(text).toContain(
      '- Council backs budget (https://one.example/budget)\\, published 2024-01-16: “The council approved the budget on Monday.”',
    );
    expect(text).toContain(
      '- =Budget passes\\, published 2024-01-16: “On Monday\\, the council approved it.”',
    );
    expect(text).toContain('URL:https://one.example/budget');
  });
});
