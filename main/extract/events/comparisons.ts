/**
 * Dates that name no happening of their own: the yardstick of a comparison ("a month earlier than it
 * did in the 1980s", "fewer than last year", ", up 2.7% since the census in 2011", "65% below 1990
 * levels"), persons placed in
 * time ("for people 3,000 years ago") and a habit's time ("its annual Thanksgiving parade"; "Every
 * summer crews rotate through, and this year 1,900 are assigned").
 */
import type { Clause } from './clauses';
import { governingVerb } from './governing';
import { lexicon } from './lexicon';
import type { Happening } from './ranges';
import { tenseAt } from './tense';
import type { Token } from './tokens';
import { isNegation } from './verb-groups';

/** "a month earlier than", "a year later than": the gap of a comparison, not a shift of the story's time. */
const GAP_BEFORE_THAN = /\b(?:earlier|later|sooner)$/i;
/** "more than a year ago", "less than two weeks later": a measured distance, still the story's time. */
const MEASURE =
  /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|some|\d[\d,.]*)\b/i;
/** "than last year", "than in 2011", "than it did in the 1980s", "than they were during the 1990s". */
const THAN_BEFORE =
  /\bthan\s+(?:(?:it|they|he|she|we|you|there|this|that|[\p{L}'’-]+)\s+(?:did|was|were|had|has|have|is|are|do|does|could|would)\s+)?(?:(?:in|during|at|on|for|over|of|from)\s+)?(?:the\s+)?$/iu;

/** ", up 2.7% since the previous census in 2011": a verbless change measured from a yardstick. */
const CHANGE_SINCE =
  /,\s*(?:up|down)\s+(?:by\s+)?(?:about\s+|almost\s+|nearly\s+|some\s+)?[\d.,]+\s*(?:%|percent|per\s+cent|points?)\s+(?:on|from|since)\s+(?:[\p{L}'’-]+\s+){0,4}(?:in\s+|of\s+)?$/iu;

/** "For people 3,000 years ago it was a highway": "ago" after a noun of persons places them, not a happening. */
const PERSONS_AGO = /\b(?:for|to|of|among|like)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?([\p{L}]+)\s+$/iu;

function qualifiesPersons(text: string, sentenceStart: number, happening: Happening): boolean {
  const anchor = happening.timexes[0];
  if (!/\bago$/i.test(anchor.text.trim())) return false;
  const noun = PERSONS_AGO.exec(text.slice(Math.max(sentenceStart, anchor.start - 40), anchor.start))?.[1];
  if (!noun) return false;
  const word = noun.toLowerCase();
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  return lexicon.personNouns.has(word) || lexicon.personNouns.has(singular);
}

/** "from 1990 levels", "below their 2005 peak", "pre-2008 levels": a year as a measure's baseline. */
const BASELINE_NOUN_AFTER = /^(?:['’]s)?\s+(?:levels?|peaks?|highs?|lows?|average|baseline|figures?)\b/i;
const BASELINE_BEFORE =
  /(?:\b(?:from|below|above|under|over|beneath|to|on|versus|vs\.?|than|with|of|at|near|regain(?:ed|ing)?|reach(?:ed|ing)?|surpass(?:ed|ing)?|exceed(?:ed|ing)?)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?|\b(?:pre|post)-)$/i;

export function isComparisonYardstick(text: string, sentenceStart: number, happening: Happening): boolean {
  const anchor = happening.timexes[0];
  if (qualifiesPersons(text, sentenceStart, happening)) return true;
  if (
    BASELINE_NOUN_AFTER.test(text.slice(anchor.end, anchor.end + 20)) &&
    BASELINE_BEFORE.test(text.slice(Math.max(sentenceStart, anchor.start - 30), anchor.start))
  )
    return true;
  if (CHANGE_SINCE.test(text.slice(Math.max(sentenceStart, anchor.start - 80), anchor.start))) return true;
  if (GAP_BEFORE_THAN.test(anchor.text.trim()) && /^\s*than\b/i.test(text.slice(anchor.end, anchor.end + 8)))
    return true;
  const before = text.slice(Math.max(sentenceStart, anchor.start - 40), anchor.start);
  if (/\bthan\s+$/i.test(before) && MEASURE.test(anchor.text.trim())) return false;
  // "no later than March 31", "not before 2026": a bound, not a yardstick.
  if (/\b(?:no|not)\s+(?:later|earlier|sooner)\s+than\s+(?:the\s+)?$/i.test(before)) return false;
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

/**
 * "the forward would not be sold at any price this summer", "won't raise rates in March": what a
 * negated modal rules out is no happening. "will not reopen until March" is a date all the same (the
 * range rules read it).
 */
export function isNegatedHappening(
  text: string,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  happening: Happening,
): boolean {
  const anchor = happening.timexes[0];
  if (
    /\b(?:until|till|before|since|for)\s+(?:at\s+least\s+)?(?:the\s+)?$/i.test(
      text.slice(Math.max(0, anchor.start - 20), anchor.start),
    )
  )
    return false;
  const tokenIndex = tokens.findIndex((token) => token.start >= anchor.start);
  const clause = clauses.find((each) => tokenIndex >= each.from && tokenIndex < each.to);
  if (!clause) return false;
  const verb = governingVerb(tokens, clause, anchor.start);
  if (verb < 0 || verb > tokenIndex) return false;
  // Only a modal's negation: "was not held in 2009" tells a fact (the festival's missing year).
  const words = tokens
    .slice(Math.max(clause.from, verb - 4), verb + 3)
    .filter((token) => token.isWord)
    .map((token) => token.text.toLowerCase());
  return words.some(
    (word, i) => lexicon.modals.has(word) && (isNegation(word) || isNegation(words[i + 1] ?? '')),
  );
}
