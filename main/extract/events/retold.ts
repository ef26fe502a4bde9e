/**
 * One happening told twice with different precision: "The earthquake struck on Monday. … The quake,
 * which struck at 3 a.m. Monday, …". Two events of one article are the same happening when they share
 * the main verb and the subject's head noun, their objects do not disagree, neither subject marks
 * another instance ("a second quake", "another strike"), and one's dates lie within the other's.
 * They become one event: the first sentence's quote and title with the more precise date.
 */
import { type ExtractedEvent, PRECISIONS } from '../../../preload/domain';
import { compareIso, dayOf, parseIso } from './iso-dates';
import { lexicon } from './lexicon';

export interface Telling {
  /** The subject as in the title ("Strong earthquake"). */
  subject?: string;
  /** Base form of the main verb ("strike"). */
  verb?: string;
  /** The object as in the title ("eastern Turkey"). */
  object?: string;
}

/** Verbs too general to identify a happening ("is", "has", "said"). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'get', 'say', 'tell', 'make', 'take', 'go', 'come', 'see']);

/** Words that make a subject another instance of its noun: "a second earthquake", "another strike". */
const ANOTHER = new Set([
  'another',
  'other',
  'second',
  'third',
  'fourth',
  'fifth',
  'new',
  'fresh',
  'further',
  'separate',
  'latest',
  'last',
  'next',
  'previous',
  'earlier',
  'later',
  'first',
  'final',
  'more',
  'both',
  'two',
  'three',
  'several',
  'many',
  'some',
  'each',
  'every',
]);

const words = (phrase: string | undefined): string[] =>
  (phrase ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);

