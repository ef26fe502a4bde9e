/**
 * A second look at dates written without a year ("January 1", "on March 3"): the clause's tense says
 * which side of the publication date they fall on. "began on January 1" cannot be after publication,
 * "will meet on January 10" cannot be before it; such a date moves by one year. Dates with an explicit
 * year are never touched.
 */
import type { TimeExpression } from '../../../preload/domain';
import { compareIso, dayOf, daysInMonth, formatYear, parseIso } from './iso-dates';
import { isDroppableAdverb, lexicon, lookupVerb } from './lexicon';
import type { Token } from './tokens';

export type Tense = 'past' | 'future' | 'present';

const FORESEEING = new Set(['expect', 'forecast', 'predict', 'anticipate']);
const INTENTIONS = new Set([
  'hope',
  'plan',
  'aim',
  'intend',
  'expect',
  'want',
  'seek',
  'promise',
  'pledge',
  'vow',
  'prepare',
]);
const PAST_AUXILIARIES = new Set([
  'was',
  'were',
  'had',
  'did',
  'has',
  'have',
  ...['wasn', 'weren', 'hadn', 'didn', 'hasn', 'haven'].flatMap((stem) => [`${stem}'t`, `${stem}’t`]),
]);
const FUTURE_WORDS = new Set(['will', 'shall', "'ll", '’ll', "won't", 'won’t', "shan't", 'shan’t']);

/** Tense of the verb group that starts at `verbIndex` (the governing finite verb). */
const GROUP_WORDS = new Set([
  'be',
  'been',
  'being',
  'not',
  "n't",
  'never',
  'to',
  'able',
  'also',
  'already',
  'still',
  // participles that chain a verb group before "to": "expected to be completed"
  'expected',
  'set',
  'scheduled',
  'due',
  'likely',
  'going',
  'planning',
  'poised',
  'slated',
]);

const ORDER_ADVERBS = new Set([
  'first',
  'initially',
  'originally',
  'once',
  'later',
  'subsequently',
  'eventually',
  'finally',
  'last',
]);

/** The first word of the verb group that ends at `index`: "could be crossed" → "could". */
export function groupStart(tokens: readonly Token[], index: number): number {
  let i = index;
  while (i > 0) {
    const previous = tokens[i - 1].text.toLowerCase();
    // "was first proposed", "had originally planned": an adverb of order inside a verb group.
    const beforeAdverb = tokens[i - 2]?.text.toLowerCase() ?? '';
    const orderAdverb =
      ORDER_ADVERBS.has(previous) &&
      (lexicon.auxiliaries.has(beforeAdverb) || lexicon.modals.has(beforeAdverb));
    const auxiliary =
      orderAdverb ||
      lexicon.auxiliaries.has(previous) ||
      lexicon.modals.has(previous) ||
      GROUP_WORDS.has(previous) ||
      isDroppableAdverb(tokens[i - 1].text);
    if (!auxiliary) break;
    i--;
  }
  return i;
}

