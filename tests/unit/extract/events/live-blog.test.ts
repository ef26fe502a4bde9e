import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { stampLength } from '../../../../main/extract/events/live-blog';
import { splitSentences } from '../../../../main/extract/events/sentences';
import { day, tag } from './timex-fixture';

const REF = '2023-04-14';

describe('live-blog layout', () => {
  it('takes no event from a "Last updated" line', () => {
    const text =
      'Volcano erupts\n\nLast updated 5:20 p.m. AKDT, Friday, April 14, 2023\n\nAsh fell on the town on Thursday.';
    const events = buildEvents(
      text,
      tag(text, [
        {
          phrase: '5:20 p.m.',
          value: '2023-04-14T17:20',
          start: '2023-04-14T17:20',
          precision: 'minute',
          type: 'TIME',
        },
        day('Friday, April 14, 2023', '2023-04-14'),
        day('Thursday', '2023-04-13'),
      ]),
      { referenceDate: REF },
    );
    expect(events.map((event) => event.start)).toEqual(['2023-04-13']);
  });

  it('reads the update stamp a line opens with', () => {
    expect(stampLength('09:10 — Ferry sailings resume')).toBe('09:10 — '.length);
    expect(stampLength('3:45 p.m. - Bridge reopens')).toBe('3:45 p.m. - '.length);
    expect(stampLength('Ferry sailings resume at 09:10')).toBe(0);
  });

  it('keeps a stamped heading apart from the prose below it', () => {
    const text =
      'Harbour live\n\n17:20 — Council vote on the marina expansion next week\nThe council said it will vote on the plan.';
    const lines = splitSentences(text).map((s) => s.text);
    expect(lines).toContain('17:20 — Council vote on the marina expansion next week');
  });

  it('takes no event from a stamped heading, a key-points list or a sign-off', () => {
    const text = [
      'Harbour live',
      '',
      'Key points',
      '- Ferries stopped on Wednesday',
      '',
      '10:05 — Ferries stopped on Wednesday',
      'All ferries were stopped on Wednesday after a crane collapsed.',
      '',
      "We'll be back with more updates on Saturday.",
    ].join('\n');
    const events = buildEvents(
      text,
      tag(text, [
        day('Wednesday', '2023-04-12', 0),
        day('Wednesday', '2023-04-12', 1),
        day('Wednesday', '2023-04-12', 2),
        day('Saturday', '2023-04-15'),
      ]),
      { referenceDate: REF },
    );
    expect(events).toHaveLength(1);
    expect(events[0].start).toBe('2023-04-12');
    expect(events[0].quote.startsWith('All ferries')).toBe(true);
  });

  it('cuts the stamp off a stamped sentence and dates it by its own date', () => {
    const text = 'Harbour live\n\n11:40 — The mayor resigned on Tuesday.';
    const events = buildEvents(text, tag(text, [day('Tuesday', '2023-04-11')]), { referenceDate: REF });
    expect(events).toHaveLength(1);
    expect(events[0].quote).toBe('The mayor resigned on Tuesday.');
    expect(events[0].title).not.toMatch(/11:40/);
  });
});
