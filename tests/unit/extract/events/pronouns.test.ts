import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { day, month, type TimexSpec, tag, year } from './timex-fixture';

const REF = '2025-03-12';

function titles(text: string, specs: TimexSpec[]): string[] {
  return buildEvents(text, tag(text, specs), { referenceDate: REF }).map(
    (event: ExtractedEvent) => event.title,
  );
}

const PRONOUN_START = /^(?:He|She|It|They|His|Her|Its|Their)\b/;

describe('titles never start with a pronoun', () => {
  it('"X said it would …": the speaker, when it is an organisation', () => {
    const text = 'The shipping company Nordlys said on Tuesday it would close its Bergen depot.';
    expect(titles(text, [day('Tuesday', '2025-03-11')])).toEqual(['Nordlys to close its Bergen depot']);
  });

  it('a report without "that" is dated by its own date, not by the day of saying', () => {
    const text = 'The ferry company Nordlys said on Tuesday it would open a new route in June.';
    const result = buildEvents(
      text,
      tag(text, [day('Tuesday', '2025-03-11'), month('June', '2025-06', 30)]),
      {
        referenceDate: REF,
      },
    );
    expect(result.map((event) => [event.start, event.title])).toEqual([
      ['2025-06-01', 'Nordlys to open new route'],
    ]);
    const person = 'Carla Rivera said on Monday she would run for mayor in 2026.';
    expect(titles(person, [day('Monday', '2025-03-10'), year('2026', '2026')])).toEqual([
      'Carla Rivera to run for mayor',
    ]);
  });

  it('"Mayor X said she …": the speaker, when a person', () => {
    const text = 'Mayor Ines Calder said she had signed the order on Monday.';
    expect(titles(text, [day('Monday', '2025-03-10')])).toEqual(['Calder signs order']);
  });

  it('"they" opening a sentence takes the previous sentence’s plural subject', () => {
    const text = 'The dock workers are angry. They walked out in February over pay.';
    expect(titles(text, [month('February', '2025-02', 28)])).toEqual(['Dock workers walk out over pay']);
  });

  it('"it" opening a sentence takes the previous sentence’s subject when that is a thing', () => {
    const text = 'The old lighthouse stands on the northern cape. It was restored in 1998.';
    expect(titles(text, [year('1998', '1998')])).toEqual(['Old lighthouse restored']);
  });

  it('a rival object of the same kind makes "it" unclear: the predicate stays', () => {
    const text = 'The council approved the new footbridge in 2021. It was meant to open in 2023.';
    const [, second] = titles(text, [year('2021', '2021'), year('2023', '2023')]);
    expect(second).not.toMatch(/council/i);
    expect(second).not.toMatch(PRONOUN_START);
    // A plural object is no rival for "it".
    const plural = 'The old lighthouse guided fishing boats for a century. It was restored in 1998.';
    expect(titles(plural, [year('1998', '1998')])).toEqual(['Old lighthouse restored']);
  });

  it('"it" never stands for a person, and "they" never for one thing', () => {
    const person = 'Professor Ana Lind studies glaciers. It was damaged in 2019.';
    const [damaged] = titles(person, [year('2019', '2019')]);
    expect(damaged).not.toMatch(/Lind/);
    expect(damaged).not.toMatch(PRONOUN_START);
    const thing = 'The museum reopened last year. They protested in March.';
    const [protest] = titles(thing, [month('March', '2025-03', 31)]);
    expect(protest).not.toMatch(/museum/i);
    expect(protest).not.toMatch(PRONOUN_START);
  });

  it('a speaker of another kind blocks the guess: "Putin said it …" is not about Putin', () => {
    const text = 'Minister Olaf Brandt said it had collapsed in 2020.';
    const [title] = titles(text, [year('2020', '2020')]);
    expect(title).not.toMatch(/Brandt/);
    expect(title).not.toMatch(PRONOUN_START);
  });

  it('without a clear antecedent the predicate stays, without the pronoun', () => {
    const text = 'Heavy rain fell across the valley. He resigned on Friday.';
    expect(titles(text, [day('Friday', '2025-03-07')])).toEqual(['Resigns']);
  });

  it('"it was the third …": the situation itself, titled by the noun phrase', () => {
    const text = 'Trains stopped across the north on Monday. It was the network’s second outage in 2025.';
    const result = titles(text, [day('Monday', '2025-03-10'), year('2025', '2025')]);
    for (const title of result) expect(title).not.toMatch(PRONOUN_START);
  });

  it('a leading possessive takes its owner’s name: "his debut album"', () => {
    const text = 'Singer Tomas Varga died on Sunday. His debut album topped the charts in 1979.';
    const result = titles(text, [day('Sunday', '2025-03-09'), year('1979', '1979')]);
    expect(result).toEqual(['Varga dies', "Varga's debut album tops charts"]);
  });

  it('"she" after an appositive name is that person, not an organisation named earlier', () => {
    const text =
      'Nordvik Shipping was fined on Thursday. The firm’s chief executive, Lena Aas, quit in March. She had run the firm since 2016.';
    const result = titles(text, [
      day('Thursday', '2025-03-06'),
      month('March', '2025-03', 31),
      year('2016', '2016'),
    ]);
    expect(result[2]).toBe('Aas runs firm');
    const before = 'Lena Aas, the firm’s chief executive, quit in March. She joined it in 2016.';
    expect(titles(before, [month('March', '2025-03', 31), year('2016', '2016')])[1]).toBe('Aas joins it');
  });

  it('an organisation’s name is never a "he"', () => {
    const text = 'Nordvik Shipping Ltd was fined on Thursday. He resigned on Friday.';
    const [, resigned] = titles(text, [day('Thursday', '2025-03-06'), day('Friday', '2025-03-07')]);
    expect(resigned).toBe('Resigns');
  });

  it('a plural owner ending in s takes only the apostrophe', () => {
    const text = 'The nurses voted to strike. Their union called off the strike on Monday.';
    expect(titles(text, [day('Monday', '2025-03-10')])).toEqual(["Nurses' union calls off strike"]);
  });
});
