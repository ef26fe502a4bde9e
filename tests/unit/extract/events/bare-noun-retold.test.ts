import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { day, tag } from './timex-fixture';

describe('a bare noun naming a happening already told', () => {
  it('gives no second event for the same day', () => {
    const text =
      'The cyclone reached the coast near Port Ada on March 9. Ports were shut on March 8, a day before landfall.';
    const events = buildEvents(
      text,
      tag(text, [
        day('March 9', '2021-03-09'),
        day('March 8', '2021-03-08'),
        { phrase: 'a day', value: 'P1D', type: 'DURATION' },
      ]),
      { referenceDate: '2021-03-12' },
    );
    expect(events.filter((event) => event.start === '2021-03-09')).toHaveLength(1);
    expect(events.some((event) => event.title === 'Landfall')).toBe(false);
  });
});
