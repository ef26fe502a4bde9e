import type { Candidate } from '../meaning';
import {
  EASTER_HOLIDAYS,
  FIXED_HOLIDAYS,
  MONTHS,
  PARTS_OF_DAY,
  REFERENCE_WORDS,
  SHIFTED_WEEKDAY_HOLIDAYS,
  UNITS,
  WEEKDAY_HOLIDAYS,
  WEEKDAYS,
} from '../resources/en';

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
  /**
   * Words (lower-case letter runs) one of which every match contains: a paragraph without any of
   * them skips the pattern. Cheaper than a trigger: the paragraph's words are collected once.
   */
  keywords?: readonly string[];
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

/** Keyword lists shared by several recognisers, from the word lists in resources/en.ts. */
export const MONTH_WORDS: readonly string[] = Object.keys(MONTHS);
export const WEEKDAY_WORDS: readonly string[] = Object.keys(WEEKDAYS);
export const UNIT_WORDS: readonly string[] = Object.keys(UNITS);
export const PART_OF_DAY_WORDS: readonly string[] = Object.keys(PARTS_OF_DAY);
export const HOLIDAY_WORDS: readonly string[] = [
  ...new Set(
    [
      ...Object.keys(FIXED_HOLIDAYS),
      ...Object.keys(WEEKDAY_HOLIDAYS),
      ...Object.keys(EASTER_HOLIDAYS),
      ...Object.keys(SHIFTED_WEEKDAY_HOLIDAYS),
    ].flatMap(lettersOnly),
  ),
];
/** The last word of each reference phrase ("the near [future]"): distinctive, unlike "the". */
export const REFERENCE_FIRST_WORDS: readonly string[] = [
  ...new Set(Object.keys(REFERENCE_WORDS).map((phrase) => lettersOnly(phrase).at(-1) ?? phrase)),
];

/** The lower-case letter runs of a text: the words a recogniser's keywords are looked up in. */
export function lettersOnly(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+/g) ?? [];
}

/** Words after which "that" opens a clause ("said that November ...") rather than pointing back. */
export const THAT_CONJUNCTION_AFTER: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'told',
  'noted',
  'added',
  'reported',
  'showed',
  'shows',
  'found',
  'believe',
  'believes',
  'believed',
  'think',
  'thinks',
  'thought',
  'know',
  'knew',
  'argued',
  'stated',
  'announced',
  'warned',
  'predicted',
  'expect',
  'expects',
  'expected',
  'hope',
  'hopes',
  'hoped',
  'means',
  'meant',
  'and',
  'but',
  'so',
  'such',
  'now',
  'is',
  'was',
]);