/** The head noun: the last word before any preposition ("drivers across Germany" → "drivers"). */
function headNoun(subject: string | undefined): string | undefined {
  const all = words(subject).map((word) => word.replace(/['’]s$/, ''));
  const preposition = all.findIndex((word, index) => index > 0 && lexicon.prepositions.has(word));
  const head = (preposition > 0 ? all.slice(0, preposition) : all).at(-1);
  if (!head || head.length < 3) return undefined;
  if (
    lexicon.singularPronouns.has(head) ||
    lexicon.pluralPronouns.has(head) ||
    lexicon.otherPronouns.has(head)
  )
    return undefined;
  return head;
}

/** "quake" and "earthquake", "fire" and "wildfire": one noun ends the other. */
function sameNoun(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.endsWith(short);
}

const contentWords = (phrase: string | undefined): Set<string> =>
  new Set(
    words(phrase).filter(
      (word) => word.length > 2 && !lexicon.prepositions.has(word) && !lexicon.determiners.has(word),
    ),
  );

/**
 * False when the two tellings name different happenings; else "same" when both name the same object
 * ("approved the tram line" twice) and "compatible" when one leaves it out or says less.
 */
export function sameTelling(a: Telling, b: Telling): false | 'same' | 'compatible' {
  if (!a.verb || a.verb !== b.verb || LIGHT_VERBS.has(a.verb)) return false;
  const headA = headNoun(a.subject);
  const headB = headNoun(b.subject);
  if (!headA || !headB || !sameNoun(headA, headB)) return false;
  if ([...words(a.subject), ...words(b.subject)].some((word) => ANOTHER.has(word) || /^\d+$/.test(word)))
    return false;
  // "Police arrested a teacher …" and "Police arrested two students …": two objects, two happenings;
  // "missiles at Kyiv" and "missiles at Lviv" too. One object must say no more than the other.
  const objectA = contentWords(a.object);
  const objectB = contentWords(b.object);
  if (objectA.size === 0 || objectB.size === 0) return 'compatible';
  const aInB = [...objectA].every((word) => objectB.has(word));
  const bInA = [...objectB].every((word) => objectA.has(word));
  if (!aInB && !bInA) return false;
  // The same noun phrase before any prepositional phrase: "the tram line" and "the tram line by one vote".
  const phraseA = contentWords(nounPhrase(a.object));
  const phraseB = contentWords(nounPhrase(b.object));
  const same =
    phraseA.size > 0 && phraseA.size === phraseB.size && [...phraseA].every((word) => phraseB.has(word));
  return same ? 'same' : 'compatible';
}

/** "brought down", "rolled in": a particle completes the verb, it is no object. */
const PARTICLES = new Set(['down', 'out', 'off', 'away', 'back', 'over', 'ashore', 'aground']);

/**
 * "A thunderstorm forced organisers to clear the field on Saturday. … The storm rolled in shortly after
 * 4 p.m. Saturday": the later telling's subject names the same thing, it adds no object, and its own
 * verb only says how that thing came. Told of the same day, it is one happening.
 */
export function retoldBySubject(earlier: Telling, later: Telling): boolean {
  const object = [...contentWords(later.object)].filter((word) => !PARTICLES.has(word));
  if (!later.verb || LIGHT_VERBS.has(later.verb) || object.length > 0) return false;
  const headA = headNoun(earlier.subject);
  const headB = headNoun(later.subject);
  if (!headA || !headB || !sameNoun(headA, headB)) return false;
  return ![...words(earlier.subject), ...words(later.subject)].some(
    // "Both bodies were brought down" after "the bodies were recovered": "both" counts the same ones.
    (word) => word !== 'both' && (ANOTHER.has(word) || /^\d+$/.test(word)),
  );
}

function nounPhrase(object: string | undefined): string {
  const all = words(object);
  const preposition = all.findIndex((word, index) => index > 0 && lexicon.prepositions.has(word));
  return (preposition > 0 ? all.slice(0, preposition) : all).join(' ');
}

const FINE = new Set(['minute', 'hour', 'day']);

/** First and last day an event covers. */
function daysOf(event: ExtractedEvent): { first: string; last: string } {
  const first = dayOf(event.start);
  if (event.end) return { first, last: dayOf(event.end) };
  if (FINE.has(event.precision)) return { first, last: first };
  const interval = event.timexes[0]?.interval;
  const last = interval && compareIso(dayOf(interval.end), first) >= 0 ? dayOf(interval.end) : first;
  return { first, last };
}

/** Whole days from one day to another (0 for the same day). */
function daysBetween(from: string, to: string): number {
  const at = (day: string): number => {
    const parts = parseIso(day);
    if (!parts) return 0;
    const date = new Date(Date.UTC(2000, parts.month - 1, parts.day));
    date.setUTCFullYear(parts.year);
    return date.getTime();
  };
  return Math.round((at(to) - at(from)) / 86_400_000);
}

const within = (inner: { first: string; last: string }, outer: { first: string; last: string }): boolean =>
  compareIso(inner.first, outer.first) >= 0 && compareIso(inner.last, outer.last) <= 0;

/**
 * The earlier event with the later one's dates when those are more precise and lie within its own;
 * undefined when the two do not nest (then they are not one happening).
 */
export function mergeRetold(
  earlier: ExtractedEvent,
  later: ExtractedEvent,
  telling: 'same' | 'compatible',
): ExtractedEvent | undefined {
  if (earlier.planned !== later.planned) return undefined;
  const a = daysOf(earlier);
  const b = daysOf(later);
  const laterInside = within(b, a);
  if (!laterInside && !within(a, b)) return undefined;
  // Within a day or a week a retelling is likely; a month or a year holds many happenings of one kind
  // ("launched missiles in January", "launched missiles on January 5"), so the object must be the same.
  const outer = laterInside ? a : b;
  if (daysBetween(outer.first, outer.last) > 6 && telling !== 'same') return undefined;
  const sameDays = laterInside && within(a, b);
  const finer = sameDays
    ? PRECISIONS.indexOf(later.precision) < PRECISIONS.indexOf(earlier.precision)
    : laterInside;
  const timexes = [...earlier.timexes, ...later.timexes.map((timex) => ({ ...timex }))];
  if (!finer) return { ...earlier, timexes };
  const { end: _dropped, ...rest } = earlier;
  return {
    ...rest,
    start: later.start,
    ...(later.end ? { end: later.end } : {}),
    precision: later.precision,
    approximate: later.approximate,
    timexes,
  };
}
