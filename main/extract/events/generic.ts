/**
 * Times that name no particular moment: a season without a year or a determiner in a clause that is
 * neither past nor planned is a habit ("Upstream countries want to store water in winter, while
 * farmers need it in summer"), not a dated happening.
 */
import type { TimeExpression } from '../../../preload/domain';
import { splitClauses } from './clauses';
import { governingVerb } from './governing';
import type { Sentence } from './sentences';
import { tenseAt } from './tense';
import { joinTokens, tokenize } from './tokens';

const BARE_SEASON = /^(?:spring|summer|autumn|fall|winter)(?:time)?$/i;
/** "in winter", "during summer", "every spring": the season word alone after these. */
const SEASON_PREPOSITION = /\b(?:in|during|through|throughout|over|every|each)\s+$/i;
/** A plan names the coming season: "will open in summer", "plans to start in spring". */
const PLANNED =
  /\b(?:will|shall|going\s+to|expected\s+to|scheduled|due\s+to|set\s+to|plans?\s+to|planned|planning|intends?\s+to|aims?\s+to)\b|['’]ll\b/i;

export function isHabitualSeason(text: string, sentence: Sentence, timex: TimeExpression): boolean {
  if (!BARE_SEASON.test(timex.text.trim())) return false;
  if (!SEASON_PREPOSITION.test(text.slice(Math.max(sentence.start, timex.start - 20), timex.start)))
    return false;
  const tokens = tokenize(sentence.text, sentence.start);
  const clauses = splitClauses(tokens);
  const index = tokens.findIndex((token) => token.start >= timex.start);
  const clause = clauses.find((each) => index >= each.from && index < each.to);
  if (!clause) return false;
  const verb = governingVerb(tokens, clause, timex.start);
  if (verb >= 0 && tenseAt(tokens, verb) === 'past') return false;
  // A verb the lexicon does not know: a past form ends in -ed ("flooded"), else it is read as present.
  if (verb < 0 && tokens.slice(clause.from, clause.to).some((token) => /^[a-z]{3,}ed$/.test(token.text)))
    return false;
  return !PLANNED.test(joinTokens(tokens.slice(clause.from, clause.to)));
}

/** "until 8 p.m. on Fridays", "at 6 a.m. every day": a clock time of a routine. */
const ROUTINE_AFTER =
  /^\s*,?\s*(?:on\s+)?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends|every\b|each\b|daily\b|nightly\b)/i;
const ROUTINE_BEFORE =
  /\b(?:every|each)\s+(?:day|night|morning|evening|afternoon|weekday)\s+(?:at|until|from|by)\s+$/i;

export function isRoutineTime(text: string, sentence: Sentence, timex: TimeExpression): boolean {
  if (timex.type !== 'TIME') return false;
  const after = text.slice(timex.end, Math.min(sentence.end, timex.end + 20));
  const before = text.slice(Math.max(sentence.start, timex.start - 30), timex.start);
  return ROUTINE_AFTER.test(after) || ROUTINE_BEFORE.test(before);
}
