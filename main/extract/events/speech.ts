/**
 * What speech dates and what it does not. A quotation's "today" in the present tense is the speaker's
 * rhetoric ("Today is about the workers," she said), not a happening; a reported opinion or guess
 * ("Some traders said on Friday that the payments came too late", "he hinted that he might stay") is
 * no event dated by its saying.
 */
import type { TimeExpression } from '../../../preload/domain';
import { attributionRanges } from './attribution';
import { type Clause, isFiniteVerb, splitClauses } from './clauses';
import { governingVerb } from './governing';
import { compareIso, dayOf } from './iso-dates';
import { lexicon, lookupVerb } from './lexicon';
import type { Sentence } from './sentences';
import { groupStart, tenseAt } from './tense';
import { type Token, tokenize } from './tokens';

/** Deictic words whose meaning is the moment of speaking. */
const SPEAKING_MOMENT = /^(?:today|tonight|now|right\s+now|this\s+(?:morning|afternoon|evening|week))$/i;

/**
 * True for a deictic date ("today", "tonight") inside a direct quotation whose own verb is in the
 * present tense: "Nobody is laughing today", "Today is about the people who ...". A past or future
 * verb ("Today we signed", "We will sign today") keeps it a date.
 */
export function isRhetoricalNow(
  text: string,
  sentence: Sentence,
  timex: TimeExpression,
  quoted: Uint8Array,
): boolean {
  if (!quoted[timex.start]) return false;
  if (isDaySubject(text, timex)) return true;
  const moment = SPEAKING_MOMENT.test(timex.text.trim());
  let from = timex.start;
  while (from > sentence.start && quoted[from - 1]) from--;
  let to = timex.end;
  while (to < sentence.end && quoted[to]) to++;
  const tokens = tokenize(text.slice(from, to), from);
  const clauses = splitClauses(tokens);
  const index = tokens.findIndex((token) => token.start >= timex.start);
  const clause = clauses.find((each) => index >= each.from && index < each.to) ?? clauses[0];
  if (!clause) return false;
  const verb = governingVerb(tokens, clause, timex.start);
  if (verb < 0) return false;
  // "Today we have no choice": "have" without a participle is the present, not a perfect.
  const possessive =
    ['have', 'has'].includes(lower(tokens[verb])) &&
    !['past', 'participle'].includes(lookupVerb(lower(tokens[verb + 1]))?.kind ?? '') &&
    lower(tokens[verb + 1]) !== 'been';
  // "This week has been the hardest of my life": a state up to now, not a perfect of doing.
  const afterBeen = lower(tokens[verb + 2]);
  const stateSoFar =
    ['have', 'has'].includes(lower(tokens[verb])) &&
    lower(tokens[verb + 1]) === 'been' &&
    !/ing$/.test(afterBeen) &&
    !['past', 'participle'].includes(lookupVerb(afterBeen)?.kind ?? '');
  if (!possessive && !stateSoFar && tenseAt(tokens, verb) !== 'present') return false;
  // "We are up against a very strong period last year", "I wouldn't be surprised to see another cut
  // before Christmas": a quoted state or supposition in the present is a view, whatever the date.
  if (!moment) {
    const first = lower(tokens[groupStart(tokens, verb)]);
    const state =
      BE_PRESENT.has(first) && !/ing$/i.test(tokens[verb + 1]?.text ?? '') && first === lower(tokens[verb]);
    return state || possessive || SUPPOSING.has(first);
  }
  // "We are closing the plant today", "Today we are announcing a merger": something done now, unless
  // nobody in particular does it ("Nobody is laughing today").
  const progressive =
    ['is', 'are', 'am', "'re", '’re', "'s", '’s'].includes(lower(tokens[verb])) &&
    /ing$/i.test(tokens[verb + 1]?.text ?? '');
  const vague = tokens.slice(clause.from, verb).some((token) => INDEFINITE.has(lower(token)));
  return !progressive || vague;
}

