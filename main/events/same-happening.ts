/**
 * Whether two extracted events are the same happening told by different articles: the same dates and
 * a title naming the same actors doing the same thing. Pure; used when articles are added.
 *
 * The rule is deliberately conservative, since a wrong merge hides an event while a missed one only
 * leaves two items side by side (and the user can split a merge, not join two events):
 *  1. Dates: the same start, the same inclusive end (a point's end is its start) and the same precision.
 *     "Monday" and "that week" are not merged: the coarser one may be about another day.
 *  2. Words: titles are headlines (subject + verb + object). Each keeps its content words (no
 *     determiners, prepositions, pronouns or auxiliaries), with verb forms brought to
 *     their base ("approved", "approves" → approve) and nouns to the singular ("workers" → worker).
 *  3. The shorter title's words must all be found in the longer one (extra detail on one side is fine;
 *     a different actor or verb is a word missing on both sides). Long titles (5+ words) may miss one
 *     common word, never a name (capitalised after the first word, or the first word) nor a verb.
 *  4. At least two words are shared, one of them the action: a verb after the title's first word.
 *  5. A negated action ("does not approve", "fails to") never merges with the plain one.
 */
import { lexicon, lookupVerb } from '../extract/events/lexicon';

/** What of an event the rule reads. */
export interface HappeningFacts {
  title: string;
  start: string;
  end?: string;
  precision: string;
}

interface ContentWord {
  key: string;
  /** Capitalised after the first word, an acronym, or the first word (which may be a name too). */
  isName: boolean;
  isVerb: boolean;
}

/** Words that carry no actor or action, beyond the lexicon's closed classes. */
const FUNCTION_WORDS = new Set(['and', 'or', 'but', 'to', 'so', 'then', 'also', 'up', 'out', 'off', 'down']);
const CLOSED_CLASSES = [
  lexicon.determiners,
  lexicon.prepositions,
  lexicon.auxiliaries,
  lexicon.modals,
  lexicon.singularPronouns,
  lexicon.pluralPronouns,
  lexicon.otherPronouns,
  lexicon.relativeWords,
];
const isFunctionWord = (word: string) =>
  FUNCTION_WORDS.has(word) || CLOSED_CLASSES.some((list) => list.has(word));

/** Words that turn an action into its opposite; both titles must have one or neither. */
const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'fail', 'fails', 'failed']);
const isNegated = (title: string) =>
  (title.toLowerCase().match(/[\p{L}']+/gu) ?? []).some((w) => NEGATIONS.has(w) || w.endsWith("n't"));

/** Minimum content words a title needs before one common word may differ. */
const LONG_TITLE_WORDS = 5;

/** "workers" → worker, "companies" → company, "talks" → talk; leaves "crisis", "boss", "news". */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is|news)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** A title's content words, normalised, with whether each names someone or is a verb. */
export function contentWords(title: string): ContentWord[] {
  const words: ContentWord[] = [];
  const tokens = title.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  tokens.forEach((token, index) => {
    const clean = token.replace(/['’]s$/u, '').replace(/[.'’-]+$/u, '');
    const lower = clean.toLowerCase();
    if (lower === '' || isFunctionWord(lower)) return;
    // The first word is capitalised by the headline, so only later capitals (or acronyms) mark names.
    const capitalised = (index > 0 && /^\p{Lu}/u.test(clean)) || /^\p{Lu}{2,}$/u.test(clean);
    const verb = capitalised ? undefined : lookupVerb(lower);
    const key = verb ? verb.forms.base : capitalised ? lower : singular(lower);
    words.push({ key, isName: capitalised || index === 0, isVerb: verb !== undefined && index > 0 });
  });
  return words;
}

export function sameInterval(a: HappeningFacts, b: HappeningFacts): boolean {
  return a.start === b.start && (a.end ?? a.start) === (b.end ?? b.start) && a.precision === b.precision;
}

/** Whether two titles name the same actors and action (rules 2-4 above). */
export function sameActorsAndAction(titleA: string, titleB: string): boolean {
  if (isNegated(titleA) !== isNegated(titleB)) return false;
  const a = contentWords(titleA);
  const b = contentWords(titleB);
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const longerKeys = new Set(longer.map((w) => w.key));
  const missing = shorter.filter((w) => !longerKeys.has(w.key));
  const shared = shorter.filter((w) => longerKeys.has(w.key));
  const sharedKeys = new Set(shared.map((w) => w.key));
  if (sharedKeys.size < 2) return false;
  const verbsOf = (words: ContentWord[]) => new Set(words.filter((w) => w.isVerb).map((w) => w.key));
  const verbsB = verbsOf(longer);
  if (![...verbsOf(shorter)].some((verb) => verbsB.has(verb))) return false;
  if (missing.length === 0) return true;
  return (
    missing.length === 1 && shorter.length >= LONG_TITLE_WORDS && !missing[0].isName && !missing[0].isVerb
  );
}

export function sameHappening(a: HappeningFacts, b: HappeningFacts): boolean {
  return sameInterval(a, b) && sameActorsAndAction(a.title, b.title);
}
