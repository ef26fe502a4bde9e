/**
 * What a recogniser understood before anchoring: some expressions are complete on their own
 * ("March 22, 2013"), others need the publication date, the narrative's last date or the clause's
 * tense ("last month", "two days later", "on Monday").
 */
import type { TimexType } from '../../../preload/domain';
import type { CalendarUnit } from './resources/en';

/** How a partial date picks its year or week: by tense, or explicitly before/after/at the anchor. */
export type Relation = 'tense' | 'last' | 'next' | 'this';

/**
 * dct: the publication date; narrative: the story's last date; narrativeIfPast: the story's last date
 * in a past-tense clause, else publication ("by the end of the month" in a plan is this month).
 */
export type Anchor = 'dct' | 'narrative' | 'narrativeIfPast';

export type Meaning =
  /** Already a complete TIMEX3 value (absolute dates, durations, sets, *_REF). */
  | { kind: 'fixed'; value: string }
  /**
   * The anchor moved by a number of units, kept at that unit's granularity ("last month"). With
   * `byTense`, the clause's tense picks the previous or the coming one ("the weekend").
   */
  | {
      kind: 'shift';
      unit: CalendarUnit;
      offset: number;
      anchor: Anchor;
      suffix?: string;
      /** 'past': the one just gone, whatever the clause says ("this past weekend"). */
      byTense?: boolean | 'past';
    }
  /** A weekday, before or after the anchor ("on Monday", "last Friday night"). */
  | { kind: 'weekday'; weekday: number; relation: Relation; suffix?: string; anchor?: Anchor }
  /**
   * A date lacking its year: a month, a month and day, a season (SP/SU/FA/WI), a quarter (Q3) or a
   * half (H1). `yearOffset` fixes the year relative to the anchor's ("the third quarter of last year").
   */
  | {
      kind: 'partial';
      month?: number;
      day?: number;
      part?: string;
      relation: Relation;
      yearOffset?: number;
      anchor?: Anchor;
      suffix?: string;
      /** A weekday written with the date ("Monday, Oct. 26") picks the year. */
      weekday?: number;
      /** The day is the n-th given weekday of the month (n = -1 for the last): Thanksgiving. */
      nthWeekday?: [number, number];
      /** Days after the n-th weekday: US Election Day is the Tuesday after the first Monday. */
      dayOffset?: number;
      /** Days from Easter Sunday (Good Friday -2), for the feasts that move with it. */
      easterOffset?: number;
      /** The year, when written ("the week of Jan. 9, 2023"). */
      year?: number;
      /** The ISO week holding the day is meant ("the week of March 6"). */
      week?: boolean;
    }
  /**
   * The quarter a financial report is about: the narrative's last quarter, else the last completed
   * one before publication ("the latest quarter"); `yearOffset` -1 gives "the year-ago quarter".
   */
  | {
      kind: 'reportingQuarter';
      yearOffset: number;
      /** narrative: the story's quarter; mentioned: the last quarter named, comparisons included. */
      prefer: 'narrative' | 'mentioned' | 'latest' | 'current';
      year?: number;
    };

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  meaning: Meaning;
  mod?: string;
  /** Which rule found it (for debugging and tests). */
  rule: string;
}
