import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { datelineEnd } from '../../../../main/extract/events/dateline';
import { day, tag } from './timex-fixture';

describe('datelines', () => {
  it('finds the wire dateline that opens a paragraph', () => {
    const opening = 'OSLO, Feb 3 (Reuters) - The fund sold its stake.';
    expect(opening.slice(0, datelineEnd(opening, 0))).toBe('OSLO, Feb 3 (Reuters) - ');
    const bare = 'SANTA FE, N.M. — Crews contained the fire.';
    expect(bare.slice(0, datelineEnd(bare, 0))).toBe('SANTA FE, N.M. — ');
    const later = 'Some headline\n\nLIMA, Peru, Tuesday (AFP) – Voters went to the polls.';
    expect(datelineEnd(later, later.indexOf('LIMA'))).toBe(later.indexOf('Voters'));
  });

  it('a colon after the date ends a dateline too, and the title leaves it out', () => {
    const text = 'UTTARKASHI, October 14: Five trekkers were airlifted to safety on Thursday.';
    expect(text.slice(0, datelineEnd(text, 0))).toBe('UTTARKASHI, October 14: ');
    const events = buildEvents(
      text,
      tag(text, [day('October 14', '2023-10-14'), day('Thursday', '2023-10-12')]),
      { referenceDate: '2023-10-14' },
    );
    expect(events.map((event) => [event.start, event.title])).toEqual([
      ['2023-10-12', 'Five trekkers airlifted to safety'],
    ]);
    expect(datelineEnd('Talks resumed: a deal is near', 0)).toBe(-1);
  });

  it('does not take a headline or a sentence for a dateline', () => {
    expect(datelineEnd('UN, EU agree on March 4 deal - sources', 0)).toBe(-1);
    expect(datelineEnd('NATO expands its mission - report', 0)).toBe(-1);
    expect(datelineEnd('Lisbon, March 3 - the mayor said.', 0)).toBe(-1);
    const inside = 'He flew on. OSLO, Feb 3 (Reuters) - x';
    expect(datelineEnd(inside, inside.indexOf('OSLO'))).toBe(-1);
  });

  it('never makes an event of the dateline date alone', () => {
    const text = 'OSLO, Feb 3 (Reuters) - Norway’s wealth fund sold its stake in the shipping group.';
    expect(
      buildEvents(text, tag(text, [day('Feb 3', '2025-02-03')]), { referenceDate: '2025-02-03' }),
    ).toEqual([]);
  });

  it('dates the story’s own happening, not the filing day', () => {
    const text = 'QUITO, Ecuador, March 12, 2025 (AP) — The national assembly approved the budget on Monday.';
    const events = buildEvents(
      text,
      tag(text, [day('March 12, 2025', '2025-03-12'), day('Monday', '2025-03-10')]),
      { referenceDate: '2025-03-12' },
    );
    expect(events.map((event) => [event.start, event.title])).toEqual([
      ['2025-03-10', 'National assembly approves budget'],
    ]);
  });
});
