import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { day, month, tag } from './timex-fixture';

describe('a noun before another noun only describes it', () => {
  it('"opening hours in June" is no opening: the clause keeps its own title', () => {
    const text = 'The museum cut prices on Monday and will extend opening hours in June.';
    const result = buildEvents(text, tag(text, [day('Monday', '2025-03-10'), month('June', '2025-06', 30)]), {
      referenceDate: '2025-03-12',
    });
    expect(result.map((event) => event.title)).not.toContain('Extend opening hours');
    for (const event of result) expect(event.title).not.toMatch(/\bin$/);
  });

  it('"a visit by the president in June" still dates the visit', () => {
    const text = 'Envoys met on Monday to prepare a visit by the president in June.';
    const result = buildEvents(text, tag(text, [day('Monday', '2025-03-10'), month('June', '2025-06', 30)]), {
      referenceDate: '2025-03-12',
    });
    expect(result.map((event) => event.title)).toContain('Visit by president');
  });

  it('"would rebuild damaged schools": the participle describes the noun, the title keeps who and what', () => {
    const text = 'The government said it would rebuild damaged schools later this year.';
    const result = buildEvents(
      text,
      tag(text, [
        {
          phrase: 'later this year',
          value: '2025',
          mod: 'END',
          start: '2025-03-12',
          end: '2025-12-31',
          precision: 'year',
        },
      ]),
      { referenceDate: '2025-03-12' },
    );
    expect(result.map((event) => event.title)).toEqual(['Government to rebuild damaged schools']);
  });
});