export function tenseAt(tokens: readonly Token[], governingIndex: number): Tense {
  // The tense sits on the group's first verb word ("could be crossed" → could), adverbs aside.
  let verbIndex = governingIndex < 0 ? governingIndex : groupStart(tokens, governingIndex);
  while (verbIndex >= 0 && verbIndex < governingIndex && isDroppableAdverb(tokens[verbIndex].text))
    verbIndex++;
  const word = tokens[verbIndex]?.text.toLowerCase() ?? '';
  if (FUTURE_WORDS.has(word) || /['’]ll$/.test(word)) return 'future';
  const context = tokens
    .slice(Math.max(0, verbIndex - 2), verbIndex + 3)
    .map((token) => token.text.toLowerCase())
    .join(' ');
  if (/\b(?:is|are)\s+(?:expected|set|due|scheduled|going|planning)\s+to\b/.test(context)) return 'future';
  // "was expected to last into the weekend": a future seen from the past, either side of publication.
  if (/\b(?:was|were)\s+(?:expected|set|due|scheduled|going|planning)\s+to\b/.test(context)) return 'present';
  // "hope to pass it in August", "plans to open in May": an intention points ahead.
  const base = lookupVerb(word)?.forms.base;
  if (base && INTENTIONS.has(base) && tokens[verbIndex + 1]?.text.toLowerCase() === 'to') return 'future';
  // "Forecasters expect rain over the weekend": verbs of foreseeing look ahead.
  if (base && FORESEEING.has(base) && lookupVerb(word)?.kind !== 'past') return 'future';
  if (PAST_AUXILIARIES.has(word)) return 'past';
  if (lexicon.modals.has(word)) return 'present';
  // "samples taken on Tuesday": a bare participle (no auxiliary before it) tells what was done.
  const kind = lookupVerb(word)?.kind;
  return kind === 'past' || kind === 'participle' ? 'past' : 'present';
}

const HAS_YEAR = /\b\d{3,4}\b|['’]\d{2}\b|\b(?:year|decade|century|ago|last|next|this|previous|following)\b/i;

function shiftYear(value: string, delta: number): string {
  const parts = parseIso(value);
  if (!parts) return value;
  const year = parts.year + delta;
  const day = Math.min(parts.day, daysInMonth(year, parts.month));
  const time = value.includes('T') ? value.slice(value.indexOf('T')) : '';
  const datePart = /^[+-]?\d{4,6}-\d{2}-\d{2}/.test(value)
    ? `${formatYear(year)}-${String(parts.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : value.replace(/^[+-]?\d{4,6}/, formatYear(year));
  return `${datePart}${time}`;
}

const BARE_CLOCK = /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?$/i;
const WEEKDAY = /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|weekend)\b/i;
const EXPLICIT_DAY = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

function shiftDays(value: string, days: number): string {
  const parts = parseIso(value);
  if (!parts) return value;
  const date = new Date(Date.UTC(2000, parts.month - 1, parts.day));
  date.setUTCFullYear(parts.year);
  date.setUTCDate(date.getUTCDate() + days);
  const time = value.includes('T') ? value.slice(value.indexOf('T')) : '';
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${formatYear(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}${time}`;
}

/** "until Friday" in "is set to last until Friday" is the coming Friday, whatever the tagger chose. */
function correctWeekByTense(timex: TimeExpression, tense: Tense, referenceDate: string): TimeExpression {
  const interval = timex.interval;
  if (!interval || !WEEKDAY.test(timex.text) || EXPLICIT_DAY.test(timex.text) || HAS_YEAR.test(timex.text)) {
    return timex;
  }
  let delta = 0;
  if (tense === 'past' && compareIso(dayOf(interval.start), referenceDate) > 0) delta = -7;
  if (tense === 'future' && compareIso(dayOf(interval.end), referenceDate) < 0) delta = 7;
  if (delta === 0) return timex;
  const value = /^[+-]?\d{4}-\d{2}-\d{2}/.test(timex.value) ? shiftDays(timex.value, delta) : timex.value;
  return {
    ...timex,
    value,
    interval: { start: shiftDays(interval.start, delta), end: shiftDays(interval.end, delta) },
  };
}

/**
 * `presentLooksAhead`: in a full sentence (not a headline, whose present tells the past) a weekday in
 * the present tense is an upcoming one.
 */
export function correctYearByTense(
  timex: TimeExpression,
  tense: Tense,
  referenceDate: string,
  presentLooksAhead = false,
): TimeExpression {
  const interval = timex.interval;
  if (!interval || HAS_YEAR.test(timex.text)) return timex;
  // "Friday 4 July": a weekday written with its date has already picked the year; a bare clock time
  // ("from 00:01 on Friday 4 July") took its day from the words around it.
  if ((WEEKDAY.test(timex.text) && /\d/.test(timex.text)) || BARE_CLOCK.test(timex.text.trim())) return timex;
  // "The act takes effect on Thursday": news tells past days in the past tense.
  if (WEEKDAY.test(timex.text) && !EXPLICIT_DAY.test(timex.text)) {
    return correctWeekByTense(
      timex,
      tense === 'present' && presentLooksAhead ? 'future' : tense,
      referenceDate,
    );
  }
  if (tense === 'present') return timex;
  const fine = ['minute', 'hour', 'day', 'week', 'month', 'season'].includes(timex.precision ?? 'day');
  if (!fine) return timex;
  let delta = 0;
  if (tense === 'past' && compareIso(dayOf(interval.start), referenceDate) > 0) delta = -1;
  if (tense === 'future' && compareIso(dayOf(interval.end), referenceDate) < 0) delta = 1;
  if (delta === 0) return timex;
  const yearOfValue = /^[+-]?\d{4}/.exec(timex.value)?.[0];
  const yearOfStart = /^[+-]?\d{4,6}/.exec(interval.start)?.[0];
  return {
    ...timex,
    value: yearOfValue && yearOfValue === yearOfStart ? shiftYear(timex.value, delta) : timex.value,
    interval: { start: shiftYear(interval.start, delta), end: shiftYear(interval.end, delta) },
  };
}
