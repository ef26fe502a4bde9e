/**
 * Regular-expression fragments built from the word lists. Every fragment is a flat alternation or a
 * bounded repetition, so matching stays linear in the text length (no nested quantifiers).
 */
import {
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PARTS_OF_DAY,
  SEASONS,
  UNITS,
  VAGUE_QUANTITIES,
  WEEKDAYS,
} from './resources/en';

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
}

/** An alternation of words, longest first so the regex prefers "september" to "sep". */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeWord)
    .join('|');
}

function withOptionalDot(words: readonly string[], full: (w: string) => boolean): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => (full(w) ? escapeWord(w) : `${escapeWord(w)}\\.?`))
    .join('|');
}

const LONG_MONTHS = new Set(['may', 'june', 'july']);
export const MONTH = `(?:${withOptionalDot(Object.keys(MONTHS), (w) => w.length > 4 || LONG_MONTHS.has(w))})`;
export const WEEKDAY = `(?:${withOptionalDot(Object.keys(WEEKDAYS), (w) => w.length > 5)})`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const PART_OF_DAY = `(?:${alternation(Object.keys(PARTS_OF_DAY))})`;
export const UNIT = `(?:${alternation(Object.keys(UNITS))})`;

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const SINGLE_WORDS = Object.keys(NUMBER_WORDS).filter((w) => !w.includes(' '));
const MULTI_WORDS = Object.keys(NUMBER_WORDS).filter((w) => w.includes(' '));
/** A cardinal: digits (with thousands commas or decimals) or words such as "twenty-four", "a". */
export const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${alternation([...ONES, ...TEENS, 'a', 'several', 'a few'])})\\s+(?:hundred|thousand)|(?:${alternation(TENS)})[-\\s](?:${alternation(ONES)})|${alternation(
  MULTI_WORDS,
)}|${alternation(SINGLE_WORDS)})(?:\\s+and\\s+a\\s+half)?`;
export const VAGUE = `(?:${alternation(VAGUE_QUANTITIES)})`;

export const ORDINAL = `(?:${alternation(Object.keys(ORDINAL_WORDS))}|\\d{1,2}(?:st|nd|rd|th))`;
/** Day of month: 1-31 with an optional ordinal suffix, or an ordinal word. */
export const DAY_OF_MONTH = `(?:(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|${alternation(
  Object.keys(ORDINAL_WORDS).filter((w) => ORDINAL_WORDS[w] > 0),
)})`;
export const YEAR = '(?:1\\d{3}|20\\d{2})';

/**
 * Start and end guards: an expression never begins or ends inside a word or number. A plain `\\b`
 * and an ASCII-plus-Latin class, without the unicode flag, let the regex engine skip ahead fast
 * (about a third quicker on news text than unicode lookbehinds).
 */
const BEFORE = '\\b';
const AFTER = '(?![A-Za-z0-9_\\u00C0-\\u024F])';

/** A global, case-insensitive pattern that matches whole words only. */
export function wordPattern(body: string): RegExp {
  return new RegExp(`${BEFORE}(?:${body})${AFTER}`, 'gi');
}
const TEEN_OR_TENS =
  '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine))?)';
/** Years spelled out: "nineteen ninety-six", "two thousand", "two thousand and three". */
export const SPOKEN_YEAR = `(?:(?:nineteen|eighteen)\\s+${TEEN_OR_TENS}|two\\s+thousand(?:\\s+and)?(?:\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)`;

/**
 * A live blog's update stamp at the start of a line: "14:15 — ", "2:15 p.m. – ", "08:30 BST - ",
 * "5:20 p.m. AKDT — ". Its length, 0 if the line opens with none.
 */
const UPDATE_STAMP =
  /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[aApP]\.?\s?[mM]\.?)?(?:\s*(?:[A-Z]{2,5}|local(?:\s+time)?))?\s*(?:[—–|]|-{1,2})\s*/;

export function updateStampLength(line: string): number {
  const match = UPDATE_STAMP.exec(line);
  return match && match[0].length < line.length ? match[0].length : 0;
}
