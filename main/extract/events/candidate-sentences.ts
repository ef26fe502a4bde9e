/** Sentences paired with the time expressions that can date an event in them. */
import type { TimeExpression } from '../../../preload/domain';
import { isAnchoredDate, isInQuoteAttribution, isNounNotDate, sanitizeExpressions } from './candidates';
import { quotedMask, type Sentence, splitSentences } from './sentences';

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
  return splitSentences(text).map((sentence) => {
    const all = clean.filter((timex) => timex.start >= sentence.start && timex.start < sentence.end);
    const anchored = all.filter(
      (timex) =>
        timex.end <= sentence.end &&
        isAnchoredDate(timex) &&
        !isNounNotDate(text, timex) &&
        !isInQuoteAttribution(text, sentence, timex, quoted),
    );
    return { sentence, anchored, all };
  });
}
