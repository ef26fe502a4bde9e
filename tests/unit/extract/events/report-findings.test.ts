import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../../main/extract/events/build-events';
import type { ExtractedEvent } from '../../../../preload/domain';
import { day, month, type TimexSpec, tag } from './timex-fixture';

const REF = '2024-02-16';

function events(text: string, specs: TimexSpec[], referenceDate = REF): ExtractedEvent[] {
  return buildEvents(text, tag(text, specs), { referenceDate });
}

describe('a report whose finding is the news', () => {
  it('dates the finding by its saying when only a background clause has a date', () => {
    const text =
      'Fire inspectors said on Thursday that faulty wiring probably caused the blaze before it destroyed the mill last October.';
    const found = events(text, [day('Thursday', '2024-02-15'), month('last October', '2023-10', 31)]);
    const finding = found.find((event) => event.start === '2024-02-15');
    expect(finding?.title).toMatch(/wiring/i);
    expect(finding?.title).not.toMatch(/^Inspectors say/);
  });

  it('drops the coarse background when the next sentence dates it precisely', () => {
    const text =
      'Fire inspectors said on Thursday that faulty wiring probably caused the blaze before it destroyed the mill last October. ' +
      'The fire broke out at the Dunmore mill shortly after midnight on Oct. 9, 2023.';
    const found = events(text, [
      day('Thursday', '2024-02-15'),
      month('last October', '2023-10', 31),
      day('Oct. 9, 2023', '2023-10-09'),
    ]);
    expect(found.map((event) => event.start).sort()).toEqual(['2023-10-09', '2024-02-15']);
  });

  it('keeps a background date that nothing later tells more precisely', () => {
    const text =
      'Fire inspectors said on Thursday that faulty wiring probably caused the blaze before it destroyed the mill last October.';
    const found = events(text, [day('Thursday', '2024-02-15'), month('last October', '2023-10', 31)]);
    expect(found.map((event) => event.start)).toContain('2023-10-01');
  });

  it("a report that retells one more step of the story keeps the step's own date", () => {
    const text =
      'Investigators said on Thursday that the pilot had switched off the autopilot before the jet landed on Oct. 9.';
    const found = events(text, [day('Thursday', '2024-02-15'), day('Oct. 9', '2023-10-09')]);
    expect(found.map((event) => event.start)).not.toContain('2024-02-15');
  });

  it('titles a dateless report by what was reported, dated by the saying', () => {
    const text = 'Divers said on Tuesday they had recovered the second flight recorder from the lake.';
    const [event] = events(text, [day('Tuesday', '2024-02-13')]);
    expect(event.start).toBe('2024-02-13');
    expect(event.title).toMatch(/recover/i);
    expect(event.title).not.toMatch(/\bsay/i);
  });

  it('a reported plan keeps its own date, not the day of saying', () => {
    const text = 'The council said on Monday it would close the depot after the contract ends in June.';
    const found = events(text, [day('Monday', '2024-02-12'), month('June', '2024-06', 30)]);
    expect(found.map((event) => event.start)).not.toContain('2024-02-12');
  });
});

describe('an expectation told in the past looks ahead', () => {
  it('keeps a month ahead of publication ahead', () => {
    const text = 'The fire chief said she expected full containment in early March.';
    const [event] = events(text, [{ ...month('early March', '2024-03', 31), mod: 'START' }]);
    expect(event.start.slice(0, 7)).toBe('2024-03');
    expect(event.planned).toBe(true);
  });

  it('moves a month read behind publication to the next one', () => {
    const text = 'Analysts said they expected the takeover to close in January.';
    const [event] = events(text, [month('January', '2024-01', 31)]);
    expect(event.start.slice(0, 7)).toBe('2025-01');
  });

  it('leaves an expectation of a dated past story alone', () => {
    const text = 'In 2019, engineers expected the tunnel to open in January.';
    const found = events(text, [
      { phrase: '2019', value: '2019', start: '2019-01-01', end: '2019-12-31', precision: 'year' },
      month('January', '2019-01', 31),
    ]);
    expect(found.some((event) => event.start.startsWith('2025'))).toBe(false);
  });
});

describe('a state told as going on until a date that holds publication', () => {
  it('runs from publication to the end of the date', () => {
    const text = 'Drilling at the site has been suspended until the end of the year.';
    const [event] = events(text, [
      {
        phrase: 'the end of the year',
        value: '2024',
        mod: 'END',
        start: '2024-01-01',
        end: '2024-12-31',
        precision: 'year',
      },
    ]);
    expect(event.start).toBe(REF);
    expect(event.end).toBe('2024-12-31');
  });
});