const BE_PRESENT = new Set(['is', 'are', 'am', "'re", '’re', "'s", '’s']);
/** "would", "could", "wouldn't": a supposition, not a happening. */
const SUPPOSING = new Set(['would', 'could', 'might', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t']);

/** A day told from the speaker's now, as a word that can be a sentence's subject. */
const DEICTIC_DAY =
  /^(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening|week|weekend)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** "Yesterday was the culmination of ...", "Today is a good day", "Saturday is going to be emotional". */
const COPULA_AFTER =
  /^\s*(?:is|was|will\s+be|(?:is|was)\s+going\s+to\s+be|has\s+been|had\s+been|would\s+be|['’]s|marks|marked|feels|felt|shows|showed)\b/i;

/**
 * The quoted day is the topic, not the time of a happening: "Yesterday was the culmination of three
 * years of work" judges the day; "Yesterday we launched" still dates the launch.
 */
function isDaySubject(text: string, timex: TimeExpression): boolean {
  if (!DEICTIC_DAY.test(timex.text.trim())) return false;
  const before = text.slice(Math.max(0, timex.start - 3), timex.start);
  const opensClause = /(?:^|[“"‘'.!?;:]\s*|\n\s*)$/.test(before) || timex.start === 0;
  return opensClause && COPULA_AFTER.test(text.slice(timex.end, timex.end + 20));
}

/** Subjects that are nobody in particular: "Nobody is laughing today". */
const INDEFINITE = new Set([
  'nobody',
  'no-one',
  'everybody',
  'everyone',
  'anybody',
  'anyone',
  'somebody',
  'someone',
  'people',
]);

const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

/** "Some traders", "Many residents": a vague group whose saying is a view, not an announcement. */
const VAGUE_SPEAKERS = new Set(['some', 'many', 'several', 'most', 'few', 'other', 'others']);
/** "might stay", "may leave": a guess, not a happening. */
const GUESSING = new Set(['might', 'may']);
/** "came too late", "was too slow": a judgement. */
const JUDGING = new Set(['too']);

/**
 * True when a reporting clause and the clause it reports tell a view or a guess, not a happening:
 * the speakers are a vague group ("Some traders said ..."), or the report guesses ("he might stay")
 * or judges ("the payments came too late").
 */
export function reportsOpinion(
  tokens: readonly Token[],
  reporting: { from: number; to: number },
  reported: Clause | undefined,
): boolean {
  let first = reporting.from;
  while (first < reporting.to && !tokens[first].isWord) first++;
  // "Some traders said", but not "Some 300 workers said" (about 300).
  if (VAGUE_SPEAKERS.has(lower(tokens[first])) && !/^\d/.test(tokens[first + 1]?.text ?? '')) return true;
  if (!reported) return false;
  if (judgesByCopula(tokens, reported)) return true;
  // '"This is a meaningful step, not a cure," she said on Tuesday': a quoted verdict in the present.
  if (quotedPresentCopula(tokens, reported)) return true;
  for (let i = reported.from; i < reported.to; i++) {
    const word = lower(tokens[i]);
    if (GUESSING.has(tokens[i].text)) return true;
    // "came too late", but not "it too had cut jobs".
    const next = tokens[i + 1];
    const judged =
      next?.isWord &&
      !/^\d/.test(next.text) &&
      !isFiniteVerb(tokens, i + 1) &&
      !lexicon.auxiliaries.has(lower(next)) &&
      !lexicon.modals.has(lower(next));
    if (JUDGING.has(word) && judged) return true;
  }
  return false;
}

const PLAN_MODALS = new Set(['will', 'would', 'shall']);

/**
 * "The ministry said late Tuesday that it would send tests by the end of the month": a reported plan
 * that carries its own date is the happening; the day of saying adds no second copy of it.
 */
export function isReportedPlan(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  reportedIndexes: ReadonlySet<number>,
  clauseIndex: number,
): boolean {
  const clause = clauses[clauseIndex];
  if (clause?.kind !== 'complement' || !reportedIndexes.has(clauseIndex)) return false;
  const verb = firstFiniteVerbIn(tokens, clause);
  return verb >= 0 && (PLAN_MODALS.has(lower(tokens[verb])) || /['’]ll$/.test(tokens[verb].text));
}

function firstFiniteVerbIn(tokens: readonly Token[], clause: Clause): number {
  for (let i = clause.from; i < clause.to; i++) if (isFiniteVerb(tokens, i)) return i;
  return -1;
}

const COPULAS = new Set(['is', 'are', 'was', 'were', "'s", '’s']);
/** Words of judgement: "was wrong", "is unacceptable", "was a mistake" (not stances like "is ready to"). */
const JUDGEMENTS = new Set([
  'wrong',
  'unfair',
  'unjust',
  'unacceptable',
  'unworkable',
  'premature',
  'misguided',
  'reckless',
  'irresponsible',
  'shameful',
  'disappointing',
]);
const JUDGING_NOUNS = new Set([
  'mistake',
  'disaster',
  'failure',
  'scandal',
  'betrayal',
  'disgrace',
  'farce',
  'fiasco',
]);

/**
 * "Opposition members said on Tuesday that the plan was a mistake": a copula with a noun or an
 * adjective of judgement tells a view, not a happening ("was closed", "were killed" and "was cutting"
 * are happenings).
 */
function quotedPresentCopula(tokens: readonly Token[], reported: Clause): boolean {
  const opening = [tokens[reported.from - 1], tokens[reported.from]].some(
    (token) => token !== undefined && (token.text === '"' || token.text === '“'),
  );
  if (!opening) return false;
  for (let i = reported.from; i < reported.to; i++) {
    if (isFiniteVerb(tokens, i))
      return BE_PRESENT.has(lower(tokens[i])) && !/ing$/.test(lower(tokens[i + 1]));
  }
  return false;
}

function judgesByCopula(tokens: readonly Token[], reported: Clause): boolean {
  let verb = -1;
  for (let i = reported.from; i < reported.to; i++) {
    if (isFiniteVerb(tokens, i)) {
      verb = i;
      break;
    }
  }
  if (verb < 0 || !COPULAS.has(lower(tokens[verb]))) return false;
  let next = verb + 1;
  while (['not', "n't", 'also', 'still', 'now'].includes(lower(tokens[next]))) next++;
  const word = lower(tokens[next]);
  if (!tokens[next]?.isWord || /ing$/.test(word) || lookupVerb(word)) return false;
  if (JUDGEMENTS.has(word)) return true;
  if (word !== 'a' && word !== 'an') return false;
  // "a mistake", "a costly mistake", "a total failure"
  return [1, 2].some((step) => JUDGING_NOUNS.has(lower(tokens[next + step])));
}

/** "before it crashed", "after the storm hit", "when the plane went down": the time a finding looks back on. */
const BACKGROUND_OPENERS = new Set(['before', 'after', 'when', 'as', 'while', 'once', 'until']);

/**
 * "Investigators said on Thursday that ice probably caused the crew to lose control before it crashed
 * last November": the report's finding is the news, dated by its saying; the subordinate clause's date
 * is the background happening the finding is about, not the finding's own date. A reported plan
 * ("said it would close the plant after the election in May") is dated by its clause as usual.
 */
export function isReportBackground(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  reports: readonly (number | undefined)[],
  clauseIndex: number,
): boolean {
  const clause = clauses[clauseIndex];
  if (clause?.kind !== 'subordinate' || !BACKGROUND_OPENERS.has(lower(tokens[clause.from]))) return false;
  for (let k = clauseIndex - 1; k >= 0; k--) {
    const between = clauses[k];
    if (between.kind === 'main' || between.kind === 'resumed') return false;
    if (between.kind !== 'complement' || !reports.includes(k)) continue;
    const verb = firstFiniteVerbIn(tokens, between);
    if (verb < 0) return false;
    const word = lower(tokens[verb]);
    // The finding must tell something done, not a plan or a guess.
    if (PLAN_MODALS.has(word) || GUESSING.has(word) || lexicon.modals.has(word) || /['’]ll$/.test(word))
      return false;
    // ... and be a conclusion ("probably caused", "was likely to blame"), not one more step of the
    // story ("the pilot had switched off the autopilot before the jet crashed on Nov. 14").
    for (let i = between.from; i < between.to; i++) if (FINDING_WORDS.has(lower(tokens[i]))) return true;
    return false;
  }
  return false;
}

/** Words of a conclusion drawn: a cause found, or a hedge on what happened. */
const FINDING_WORDS = new Set([
  'probably',
  'likely',
  'possibly',
  'almost',
  'caused',
  'cause',
  'causes',
  'contributed',
  'triggered',
  'blamed',
  'blame',
  'responsible',
  'led',
  'resulted',
]);

const COARSE = new Set(['month', 'season', 'quarter', 'half', 'year']);
const FINE = new Set(['day', 'hour', 'minute']);

/**
 * The background of a report told coarsely ("before it crashed ..., last November") and told again
 * precisely just after ("went down ... at 6:42 a.m. on Nov. 14") is one happening: the precise telling
 * stays, the coarse one goes. `isBackground` says whether an event's date lies in such a clause.
 */
export function dropRetoldBackground<
  E extends {
    start: string;
    end?: string;
    precision: string;
    planned: boolean;
    sourceStart: number;
    sourceEnd: number;
    timexes: readonly { interval?: { start: string; end: string } }[];
  },
>(events: readonly E[], isBackground: (event: E) => boolean, window: number): E[] {
  return events.filter((event) => {
    if (!COARSE.has(event.precision) || event.planned) return true;
    const last = event.end ?? event.timexes[0]?.interval?.end;
    if (!last || !isBackground(event)) return true;
    const retold = events.some(
      (other) =>
        other !== event &&
        FINE.has(other.precision) &&
        !other.planned &&
        other.sourceStart >= event.sourceEnd &&
        other.sourceStart - event.sourceEnd < window &&
        compareIso(dayOf(other.start), dayOf(event.start)) >= 0 &&
        compareIso(dayOf(other.start), dayOf(last)) <= 0,
    );
    return !retold;
  });
}

/** True when an event's date lies in the background clause of a report told in its sentence. */
export function isReportBackgroundEvent(event: {
  quote: string;
  sourceStart: number;
  timexes: readonly { start: number }[];
}): boolean {
  const at = event.timexes[0]?.start;
  if (at === undefined) return false;
  const tokens = tokenize(event.quote, event.sourceStart);
  const clauses = splitClauses(tokens);
  const token = tokens.findIndex((each) => each.end > at);
  const index = clauses.findIndex((clause) => token >= clause.from && token < clause.to);
  if (index < 0) return false;
  const reports = attributionRanges(tokens, clauses).map((range) => range.reports);
  return isReportBackground(tokens, clauses, reports, index);
}
