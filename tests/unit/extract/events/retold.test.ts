import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import { sameTelling } from '../../../../main/extract/events/retold';
import type { ExtractedEvent } from '../../../../preload/domain';
import { day, month, type TimexSpec, tag } from './timex-fixture';

const REF = '2025-03-12';

function events(text: string, specs: TimexSpec[]): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate: REF });
}

const clock = (phrase: string, value: string): TimexSpec => ({
  phrase,
  value,
  type: 'TIME',
  start: value,
  end: value,
  precision: 'minute',
});

describe('one happening told twice', () => {
  it('merges a day and a clock time of the same happening, keeping the first sentence', () => {
    const text =
      'A powerful storm struck the island of Korsa on Sunday. Ferries stayed in port. The storm, which struck at 4:40 a.m. Sunday, tore roofs off houses.';
    const result = events(text, [day('Sunday', '2025-03-09'), clock('4:40 a.m. Sunday', '2025-03-09T04:40')]);
    expect(result).toHaveLength(1);
    expect(result[0].start).toBe('2025-03-09T04:40');
    expect(result[0].precision).toBe('minute');
    expect(result[0].quote).toBe('A powerful storm struck the island of Korsa on Sunday.');
    expect(result[0].sourceStart).toBe(0);
  });

  it('"which hit at …" is a verb too, so a storm that "hit" is merged like one that "struck"', () => {
    const text =
      'A storm hit Korsa on Sunday. Ferries stayed in port. The storm, which hit at 4:40 a.m. Sunday, tore roofs off.';
    const result = events(text, [day('Sunday', '2025-03-09'), clock('4:40 a.m. Sunday', '2025-03-09T04:40')]);
    expect(result.map((event) => [event.start, event.title])).toEqual([
      ['2025-03-09T04:40', 'Storm hits Korsa'],
    ]);
  });

  it('a month and a day inside it: the day wins', () => {
    const text =
      'The city council approved a tram line in February. Critics were furious. The council approved the tram line on February 18 by one vote.';
    const result = events(text, [month('February', '2025-02', 28), day('February 18', '2025-02-18')]);
    expect(result.map((event) => [event.start, event.precision])).toEqual([['2025-02-18', 'day']]);
    expect(result[0].quote).toMatch(/^The city council approved a tram line in February\./);
  });

  it('"The storm rolled in shortly after 4 p.m. Saturday": the same subject without an object, the same day', () => {
    const text =
      'A thunderstorm forced organisers to clear the main field on Saturday. The storm rolled in shortly after 4 p.m. Saturday.';
    const found = events(text, [
      day('Saturday', '2025-03-08'),
      {
        phrase: '4 p.m. Saturday',
        value: '2025-03-08T16:00',
        start: '2025-03-08T16:00',
        precision: 'minute',
      },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0].start).toBe('2025-03-08T16:00');
    expect(found[0].title).toMatch(/^Thunderstorm forces organisers/);
  });

  it('"Both bodies were brought down on Friday" retells "the bodies were recovered on Friday"', () => {
    const text =
      'The bodies of a trekker and a porter were recovered on Friday. Both bodies were brought down on Friday.';
    const found = events(text, [day('Friday', '2025-03-07'), day('Friday', '2025-03-07', 1)]);
    expect(found).toHaveLength(1);
  });

  it('"flew to England on Sunday and underwent a medical the same afternoon": one day told once', () => {
    const text = 'Venturelli flew to England on Sunday and underwent a medical the same afternoon.';
    const found = events(text, [
      day('Sunday', '2025-03-09'),
      { phrase: 'the same afternoon', value: '2025-03-09TAF', start: '2025-03-09', precision: 'hour' },
    ]);
    expect(found).toHaveLength(1);
  });

  it('another subject on the same day stays apart', () => {
    const text =
      'A thunderstorm forced organisers to clear the field on Saturday. The crowd rolled in on Saturday.';
    const found = events(text, [day('Saturday', '2025-03-08'), day('Saturday', '2025-03-08', 1)]);
    expect(found).toHaveLength(2);
  });

  it('keeps another instance apart: "a second storm"', () => {
    const text = 'A storm struck Korsa on Sunday. A second storm struck Korsa at 9 p.m. Sunday.';
    const result = events(text, [day('Sunday', '2025-03-09'), clock('9 p.m. Sunday', '2025-03-09T21:00')]);
    expect(result).toHaveLength(2);
  });

  it('keeps two arrests of different people apart', () => {
    const text = 'Police arrested a teacher on Friday. Police arrested two students at 6 p.m. Friday.';
    const result = events(text, [day('Friday', '2025-03-07'), clock('6 p.m. Friday', '2025-03-07T18:00')]);
    expect(result).toHaveLength(2);
  });

  it('keeps different subjects or verbs on the same day apart', () => {
    const subjects = 'Rebels attacked the border town on Monday. Troops attacked the rebel camp on Monday.';
    expect(events(subjects, [day('Monday', '2025-03-10'), day('Monday', '2025-03-10', 1)])).toHaveLength(2);
    const verbs = 'The minister arrived in Lagos on Monday. The minister left the city at 8 p.m. Monday.';
    expect(
      events(verbs, [day('Monday', '2025-03-10'), clock('8 p.m. Monday', '2025-03-10T20:00')]),
    ).toHaveLength(2);
  });

  it('keeps objects that say different things apart', () => {
    const text =
      'Rebels shelled the port of Arvik on Monday. Rebels shelled the port of Belmo at 7 p.m. Monday.';
    const result = events(text, [day('Monday', '2025-03-10'), clock('7 p.m. Monday', '2025-03-10T19:00')]);
    expect(result).toHaveLength(2);
  });

  it('within a month only the same object makes one happening', () => {
    const vague =
      'Rebel units attacked repeatedly in January. Rebel units attacked the airport on January 5.';
    expect(
      events(vague, [month('January', '2025-01', 31), day('January 5', '2025-01-05')]).map(
        (event) => event.start,
      ),
    ).toEqual(['2025-01-01', '2025-01-05']);
  });

  it('keeps dates that do not nest apart', () => {
    const text = 'The volcano erupted in January. The volcano erupted on March 2.';
    expect(events(text, [month('January', '2025-01', 31), day('March 2', '2025-03-02')])).toHaveLength(2);
  });

  it('compares head nouns and verbs, not whole titles', () => {
    expect(
      sameTelling({ subject: 'Strong earthquake', verb: 'strike' }, { subject: 'Quake', verb: 'strike' }),
    ).toBe('compatible');
    expect(
      sameTelling(
        { subject: 'Council', verb: 'approve', object: 'tram line' },
        { subject: 'City council', verb: 'approve', object: 'tram line by one vote' },
      ),
    ).toBe('same');
    expect(sameTelling({ subject: 'He', verb: 'resign' }, { subject: 'He', verb: 'resign' })).toBe(false);
    expect(sameTelling({ subject: 'Minister', verb: 'be' }, { subject: 'Minister', verb: 'be' })).toBe(false);
    expect(
      sameTelling(
        { subject: 'Another earthquake', verb: 'strike' },
        { subject: 'Earthquake', verb: 'strike' },
      ),
    ).toBe(false);
  });
});
