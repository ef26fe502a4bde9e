import type { Candidate } from '../meaning';

/** What a rule returns for one match; the span defaults to the whole match. */
export type Recognised = Omit<Candidate, 'rule' | 'start' | 'end'> & { start?: number; end?: number };

/** One pattern family: a whole-word regex and how to read a match into a meaning. */
export interface Recogniser {
  name: string;
  pattern: RegExp;
  /**
   * A cheap test for a word every match must contain: a text without it skips the full pattern.
   * Most news paragraphs name no month or season, so this saves most of the scanning.
   */
  trigger?: RegExp;
  build(match: RegExpExecArray, text: string): Recognised | null;
}

/** The few words before a position, lower case, to check the context a rule needs. */
export function wordsBefore(text: string, index: number, count: number): string[] {
  const slice = text.slice(Math.max(0, index - 40), index).toLowerCase();
  const words = slice.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
  return words.slice(-count);
}

export function wordsAfter(text: string, index: number, count: number): string[] {
  const slice = text.slice(index, index + 40).toLowerCase();
  return slice
    .split(/[^\p{L}\p{N}'-]+/u)
    .filter(Boolean)
    .slice(0, count);
}

/** Triggers shared by several recognisers. */
export const MONTH_TRIGGER =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b)/i;
export const WEEKDAY_TRIGGER =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)\.)/i;
/** Any calendar or clock unit word. */
export const UNIT_TRIGGER =
  /sec|min|hour|hr|day|night|week|fortnight|month|quarter|year|yr|decade|centur|millenni/i;
