import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { day, type TimexSpec, tag, year } from './timex-fixture';

const REF = '2024-09-16';

function events(text: string, specs: TimexSpec[], referenceDate = REF): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate });
}

describe('a main clause whose only date is in a relative clause', () => {
  it("happens on the story's day when the relative clause looks back from now", () => {
    const text =
      'Anna Berg won the regional cycling race on Sunday. In the junior category, Tomas Vik, who crashed out a year ago, sprinted clear in the final kilometre.';
    const found = events(text, [day('Sunday', '2024-09-15'), year('a year ago', '2023')]);
    const sprint = found.find((event) => /Vik/.test(event.title) && /sprint/i.test(event.title));
    expect(sprint?.start).toBe('2024-09-15');
    expect(sprint?.timexes).toEqual([]);
    expect(found.some((event) => event.start.startsWith('2023'))).toBe(true);
  });

  it("is left undated when the relative clause gives a biography's date", () => {
    const text =
      'The club won the league on Sunday. Coach Lena Ross, who took over in 2019, rebuilt the side on a small budget.';
    const found = events(text, [day('Sunday', '2024-09-15'), year('2019', '2019')]);
    expect(found.some((event) => /rebuild/i.test(event.title))).toBe(false);
  });

  it('is left undated without a story day told before', () => {
    const text = 'Tomas Vik, who crashed out a year ago, sprinted clear in the final kilometre.';
    const found = events(text, [year('a year ago', '2023')]);
    expect(found.every((event) => event.start.startsWith('2023'))).toBe(true);
  });
});
