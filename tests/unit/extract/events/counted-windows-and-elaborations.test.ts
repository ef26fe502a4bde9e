import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { joinElaborations } from '../../../../main/extract/events/elaboration';
import type { ExtractedEvent } from '../../../../preload/domain';
import { month, type TimexSpec, tag, year } from './timex-fixture';

const REF = '2025-03-12';

function events(text: string, specs: TimexSpec[], referenceDate = REF): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate });
}

const duration = (phrase: string, value: string): TimexSpec => ({ phrase, value, type: 'DURATION' });

describe('counted stretches ahead of a plan', () => {
  it('"should open within ten days" is a planned window from publication', () => {
    const text = 'A temporary bridge is being assembled over the river and should open within ten days.';
    const [event] = events(text, [duration('ten days', 'P10D')]);
    expect(event.start).toBe('2025-03-13');
    expect(event.end).toBe('2025-03-22');
    expect(event.planned).toBe(true);
  });

  it('"within the next two weeks" runs two weeks from publication', () => {
    const text = 'The regulator will rule on the merger within the next two weeks.';
    const [event] = events(text, [duration('the next two weeks', 'P2W')]);
    expect(event.start).toBe(REF);
    expect(event.end).toBe('2025-03-26');
    expect(event.planned).toBe(true);
  });

  it('"in the next few days" is a short window ahead', () => {
    const text = 'Inspectors are expected to visit the plant in the next few days.';
    const [event] = events(text, [duration('the next few days', 'PXD')]);
    expect(event.start).toBe(REF);
    expect(event.end).toBe('2025-03-19');
    expect(event.planned).toBe(true);
  });

  it('"within weeks" of a plan is a few weeks ahead, approximate', () => {
    const text = 'The airline will resume flights to the island within weeks.';
    const [event] = events(text, [duration('weeks', 'PXW')]);
    expect(event.start).toBe('2025-03-13');
    expect(event.end).toBe('2025-04-02');
    expect(event.approximate).toBe(true);
  });

  it('"within the next 48 hours" is two days ahead', () => {
    const text = 'A verdict is expected within the next 48 hours.';
    const [event] = events(text, [duration('the next 48 hours', 'PT48H')]);
    expect(event.start).toBe(REF);
    expect(event.end).toBe('2025-03-14');
  });

  it('a past telling counts from the story, not from publication', () => {
    const text = 'The ferry resumed service within ten days.';
    expect(events(text, [duration('ten days', 'P10D')])).toEqual([]);
  });

  it('"within 30 days of the ruling" counts from the ruling', () => {
    const text = 'The company must appeal within 30 days of the ruling.';
    expect(events(text, [duration('30 days', 'P30D')])).toEqual([]);
  });
});

describe('the holiday season as a deadline', () => {
  it('"by the holiday season" runs from publication to the end of December', () => {
    const text = 'The retailer said the new stores would open by the holiday season.';
    const [event] = events(text, []);
    expect(event.start).toBe(REF);
    expect(event.end).toBe('2025-12-31');
    expect(event.planned).toBe(true);
    expect(event.approximate).toBe(true);
  });

  it('what is "to follow" starts after the date before it', () => {
    const text =
      'The studio said the game would reach consoles in the second quarter, with a mobile version to follow by the holidays.';
    const found = events(text, [
      {
        phrase: 'the second quarter',
        value: '2025-Q2',
        start: '2025-04-01',
        end: '2025-06-30',
        precision: 'quarter',
      },
    ]);
    const mobile = found.find((event) => event.end === '2025-12-31');
    expect(mobile?.start).toBe('2025-07-01');
    expect(mobile?.end).toBe('2025-12-31');
  });

  it('a past holiday season is no deadline ahead', () => {
    const text = 'Sales slumped before the holiday season.';
    expect(events(text, [])).toEqual([]);
  });
});

describe('a hedged time refines the time before it', () => {
  it('"next year, probably in the summer" is one approximate event in the summer of next year', () => {
    const text = 'Traders now expect the first rate cut at some point next year, probably in the summer.';
    const found = events(text, [
      year('next year', '2026'),
      { phrase: 'the summer', value: '2025-SU', start: '2025-06-01', end: '2025-08-31', precision: 'season' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe('2026-06-01');
    expect(found[0].approximate).toBe(true);
  });

  it('", most likely in March" narrows a year to its month', () => {
    const text = 'The museum will reopen in 2026, most likely in March.';
    const found = events(text, [year('2026', '2026'), month('March', '2026-03', 31)]);
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe('2026-03-01');
    expect(found[0].approximate).toBe(true);
  });

  it('two dates without a hedge stay apart', () => {
    const text = 'The museum closed in 2019, and the cafe shut in March.';
    const timexes = tag(text, [year('2019', '2019'), month('March', '2019-03', 31)]);
    expect(joinElaborations(text, timexes)).toEqual(timexes);
  });
});
