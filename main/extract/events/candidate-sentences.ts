/** Sentences paired with the time expressions that can date an event in them. */
import type { TimeExpression } from '../../../preload/domain';
import { isAnchoredDate, isInQuoteAttribution, isNounNotDate, sanitizeExpressions } from './candidates';
import { datelineEnd } from './dateline';
import { isHabitualSeason, isRoutineTime } from './generic';
import { liveBlogSentence } from './live-blog';
import { quotedMask, type Sentence, splitSentences } from './sentences';
import { isRhetoricalNow } from './speech';

export interface CandidateSentence {
  sentence: Sentence;
  /** Expressions that can date an event. */
  anchored: TimeExpression[];
  /** Every expression in the sentence (durations and sets too), to strip from titles. */
  all: TimeExpression[];
}

export function candidateSentences(
  text: string,
  expressions: readonly TimeExpression[],
): CandidateSentence[] {
  const clean = sanitizeExpressions(text, expressions);
  const quoted = quotedMask(text);
  // Both lists are in text order, so one pass pairs them (long articles have thousands of each).
  let cursor = 0;
  return splitSentences(text).map((whole) => {
    // "14:15 — Over-70s can book ...": the update stamp is no part of the happening.
    const blog = liveBlogSentence(text, whole);
    const sentence =
      blog.from > whole.start
        ? { start: blog.from, end: whole.end, text: text.slice(blog.from, whole.end) }
        : whole;
    while (cursor < clean.length && clean[cursor].start < sentence.start) cursor++;
    const all: TimeExpression[] = [];
    for (let i = cursor; i < clean.length && clean[i].start < sentence.end; i++) all.push(clean[i]);
    // "MOSCOW, Jan 16 (Reuters) -": the filing date is no happening.
    const dateline = datelineEnd(text, sentence.start);
    const anchored = all.filter(
      (timex) =>
        !blog.skip &&
        timex.end <= sentence.end &&
        timex.start >= dateline &&
        isAnchoredDate(timex) &&
        !isNounNotDate(text, timex) &&
        !isInQuoteAttribution(text, sentence, timex, quoted) &&
        !isRhetoricalNow(text, sentence, timex, quoted) &&
        !isHabitualSeason(text, sentence, timex) &&
        !isRoutineTime(text, sentence, timex),
    );
    return { sentence, anchored, all };
  });
}
