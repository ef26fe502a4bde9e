/**
 * The tense of the clause around an expression, to tell the coming Monday from the last one. A
 * cheap reading: look for future markers ("will", "next", "plans to") and past markers ("said",
 * "-ed" verbs) in the same sentence, nearest first.
 */
import { FUTURE_MARKERS, PAST_MARKERS, SCHEDULED_PRESENT_VERBS } from './resources/en';

export type Tense = 'past' | 'future' | 'present';

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
// A scheduled-happening verb after "did", "not" or a perfect auxiliary is not a timetable: "did not
// begin until Monday", "has resumed"; nor are "housing starts" (a statistic).
const FUTURE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(FUTURE_MARKERS)}|(?<!(?:\\b(?:did|not|had|has|have|housing)|n't)\\s+)(?:${alternation(SCHEDULED_PRESENT_VERBS)}))(?![\\p{L}])`,
  'giu',
);
// An "-ed" word followed by "to" or "for" is usually a passive of intent ("scheduled to", "expected to"),
// unless a noun phrase follows ("reopened to the public", "arrested for the killing").
// A participle after "be", "is", "are", "will" or "would" belongs to a verb group whose auxiliary
// sets the tense ("will be named", "would be paid", "is expected": a present passive is not past).
// An "-ed" word after a determiner modifies a noun ("an unspecified date", "the proposed merger"),
// and a capitalised one is a name ("United States", "Red Cross"): neither is a past verb.
const PAST = new RegExp(
  `(?<![\\p{L}])(?<!\\b(?:be|been|being|is|are|am|will|would|to|remain|remains|stay|stays)\\s+)(?:${PAST_MARKERS.join('|')}|(?<!\\b(?:a|an|the|its|their|his|her)\\s+(?:[a-z]+ly\\s+|still\\s+)?)[a-z]{3,}ed(?!\\s+(?:to|for)\\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\\b)))(?![\\p{L}])`,
  'giu',
);

/**
 * A sentence or clause end: a stop (possibly closed by quotes) before a capital, a semicolon, a
 * newline. "Oct. 23" and "6 a.m. near" are not ends: no capital follows; nor are titles and
 * abbreviations before a name ("Dr. Slepian", "Roe vs. Wade", "U.S. Navy"), nor "a.m." before its time
 * zone ("9:30 a.m. ET").
 */
const BOUNDARY =
  /(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Prof|Rev|Jr|Sr|Corp|Inc|Co|Ltd|vs|No|Mt|Ft))(?<!\b[ap]\.m(?=\.\s+(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|(?:Eastern|Central|Mountain|Pacific)\s+(?:(?:Standard|Daylight)\s+)?[Tt]ime)\b))[.!?]["'\u201d\u2019)]*\s+(?=["'\u201c\u2018(]*[A-Z])|;\s|\n/g;

function clauseAround(text: string, start: number, end: number): { left: string; right: string } {
  let left = text.slice(Math.max(0, start - 120), start);
  let cut = -1;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(left); m; m = BOUNDARY.exec(left)) cut = m.index + m[0].length;
  if (cut >= 0) left = left.slice(cut);
  let right = text.slice(end, end + 200);
  BOUNDARY.lastIndex = 0;
  const stop = BOUNDARY.exec(right);
  if (stop) right = right.slice(0, stop.index);
  return { left, right };
}

/** "ordered that a hearing be held on": a mandated act (the subjunctive "be" + participle) lies ahead. */
const MANDATED =
  /(?<![\p{L}])that\s+(?:(?!(?:must|should|would|will|could|can|may|might|to|not)\s)[\p{L}'’-]+\s+){1,4}be\s+(?!(?:a|an|the|able)\s)\p{L}+(?![\p{L}])/giu;

/** Words that open a clause of their own, whose verb may follow the expression. */
const SUBORDINATE_OPENER = /(?<![\p{L}])(?:after|before|when|while|because|although|as)\s+(?:a|an|the)\s/giu;

const PAST_WORDS: ReadonlySet<string> = new Set(PAST_MARKERS);

/** A capitalised "-ed" word is a name ("United States", "Red Cross"), not a past verb. */
function isName(word: string): boolean {
  return /^[A-Z]/.test(word) && !PAST_WORDS.has(word.toLowerCase()) && /ed$/i.test(word);
}

/** Distance from the expression to the nearest marker on its left, then (if none) on its right. */
function nearestLeft(re: RegExp, left: string): number {
  let best = Number.POSITIVE_INFINITY;
  re.lastIndex = 0;
  for (let m = re.exec(left); m; m = re.exec(left)) {
    if (!isName(m[0])) best = Math.min(best, left.length - m.index);
  }
  return best;
}

function nearestRight(re: RegExp, right: string): number {
  re.lastIndex = 0;
  for (let m = re.exec(right); m; m = re.exec(right)) if (!isName(m[0])) return m.index + 1;
  return Number.POSITIVE_INFINITY;
}

/**
 * The verb that governs a time adverbial usually comes before it ("will travel on Friday", "was
 * arrested Friday"), so the left side of the sentence decides; the right side only when the
 * adverbial opens the sentence ("On Friday, police arrested ...").
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  const { left, right } = clauseAround(text, start, end);
  const futureLeft = Math.min(nearestLeft(FUTURE, left), nearestLeft(MANDATED, left));
  const pastLeft = nearestLeft(PAST, left);
  // "... would miss its target, and three months after a heat wave in July and August led to ...": a
  // subordinate clause opened since the nearest marker has its own verb, after the expression.
  const opener = nearestLeft(SUBORDINATE_OPENER, left);
  if (opener < Math.min(futureLeft, pastLeft)) {
    const after = rightTense(right);
    if (after !== 'present') return after;
  }
  // A word that is both ("planned", "scheduled") counts as future: it names an intention.
  if (futureLeft !== Number.POSITIVE_INFINITY || pastLeft !== Number.POSITIVE_INFINITY) {
    return futureLeft <= pastLeft ? 'future' : 'past';
  }
  return rightTense(right);
}

/** The tense of the nearest marker after an expression; present when there is none. */
function rightTense(right: string): Tense {
  const futureRight = nearestRight(FUTURE, right);
  const pastRight = nearestRight(PAST, right);
  if (futureRight === Number.POSITIVE_INFINITY && pastRight === Number.POSITIVE_INFINITY) return 'present';
  return futureRight <= pastRight ? 'future' : 'past';
}

/** "November and December typically account for ...": a habit, so the months are any year's. */
const HABITUAL =
  /(?<![\p{L}])(?:typically|usually|normally|traditionally|generally|customarily|habitually)(?![\p{L}])/iu;

export function isHabitualClause(text: string, start: number, end: number): boolean {
  const { left, right } = clauseAround(text, start, end);
  return HABITUAL.test(left) || HABITUAL.test(right);
}

/** The tense the rest of the clause after an expression reads in ("Until Thursday, they had not ..."). */
export function tenseAfter(text: string, start: number, end: number): Tense {
  return rightTense(clauseAround(text, start, end).right);
}