describe('what a past act arranged stays where the tagger put it', () => {
  it('"set the sentencing for May 21" keeps the date ahead of publication', () => {
    const text = "Circuit Judge Helen Ortiz set Keppler's sentencing for May 21.";
    const [event] = events(text, [day('May 21', '2024-05-21')]);
    expect(event.start).toBe('2024-05-21');
  });

  it('"agreed on Wednesday to hold a debate on March 24": the infinitive act lies ahead', () => {
    const text = 'The two campaigns agreed on Wednesday to hold a televised debate on March 24.';
    const found = events(text, [day('Wednesday', '2024-02-14'), day('March 24', '2024-03-24')]);
    expect(found.map((event) => event.start)).toContain('2024-03-24');
    expect(found.map((event) => event.start)).not.toContain('2023-03-24');
  });

  it('"a dividend payable on Aug. 19" is the coming Aug. 19', () => {
    const text = 'The board approved a quarterly dividend of 38 cents a share, payable on Aug. 19.';
    const [event] = events(text, [day('Aug. 19', '2024-08-19')]);
    expect(event.start).toBe('2024-08-19');
  });

  it('"summoned to appear before the Employment and Labour Relations Court on March 14" lies ahead', () => {
    const text =
      'The union has been summoned to appear before the Employment and Labour Relations Court on March 14.';
    const [event] = events(text, [day('March 14', '2024-03-14')]);
    expect(event.start).toBe('2024-03-14');
  });

  it('a date the tagger read behind publication stays behind, infinitive or not', () => {
    const text = 'A court rejected a request to stop the strike on Feb. 11.';
    const [event] = events(text, [day('Feb. 11', '2024-02-11')]);
    expect(event.start).toBe('2024-02-11');
  });

  it('a scheduled date with no arranging verb still follows the past tense', () => {
    const text = 'The committee met on March 3.';
    const [event] = events(text, [day('March 3', '2024-03-03')]);
    expect(event.start).toBe('2023-03-03');
  });
});

describe('a figure for a finished reporting period', () => {
  it('is dated by the day it was reported, beside the quarter', () => {
    const text = 'Corvane Foods said on Wednesday that its profit rose 18 percent in the second quarter.';
    const found = events(text, [
      day('Wednesday', '2024-02-14'),
      {
        phrase: 'the second quarter',
        value: '2023-Q2',
        start: '2023-04-01',
        end: '2023-06-30',
        precision: 'quarter',
      },
    ]);
    expect(found.map((event) => event.start).sort()).toEqual(['2023-04-01', '2024-02-14']);
    expect(found.every((event) => /profit/i.test(event.title))).toBe(true);
  });

  it('a month of a finished quarter is not reported news by itself', () => {
    const text = 'Cases rose in January, the agency said on Thursday.';
    const found = events(text, [month('January', '2024-01', 31), day('Thursday', '2024-02-15')]);
    expect(found.map((event) => event.start)).toEqual(['2024-01-01']);
  });

  it('"the three months ended June 30" only bounds a period', () => {
    const text =
      'Net income for the three months ended June 30 climbed to $212 million from $180 million a year ago.';
    const found = events(text, [
      day('June 30', '2023-06-30'),
      {
        phrase: 'a year ago',
        value: '2022-Q2',
        start: '2022-04-01',
        end: '2022-06-30',
        precision: 'quarter',
      },
    ]);
    expect(found.map((event) => event.start)).not.toContain('2023-06-30');
  });
});

describe('a deed done and a plan in one report', () => {
  it('"said late Monday it had launched a counter-offensive and would retake the town within days"', () => {
    const text =
      'The army said on Monday it had launched a counter-offensive and would retake the town in March.';
    const found = events(text, [day('Monday', '2024-02-12'), month('March', '2024-03', 31)]);
    expect(found.map((event) => [event.start, event.title]).sort()).toEqual([
      ['2024-02-12', 'Army launches counter-offensive'],
      ['2024-03-01', 'Army would retake town'],
    ]);
  });
});

describe('an effective date', () => {
  it('"voted to raise fares by 25 cents, to $3.25, effective July 1" is the coming July 1', () => {
    const text = 'Council voted to raise adult transit fares by 25 cents, to $3.25, effective July 1.';
    const [event] = events(text, [day('July 1', '2024-07-01')]);
    expect(event.start).toBe('2024-07-01');
  });
});
