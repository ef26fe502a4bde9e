/**
 * "The judge ordered him to report to prison by January 8": a deadline set in the past for an action
 * told in the infinitive may lie after publication. The ordering verb's past tense does not move the
 * date back a year; the tagger's reading of "by <date>" (ahead) stands.
 */
import type { TimeExpression } from '../../../preload/domain';
import { lexicon, lookupVerb } from './lexicon';
import type { Tense } from './tense';
import type { Token } from './tokens';

const DEADLINE_BEFORE = /\b(?:by|before|no\s+later\s+than)\s+(?:the\s+)?$/i;

export function tenseForDeadline(
  text: string,
  tokens: readonly Token[],
  verbIndex: number,
  timex: TimeExpression,
  tense: Tense,
  referenceDate?: string,
): Tense {
  if (tense !== 'past' || verbIndex < 0) return tense;
  const expectation = expectsAhead(text, tokens, verbIndex, timex, referenceDate);
  if (expectation) return expectation;
  if (arrangedAhead(text, tokens, verbIndex, timex, referenceDate)) return 'present';
  if (!DEADLINE_BEFORE.test(text.slice(Math.max(0, timex.start - 20), timex.start))) return tense;
  const between = text.slice(tokens[verbIndex].end, timex.start);
  // "ordered Kessler to report to prison by", "asked them to leave before": an action still to come.
  return /\bto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)\p{L}+\b/iu.test(between) &&
    !/[;.!?]/.test(between)
    ? 'present'
    : tense;
}

/** Verbs that fix the time of something still to happen: "set the sentencing for May 21". */
const ARRANGING = new Set([
  'schedule',
  'reschedule',
  'set',
  'slate',
  'fix',
  'book',
  'plan',
  'postpone',
  'delay',
  'move',
  'push',
  'bring',
  'call',
  'pencil',
]);

/**
 * What a past act arranged lies where the tagger put it: "set Keppler's sentencing for May 21",
 * "agreed on Wednesday to hold a televised debate on March 24" (an infinitive after the past verb),
 * "a dividend payable on Aug. 19". The arranging verb's past tense does not move the date back a year.
 */
function arrangedAhead(
  text: string,
  tokens: readonly Token[],
  verbIndex: number,
  timex: TimeExpression,
  referenceDate: string | undefined,
): boolean {
  // Only a date the tagger read ahead of publication is kept there; one it read behind stays behind.
  const start = timex.interval?.start;
  if (!referenceDate || !start || start.slice(0, 10) <= referenceDate) return false;
  const between = text.slice(tokens[verbIndex].end, timex.start);
  // A new clause ends the arrangement; "and" inside a name ("the Employment and Labour Relations Court") does not.
  if (/[;!?]|\.(?!\d)|\b(?:but|when|which|who)\b/i.test(between)) return false;
  // "after the storm hit" opens a clause; "appear before the court" is a preposition.
  if (/\b(?:after|before|since)\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)/i.test(between)) return false;
  if (/\b[Aa]nd\s+(?!\p{Lu})/u.test(between)) return false;
  const base = lookupVerb(tokens[verbIndex].text)?.forms.base ?? '';
  if (ARRANGING.has(base) && /\b(?:for|to|until|till)\s+(?:the\s+)?$/i.test(between)) return true;
  if (
    /\b(?:payable|due|scheduled|slated|set|effective|of\s+record(?:\s+as\s+of)?)\s+(?:on\s+|for\s+|from\s+)?(?:the\s+)?$/i.test(
      between,
    )
  )
    return true;
  // "ordered that a hearing be held on 23 January": the mandated act lies ahead.
  if (/\bthat\b[^;.!?]*\bbe\s+\p{L}+(?:ed|en|d)\s+(?:on|in|at|by|before)?\s*(?:the\s+)?$/iu.test(between))
    return true;
  // "agreed to hold a debate on March 24": the infinitive's act comes after the agreeing.
  const infinitive = /\bto\s+(\p{L}+)\b/u.exec(between);
  if (!infinitive) return false;
  const word = infinitive[1];
  // A verb the lexicon knows, or any lowercase word that is no determiner or place ("to appear").
  return (
    lookupVerb(word)?.forms.base === word.toLowerCase() ||
    (/^[a-z]+$/.test(word) &&
      !lexicon.determiners.has(word) &&
      !TO_PLACES.has(word) &&
      lookupVerb(word) === undefined)
  );
}

/** "sent to prison", "taken to hospital": "to" before a place, not an infinitive. */
const TO_PLACES = new Set([
  'hospital',
  'prison',
  'jail',
  'court',
  'school',
  'work',
  'bed',
  'church',
  'market',
  'power',
  'office',
  'sea',
  'town',
]);

/** Verbs of looking ahead: what they expect lies after their own moment. */
const EXPECTING = new Set([
  'expected',
  'predicted',
  'forecast',
  'forecasted',
  'projected',
  'anticipated',
  'estimated',
  'hoped',
]);

/**
 * "Whitfield said she expected full containment at some point in early September": what an expectation
 * told in the past looks ahead to, read ahead of publication by the tagger, stays ahead. The past
 * tense of "expected" does not move it back a year.
 */
function expectsAhead(
  text: string,
  tokens: readonly Token[],
  verbIndex: number,
  timex: TimeExpression,
  referenceDate: string | undefined,
): Tense | undefined {
  const start = timex.interval?.start;
  if (!referenceDate || !start) return undefined;
  // "expected full containment in September", "expected the merger to close in March".
  let verb = verbIndex;
  if (!EXPECTING.has(lowerAt(tokens, verb))) {
    const to = verb - 1;
    if (lowerAt(tokens, to) !== 'to') return undefined;
    verb = -1;
    for (let i = to - 1; i >= Math.max(0, to - 5); i--) {
      if (EXPECTING.has(lowerAt(tokens, i))) {
        verb = i;
        break;
      }
      if (!tokens[i].isWord) break;
    }
    if (verb < 0) return undefined;
  }
  // "In 2019, officials expected ...": a past story of its own dates the expectation; leave it.
  const sentenceBefore =
    text
      .slice(Math.max(0, timex.start - 200), timex.start)
      .split(/[.!?]\s/)
      .pop() ?? '';
  if (/\b\d{4}\b/.test(sentenceBefore)) return undefined;
  return start.slice(0, 10) > referenceDate ? 'present' : 'future';
}

const lowerAt = (tokens: readonly Token[], index: number): string => tokens[index]?.text.toLowerCase() ?? '';

/** "since his inauguration for a fifth term on May 7": what "since" reaches back to lies behind. */
const SINCE_PHRASE = /\bsince\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}(?:on|in|of|at)?\s*$/iu;

export function tenseAfterSince(text: string, timex: TimeExpression, tense: Tense): Tense {
  if (tense === 'past') return tense;
  const before = text.slice(Math.max(0, timex.start - 80), timex.start);
  const match = SINCE_PHRASE.exec(before);
  if (!match) return tense;
  // A verb between "since" and the date starts a clause of its own ("since the plant will close on ...").
  const words = match[0].split(/\s+/).slice(1);
  // "since 2015 and whose term expires on June 30": a new clause has begun.
  return words.some((word) =>
    /^(?:will|would|is|are|was|were|has|have|had|shall|and|or|but|whose|who|which|that|when)$/i.test(word),
  )
    ? tense
    : 'past';
}
