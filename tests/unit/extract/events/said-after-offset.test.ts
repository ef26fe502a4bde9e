import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { day, tag } from './timex-fixture';

describe('a saying dated by an offset', () => {
  it('titles the happening by what was said, not by the speech verb', () => {
    const text = 'The bakery closed on Friday, two weeks after the owner said she would retire.';
    const events = buildEvents(
      text,
      tag(text, [day('Friday', '2022-09-16'), { phrase: 'two weeks', value: 'P2W', type: 'DURATION' }]),
      { referenceDate: '2022-09-18' },
    );
    const said = events.find((event) => event.start !== '2022-09-16');
    expect(said?.title).toMatch(/retire/);
    expect(said?.title).not.toMatch(/says$/);
  });
});
