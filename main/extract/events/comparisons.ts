/**
 * Dates that name no happening of their own: the yardstick of a comparison ("a month earlier than it
 * did in the 1980s", "fewer than last year") and a habit's time ("its annual Thanksgiving parade";
 * "Every summer crews rotate through, and this year 1,900 are assigned").
 */
import type { Clause } from './clauses';
import { governingVerb } from './governing';
import type { Happening } from './ranges';
import { tenseAt } from './tense';
import type { Token } from './tokens';

/** "a month earlier than", "a year later than": the gap of a comparison, not a shift of the story's time. */
const GAP_BEFORE_THAN = /\b(?:earlier|later|sooner)$/i;
/** "more than a year ago", "less than two weeks later": a measured distance, still the story's time. */
const MEASURE =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|some|\d[\d,.]*)\b/i;
/** "than last year", "than in 2011", "than it did in the 1980s", "than they were during the 1990s". */
const THAN_BEFORE =
  /\bthan\s+(?:(?:it|they|he|she|we|you|there|this|that|[\p{L}'’-]+)\s+(?:did|was|were|had|has|have|is|are|do|does|could|would)\s+)?(?:(?:in|during|at|on|for|over|of|from)\s+)?(?:the\s+)?$/iu;

export function isComparisonYardstick(text: string, sentenceStart: number, happening: Happening): boolean {
  const anchor = happening.timexes[0];
  if (GAP_BEFORE_THAN.test(anchor.text.trim()) && /^\s*than\b/i.test(text.slice(anchor.end, anchor.end + 8)))
    return true;
  const before = text.slice(Math.max(sentenceStart, anchor.start - 40), anchor.start);
  if (/\bthan\s+$/i.test(before) && MEASURE.test(anchor.text.trim())) return false;
  return THAN_BEFORE.test(before);
}

/** "its annual Thanksgiving window display", "the yearly Christmas market": a date of a habit. */
const HABIT_ADJECTIVE = /\b(?:annual|yearly|traditional|customary|perennial)\s+$/i;
/** "Every summer", "each year", "every Sunday morning": the sentence tells a habit. */
const HABIT_MARKER =
  /\b(?:every|each)\s+(?:single\s+)?(?:year|summer|winter|spring|autumn|fall|month|week|day|morning|evening|night|season|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/**
 * True for a date that only places a habit: after "annual", or "this year" told in the present tense in
 * a sentence that also tells the habit ("Every summer crews rotate ..., and this year 1,900 are assigned").
 */
export function isHabitDate(
  text: string,
  sentenceStart: number,
  sentenceText: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  happening: Happening,
): boolean {
  const anchor = happening.timexes[0];
  const before = text.slice(Math.max(sentenceStart, anchor.start - 20), anchor.start);
  if (HABIT_ADJECTIVE.test(before)) return true;
  if (!/^this\s+(?:year|summer|winter|spring|autumn|fall|season)$/i.test(anchor.text.trim())) return false;
  const habit = HABIT_MARKER.exec(sentenceText);
  if (!habit) return false;
  // The habit is told elsewhere in the sentence, not by the date itself.
  const habitAt = sentenceStart + habit.index;
  if (habitAt >= anchor.start && habitAt < anchor.end) return false;
  const tokenIndex = tokens.findIndex((token) => token.start >= anchor.start);
  const clause = clauses.find((each) => tokenIndex >= each.from && tokenIndex < each.to);
  if (!clause) return false;
  return tenseAt(tokens, governingVerb(tokens, clause, anchor.start)) === 'present';
}
