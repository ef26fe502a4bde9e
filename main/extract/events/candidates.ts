/**
 * Which time expressions can date an event: anchored calendar dates and times. Durations, sets,
 * PRESENT_REF/PAST_REF/FUTURE_REF and anaphoric "at the time" name no new moment; a date inside the
 * reporting clause of a quotation ("..., Putin said at the time") dates the speaking, not a happening.
 */
import type { TimeExpression } from '../../../preload/domain';
import { compareIso, isIsoDate } from './iso-dates';
import { lexicon } from './lexicon';
import type { Sentence } from './sentences';

/** Keeps only well-formed expressions inside the text, without overlaps (the longer one wins). */
export function sanitizeExpressions(text: string, expressions: readonly TimeExpression[]): TimeExpression[] {
  const valid = expressions.filter(
    (timex) =>
      Number.isInteger(timex.start) &&
      Number.isInteger(timex.end) &&
      timex.start >= 0 &&
      timex.end <= text.length &&
      timex.start < timex.end,
  );
  // One sweep in text order: of two overlapping expressions the longer stays.
  const sorted = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimeExpression[] = [];
  for (const timex of sorted) {
    const last = kept[kept.length - 1];
    if (!last || timex.start >= last.end) kept.push(timex);
    else if (timex.end - timex.start > last.end - last.start) kept[kept.length - 1] = timex;
  }
  return kept;
}

/** "the Sun", "the Sat." are nouns, not weekdays. */
const WEEKDAY_ABBREVIATION = /^(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\.?$/;

export function isNounNotDate(text: string, timex: TimeExpression): boolean {
  return (
    WEEKDAY_ABBREVIATION.test(timex.text) &&
    /\bthe\s+$/i.test(text.slice(Math.max(0, timex.start - 5), timex.start))
  );
}

export function isAnchoredDate(timex: TimeExpression): boolean {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return false;
  if (/_REF$/.test(timex.value)) return false;
  const interval = timex.interval;
  if (!interval || !isIsoDate(interval.start) || !isIsoDate(interval.end)) return false;
  if (compareIso(interval.start, interval.end) > 0) return false;
  const words = timex.text.toLowerCase().replace(/\s+/g, ' ').trim();
  return !lexicon.anaphoricTimes.has(words);
}

/**
 * True when the expression sits in the clause that introduces a direct quotation: after the closing
 * quote, within a few words of a speech verb ("...,” Putin said at the time").
 */
export function isInQuoteAttribution(
  text: string,
  sentence: Sentence,
  timex: TimeExpression,
  quoted: Uint8Array,
): boolean {
  let lastQuoted = -1;
  for (let i = timex.start - 1; i >= sentence.start; i--) {
    if (quoted[i]) {
      lastQuoted = i;
      break;
    }
  }
  if (lastQuoted < 0 || quoted[timex.start]) return false;
  const between = text.slice(lastQuoted + 1, timex.start);
  if (/[;.!?]\s/.test(between.replace(/^[”"’']?[.,!?]?/, ''))) return false;
  const words = between.match(/[\p{L}'’]+/gu) ?? [];
  // '..., said Corless, who was appointed in April 2016': a relative clause about the speaker has its own time.
  const speech = words.findIndex((word) => lexicon.speechVerbs.has(word.toLowerCase()));
  if (speech >= 0 && words.slice(speech + 1).some((word) => /^(?:who|which|whose)$/i.test(word)))
    return false;
  return words.length <= 12 && speech >= 0;
}
