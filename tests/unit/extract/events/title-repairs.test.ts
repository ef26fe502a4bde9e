import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { day, type TimexSpec, tag, year } from './timex-fixture';

const REF = '2024-02-14';

function events(text: string, specs: TimexSpec[], referenceDate = REF): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate });
}

describe('titles keep what a clause says', () => {
  it('a fronted phrase ends at its comma: "After two years behind scaffolding, the museum will reopen"', () => {
    const text =
      'After two years behind scaffolding, the Lakeshore Museum will reopen to the public on Saturday.';
    const [event] = events(text, [day('Saturday', '2024-02-17')]);
    expect(event.title).toBe('Lakeshore Museum to reopen to public');
  });

  it('the subject waits past a relative clause and what hangs on it', () => {
    const text =
      'Timed-entry tickets, which are required because of capacity limits, went on sale on Monday.';
    const [event] = events(text, [day('Monday', '2024-02-12')]);
    expect(event.title).toBe('Timed-entry tickets go on sale');
  });

  it('"which officials said would be completed": the report inside a relative clause is left out', () => {
    const text =
      'The minister promised a review, which officials said would be completed by the end of March.';
    const found = events(text, [
      {
        phrase: 'the end of March',
        value: '2024-03',
        start: '2024-03-01',
        end: '2024-03-31',
        precision: 'month',
        mod: 'END',
      },
    ]);
    expect(found.map((event) => event.title)).toEqual(['Review to be completed']);
  });

  it('"whose term expires on June 30": the owner\'s name stands for "whose", the present looks ahead', () => {
    const text =
      'The race to succeed Mayor Luis Carranza, who has led the city since 2015 and whose term expires on June 30, is close.';
    const found = events(text, [year('2015', '2015'), day('June 30', '2024-06-30')]);
    const term = found.find((event) => event.start === '2024-06-30');
    expect(term?.title).toBe("Carranza's term expires");
  });

  it('"ahead of the March 15 election": the election keeps its date and is titled by its noun', () => {
    const text =
      'Whitfield has pulled level with Kline ahead of the March 15 mayoral election, according to a poll released on Wednesday, upending the race.';
    const found = events(text, [day('March 15', '2024-03-15'), day('Wednesday', '2024-02-14')]);
    expect(found.map((event) => [event.start, event.title])).toEqual([
      ['2024-03-15', 'Mayoral election'],
      ['2024-02-14', 'Poll released'],
    ]);
  });

  it('"two days before the general election on 25 February": the election keeps its year', () => {
    const text =
      'They voted to hold a protest next Wednesday, two days before the general election on 25 February.';
    const found = events(text, [day('next Wednesday', '2024-02-21'), day('25 February', '2024-02-25')]);
    expect(found.map((event) => event.start)).toContain('2024-02-25');
  });

  it('"lost power in the 2021 election" keeps the clause\'s own title', () => {
    const text = 'The Conservatives lost power in the September 2021 election.';
    const [event] = events(text, [
      {
        phrase: 'September 2021',
        value: '2021-09',
        start: '2021-09-01',
        end: '2021-09-30',
        precision: 'month',
      },
    ]);
    expect(event.title).toMatch(/^Conservatives lose power/);
  });

  it('"More than 31,000 people passed" is plural', () => {
    const text = 'More than 31,000 people passed through the gates on Saturday.';
    expect(events(text, [day('Saturday', '2024-02-10')])[0].title).toBe(
      'More than 31,000 people pass through gates',
    );
  });

  it('a singular relative verb skips a plural noun for its antecedent', () => {
    const text =
      'The centerpiece is an exhibition of artifacts recovered from wrecked schooners and freighters, which runs from June 5 through Jan. 9.';
    const [event] = events(text, [day('June 5', '2024-06-05'), day('Jan. 9', '2025-01-09')]);
    expect(event.title).toBe('Exhibition of artifacts runs');
    const plural = 'The club signed two strikers, who arrived on Monday.';
    expect(events(plural, [day('Monday', '2024-02-12')])[0].title).toBe('Two strikers arrive');
  });

  it('"had since replaced" keeps its verb and object', () => {
    const text = 'The airline said on Tuesday it had since replaced faulty sensors on all its jets.';
    const [event] = events(text, [day('Tuesday', '2024-02-13')]);
    expect(event.title).toMatch(/^Airline replaces faulty sensors/);
  });

  it('a run of participles before a noun is part of the object', () => {
    const text = 'On Monday the city installed upgraded filtered fountains in the park.';
    const [event] = events(text, [day('Monday', '2024-02-12')]);
    expect(event.title).toMatch(/upgraded filtered fountains/);
  });

  it('a headless superlative is named by its appositive', () => {
    const text = 'The oldest, the Harwick bell, was cast in 1602 near the old abbey.';
    const [event] = events(text, [year('1602', '1602')]);
    expect(event.title).toBe('Harwick bell cast near old abbey');
  });

  it('keeps the dot of "U.S." in a title told by a noun phrase', () => {
    const text = 'The central bank meets on Feb. 20, two days after the U.S. Treasury publishes its report.';
    const found = events(text, [
      day('Feb. 20', '2024-02-20'),
      { phrase: 'two days', value: 'P2D', type: 'DURATION' },
    ]);
    expect(found.map((event) => event.title)).toContain('U.S. Treasury publishes its report');
  });
});

describe('clauses and descriptions', () => {
  it('a hyphenated plural subject takes a present verb ("Pre-sales open next Monday")', () => {
    const text =
      'Pre-sales open next Monday in France and Spain, and the studio said the first copies would ship on March 4.';
    const found = events(text, [day('next Monday', '2024-02-19'), day('March 4', '2024-03-04')]);
    expect(found[0].title).toMatch(/^Pre-sales open/);
    expect(found[1].title).toMatch(/^First copies to ship/);
  });

  it('a side phrase on an appositive noun keeps the whole sentence as its description', () => {
    const text = 'Workers will now paint the bridge, a job scheduled to start on March 4.';
    const [event] = events(text, [day('March 4', '2024-03-04')]);
    expect(event.description).toBe(text);
  });
});
