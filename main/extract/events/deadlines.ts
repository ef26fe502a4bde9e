/**
 * "The judge ordered him to report to prison by January 8": a deadline set in the past for an action
 * told in the infinitive may lie after publication. The ordering verb's past tense does not move the
 * date back a year; the tagger's reading of "by <date>" (ahead) stands.
 */
import type { TimeExpression } from '../../../preload/domain';
import type { Tense } from './tense';
import type { Token } from './tokens';

const DEADLINE_BEFORE = /\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$/i;

export function tenseForDeadline(
  text: string,
  tokens: readonly Token[],
  verbIndex: number,
  timex: TimeExpression,
  tense: Tense,
): Tense {
  if (tense !== 'past' || verbIndex < 0) return tense;
  if (!DEADLINE_BEFORE.test(text.slice(Math.max(0, timex.start - 20), timex.start))) return tense;
  const between = text.slice(tokens[verbIndex].end, timex.start);
  // "ordered Kessler to report to prison by", "asked them to leave before": an action still to come.
  return /\bto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)\p{L}+\b/iu.test(between) &&
    !/[;.!?]/.test(between)
    ? 'present'
    : tense;
}

/** "since his inauguration for a fifth term on May 7": what "since" reaches back to lies behind. */
const SINCE_PHRASE = /\bsince\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}(?:on|in|of|at)?\s*$/iu;

export function tenseAfterSince(text: string, timex: TimeExpression, tense: Tense): Tense {
  if (tense === 'past') return tense;
  const before = text.slice(Math.max(0, timex.start - 80), timex.start);
  const match = SINCE_PHRASE.exec(before);
  if (!match) return tense;
  // A verb between "since" and the date starts a clause of its own ("since the plant will close on ...").
  const words = match[0].split(/\s+/).slice(1);
  return words.some((word) => /^(?:will|would|is|are|was|were|has|have|had|shall)$/i.test(word))
    ? tense
    : 'past';
}
