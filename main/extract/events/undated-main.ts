/**
 * "Megan Ortiz, who finished second a year ago, pulled away to win": the only date of the sentence
 * sits in a relative clause about the subject's past; the main clause, in the simple past, tells what
 * happened in the story itself, on the story's day (the last day a sentence before has told).
 */
import type { ExtractedEvent } from '../../../preload/domain';
import { type Clause, isFiniteVerb } from './clauses';
import { compareIso, dayOf } from './iso-dates';
import { lexicon, lookupVerb } from './lexicon';
import type { Happening } from './ranges';
import type { Token } from './tokens';

/** How far back (characters) the story's day may have been told. */
const STORY_WINDOW = 1500;

/** The clause index of a dateless main clause resumed after a dated relative clause, if any. */
export function undatedMainClause(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  happenings: readonly Happening[],
  clauseOf: (happening: Happening) => number,
): number | undefined {
  if (happenings.length === 0) return undefined;
  const dated = new Set(happenings.map(clauseOf));
  // Every date of the sentence lies in a "who"/"which" clause.
  for (const index of dated) {
    const clause = clauses[index];
    const word = tokens[clause.from]?.text.toLowerCase();
    if (clause.kind !== 'relative' || (word !== 'who' && word !== 'which')) return undefined;
  }
  // "who finished second a year ago", "who won here last month": a past set against the story's now
  // (an absolute date, "who took charge in 2009", begins a biography, not the story's day).
  const deictic = happenings.every((happening) =>
    happening.timexes.every((timex) => /\b(?:ago|last|previous)\b/i.test(timex.text)),
  );
  if (!deictic) return undefined;
  const resumed = clauses.findIndex(
    (clause, index) => clause.kind === 'resumed' && index > Math.max(...dated) && !dated.has(index),
  );
  if (resumed < 0) return undefined;
  const clause = clauses[resumed];
  const verb = tokens[clause.from];
  // A simple past of a happening: not "had", "was", "said" (a report), nor a modal.
  const word = verb.text.toLowerCase();
  if (!isFiniteVerb(tokens, clause.from) || lookupVerb(word)?.kind !== 'past') return undefined;
  if (lexicon.auxiliaries.has(word) || lexicon.speechVerbs.has(word)) return undefined;
  return resumed;
}

/** The story's day: the last past event told on a day in the sentences before, not long before. */
export function storyDay(
  events: readonly ExtractedEvent[],
  sentenceStart: number,
  referenceDate: string,
): ExtractedEvent | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (sentenceStart - event.sourceEnd > STORY_WINDOW) return undefined;
    if (event.sourceStart >= sentenceStart) continue;
    const fine = event.precision === 'day' || event.precision === 'hour' || event.precision === 'minute';
    if (fine && !event.planned && !event.end && compareIso(dayOf(event.start), referenceDate) <= 0)
      return event;
  }
  return undefined;
}

/** The happening's dates all end before the story's day: the relative clause tells the past. */
export function allBefore(happenings: readonly Happening[], day: string): boolean {
  return happenings.every((happening) => compareIso(dayOf(happening.end ?? happening.start), day) < 0);
}
