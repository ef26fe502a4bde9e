/**
 * Splits a sentence into clauses, the unit an event title is read from. A tiny part-of-speech guess
 * (lexicon verb forms, auxiliaries, modals) finds finite verbs; clauses break at semicolons, at
 * relative and subordinating words that introduce a verb, at "that" complements and at "and" + verb.
 */
import { isDroppableAdverb, lexicon, lookupVerb } from './lexicon';
import type { Token } from './tokens';

/** 'resumed': the main clause going on after an embedded relative ("the road, which opened in May, was safe"). */
/** 'participle': ", killing at least 12 people" (its subject is the previous clause's). */
export type ClauseKind =
  | 'main'
  | 'relative'
  | 'complement'
  | 'coordinate'
  | 'subordinate'
  | 'resumed'
  | 'participle'
  /** "Born in Pittsburgh in 1930, Jamal ...": a leading participle phrase about the main subject. */
  | 'fronted'
  /** "a complaint filed by Spotify in 2019": a participle phrase on a noun, cut out as a clause. */
  | 'side';

export interface Clause {
  /** Token indexes into the sentence's tokens, end exclusive. */
  from: number;
  to: number;
  kind: ClauseKind;
}

const LINKING_VERBS = new Set([
  'remain',
  'remains',
  'remained',
  'stay',
  'stays',
  'stayed',
  'seem',
  'seems',
  'seemed',
  'become',
  'becomes',
  'became',
  'get',
  'gets',
  'got',
  'appear',
  'appears',
  'appeared',
  'look',
  'looks',
  'looked',
  'keep',
  'keeps',
  'kept',
]);

/** "more unsettled weather", "a newly elected mayor": a participle after these is an adjective. */
const DEGREE_WORDS = new Set([
  'more',
  'most',
  'less',
  'least',
  'very',
  'so',
  'too',
  'fairly',
  'highly',
  'well',
  'newly',
  'long',
  'much',
  'badly',
  'heavily',
  'widely',
  'largely',
  'fully',
  'partly',
]);

/** "in turn raises", "in fact means": a preposition and a word that together are an adverb. */
const IDIOM_AFTER_PREPOSITION = new Set([
  'turn',
  'fact',
  'part',
  'effect',
  'particular',
  'general',
  'short',
  'addition',
  'total',
  'practice',
  'theory',
  'return',
  'course',
  'least',
  'first',
  'last',
  'all',
  'itself',
]);

const NOUN_FOLLOWERS = new Set(['of', 'in', 'on', 'for', ',', '.', ';', 'and', 'or', '']);

const lowerOf = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

/** A word that can be the finite verb of a clause, judged with its neighbours. */
export function isFiniteVerb(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token?.isWord) return false;
  const word = token.text.toLowerCase();
  const previous = lowerOf(tokens[index - 1]);
  // "in May", "Will Smith": a capitalised modal inside a sentence is a name.
  if (lexicon.modals.has(word) && token.text !== word && index > 0) return false;
  if (lexicon.modals.has(word) || /['’]ll$/.test(word)) return true;
  if (lexicon.auxiliaries.has(word)) return !['be', 'been', 'being', 'having'].includes(word);
  const verb = lookupVerb(word);
  if (!verb) return false;
  if (token.text !== word && index > 0) return false;
  // "that" before a past form opens a relative clause ("a war that reshaped trade"), not a noun phrase.
  if ((lexicon.determiners.has(previous) && previous !== 'that') || previous === 'to') return false;
  // "their only televised debate", "the long delayed report": a determiner and an adverb before it.
  const beforePrevious = lowerOf(tokens[index - 2]);
  if (
    lexicon.determiners.has(beforePrevious) &&
    beforePrevious !== 'that' &&
    ADVERBS_BEFORE_PARTICIPLE.has(previous)
  )
    return false;
  // "remain closed", "became known": a participle after a linking verb describes, it is not the verb.
  if (LINKING_VERBS.has(previous) || DEGREE_WORDS.has(previous)) return false;
  // "a voluntary cut of 2.2 million barrels": a past that looks like its base is a noun before these.
  if (verb.forms.past === verb.forms.base && NOUN_FOLLOWERS.has(lowerOf(tokens[index + 1]))) return false;
  // "a quarter-point cut last month", "a sharp cut": after "a" and a describing word, a noun.
  if (verb.forms.past === verb.forms.base && isArticleAndModifier(tokens, index)) return false;
  if (verb.kind === 'past' || verb.kind === 'participle') {
    // "The talks, mediated by Egypt, collapsed": a participle after a comma opens a side phrase.
    if (previous === ',' && lowerOf(tokens[index + 1]) === 'by') return false;
    return !lexicon.prepositions.has(previous) || previous === 'that';
  }
  if (verb.kind === 'third') {
    // "the 2019 floods", "three talks": after a number it is a plural noun.
    if (isFiniteVerbAhead(tokens, index + 1) || /^\d/.test(previous)) return false;
    // "in dawn raids", "after border talks": a preposition and one describing word before a plural noun.
    const beforePrevious = lowerOf(tokens[index - 2]);
    if (
      lexicon.prepositions.has(beforePrevious) &&
      tokens[index - 1]?.isWord &&
      tokens[index - 1].text === previous &&
      !lookupVerb(previous) &&
      !IDIOM_AFTER_PREPOSITION.has(previous)
    )
      return false;
    if (objectOfPastVerb(tokens, index)) return false;
    return !lexicon.prepositions.has(previous);
  }
  // A base form after a plural subject is a present verb: "they plan to", "lawmakers hope to".
  if (verb.kind === 'base') {
    if (lexicon.pluralPronouns.has(previous) || previous === 'i' || previous === 'you') return true;
    const plural =
      /^[a-z][a-z-]{2,}s$/.test(previous) &&
      !/(ss|us|is)$/.test(previous) &&
      !lexicon.prepositions.has(previous);
    const next = lowerOf(tokens[index + 1]);
    return plural && /^[a-z$]/.test(next) && (next === 'to' || !lexicon.prepositions.has(next));
  }
  return false;
}

const MODIFIER_WORDS = new Set([
  'big',
  'small',
  'sharp',
  'deep',
  'steep',
  'surprise',
  'modest',
  'further',
  'first',
  'second',
  'third',
  'latest',
  'recent',
  'new',
  'major',
  'huge',
  'large',
  'slight',
  'direct',
  'final',
  'last',
  'emergency',
]);
const MODIFIER_ENDING = /(?:al|ous|ive|ic|ful|able|ible|ary|less)$/;

/** "a quarter-point cut", "an emergency cut", "a sharp cut": "a" or "an", one describing word, then the word. */
function isArticleAndModifier(tokens: readonly Token[], index: number): boolean {
  const article = lowerOf(tokens[index - 2]);
  const modifier = tokens[index - 1];
  if ((article !== 'a' && article !== 'an') || !modifier?.isWord) return false;
  const word = modifier.text.toLowerCase();
  if (lookupVerb(word) || lexicon.auxiliaries.has(word)) return false;
  return word.includes('-') || MODIFIER_WORDS.has(word) || MODIFIER_ENDING.test(word);
}

/** "their only televised debate", "a long awaited report": adverbs that qualify a participle adjective. */
const ADVERBS_BEFORE_PARTICIPLE = new Set([
  'only',
  'long',
  'much',
  'well',
  'newly',
  'recently',
  'widely',
  'highly',
  'hotly',
  'heavily',
  'closely',
  'eagerly',
  'keenly',
  'largely',
  'publicly',
  'privately',
  'jointly',
  'poorly',
  'badly',
  'previously',
  'originally',
  'once',
]);

/** "-ing" words that are no verb forms. */
const NOT_GERUNDS = new Set([
  'according',
  'during',
  'morning',
  'evening',
  'nothing',
  'something',
  'anything',
  'everything',
  'ceiling',
  'string',
  'spring',
  'sterling',
  'viking',
  'darling',
]);

/**
 * "officials lifted evacuation orders for", "filed voluntary petitions for relief": an "-s" word after
 * a past verb and one to three lowercase words is the plural noun of its object, not a second verb.
 */
function objectOfPastVerb(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  if (!previous?.isWord || previous.text !== previous.text.toLowerCase()) return false;
  if (lexicon.singularPronouns.has(previous.text) || lexicon.pluralPronouns.has(previous.text)) return false;
  for (let j = index - 1; j >= Math.max(0, index - 4); j--) {
    const token = tokens[j];
    const word = token.text.toLowerCase();
    if (!token.isWord || token.text !== word || lexicon.clauseBreakers.has(word)) return false;
    // "the storm that hit last week damages crops": after a relative clause the "-s" word is the verb.
    if (j < index - 1 && lookupVerb(word)?.kind === 'past' && isFiniteVerb(tokens, j))
      return !['that', 'which', 'who'].includes(lowerOf(tokens[j - 1]));
    if (lexicon.auxiliaries.has(word) || lexicon.modals.has(word)) return false;
  }
  return false;
}

/** An infinitive earlier in the sentence ("to have flatlined", "to raise"), what "and to grow" pairs with. */
function hasToVerbBefore(tokens: readonly Token[], index: number): boolean {
  for (let j = index - 1; j > 0; j--) {
    if (/^[;:.!?]$/.test(tokens[j].text)) return false;
    if (lowerOf(tokens[j - 1]) === 'to' && lookupVerb(lowerOf(tokens[j]))?.kind === 'base') return true;
  }
  return false;
}

function isFiniteVerbAhead(tokens: readonly Token[], index: number): boolean {
  const word = lowerOf(tokens[index]);
  const verb = lookupVerb(word);
  return lexicon.modals.has(word) || lexicon.auxiliaries.has(word) || verb?.kind === 'past';
}

function verbWithin(tokens: readonly Token[], from: number, span: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + span); i++) {
    if (!tokens[i].isWord && /[,;:.!?]/.test(tokens[i].text)) return false;
    if (isFiniteVerb(tokens, i)) return true;
  }
  return false;
}

const RELATIVE = new Set(['which', 'who', 'whom', 'whose', 'where']);
const SUBORDINATORS = new Set([
  'while',
  'whereas',
  'although',
  'though',
  'because',
  'whilst',
  'unless',
  'if',
]);
const MAYBE_SUBORDINATORS = new Set(['after', 'before', 'as', 'since', 'until', 'when', 'once']);
const COORDINATORS = new Set(['and', 'but', 'or', 'yet', 'so']);

const REPORTED_SUBJECTS = new Set(['he', 'she', 'it', 'they', 'we']);

/** A subject pronoun a few words after a speech verb, with its own finite verb right after it. */
function reportedAfterSpeech(tokens: readonly Token[], i: number): boolean {
  const next = lowerOf(tokens[i + 1]);
  const adverb = lexicon.adverbsToDrop.has(next) || isDroppableAdverb(next);
  if (!isFiniteVerb(tokens, i + 1) && !(adverb && isFiniteVerb(tokens, i + 2))) return false;
  for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
    // "said that he …" already opened the report at "that".
    if (!tokens[j].isWord || lowerOf(tokens[j]) === 'that') return false;
    if (lexicon.speechVerbs.has(lowerOf(tokens[j]))) return isFiniteVerb(tokens, j);
  }
  return false;
}

function breakKind(tokens: readonly Token[], i: number): ClauseKind | undefined {
  const word = lowerOf(tokens[i]);
  const previous = tokens[i - 1];
  const afterComma = previous?.text === ',';
  if (previous?.text === ';' || previous?.text === ':') return 'main';
  // "WHO", "Who's Who": a capitalised relative word mid-sentence is a name.
  if (tokens[i].text !== word) return undefined;
  if (RELATIVE.has(word)) return 'relative';
  if (SUBORDINATORS.has(word)) return 'subordinate';
  // "as part of", "as well as" are prepositions, not the start of a clause.
  const fixedPhrase =
    word === 'as' && ['part', 'well', 'much', 'many', 'long', 'soon'].includes(lowerOf(tokens[i + 1]));
  // "it had since fitted new probes": "since" inside a perfect verb group is an adverb.
  const perfectAdverb = word === 'since' && ['has', 'have', 'had', "'s", '’s'].includes(lowerOf(previous));
  // After a comma a subject may run longer ("when a dispute over logging permits in the Amazon led").
  if (
    MAYBE_SUBORDINATORS.has(word) &&
    !fixedPhrase &&
    !perfectAdverb &&
    verbWithin(tokens, i + 1, afterComma ? 14 : 8)
  )
    return 'subordinate';
  if (word === 'that') {
    if (isFiniteVerb(tokens, i + 1)) return 'relative';
    return 'complement';
  }
  // "The firm said on Monday it would …", "She told reporters they had …": a report without "that".
  if (REPORTED_SUBJECTS.has(word) && i > 0 && reportedAfterSpeech(tokens, i)) return 'complement';
  if (COORDINATORS.has(word)) {
    const next = lowerOf(tokens[i + 1]);
    const adverb = lexicon.adverbsToDrop.has(next) || next === 'last' || next === 'first';
    if (isFiniteVerb(tokens, i + 1) || (adverb && isFiniteVerb(tokens, i + 2))) return 'coordinate';
    // "expected to have flatlined in the third quarter and to grow in the fourth": a second infinitive.
    if (next === 'to' && lookupVerb(lowerOf(tokens[i + 2]))?.kind === 'base' && hasToVerbBefore(tokens, i))
      return 'coordinate';
    if (afterComma && verbWithin(tokens, i + 1, 12)) return 'main';
  }
  // ", upending a race": an "-ing" word the lexicon does not know opens a participle phrase too.
  const unknownGerund =
    /^[a-z]{3,}ing$/.test(word) && lookupVerb(word) === undefined && !NOT_GERUNDS.has(word);
  if (afterComma && word.endsWith('ing') && (lookupVerb(word)?.kind === 'gerund' || unknownGerund))
    return 'participle';
  // "The company, founded in 1887, employs ...": a participle phrase on the noun before the comma.
  const participle = lookupVerb(word)?.kind;
  if (
    afterComma &&
    (participle === 'past' || participle === 'participle') &&
    lexicon.prepositions.has(lowerOf(tokens[i + 1]))
  ) {
    return 'side';
  }
  if (afterComma && /^(saying|adding|noting|offering|concluding|citing|according)$/.test(word))
    return 'subordinate';
  return undefined;
}

export function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isFiniteVerb(tokens, i)) return true;
  return false;
}

export function splitClauses(tokens: readonly Token[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let kind: ClauseKind = 'main';
  const leading = lookupVerb(lowerOf(tokens[0]))?.kind;
  const firstComma = tokens.findIndex((token) => token.text === ',');
  if ((leading === 'past' || leading === 'participle') && firstComma > 1 && firstComma < tokens.length - 2) {
    clauses.push({ from: 0, to: firstComma + 1, kind: 'fronted' });
    from = firstComma + 1;
  }
  for (let i = from + 1; i < tokens.length; i++) {
    const embedded: boolean = kind === 'relative' || kind === 'side';
    const resumes: boolean = embedded && tokens[i - 1].text === ',' && isFiniteVerb(tokens, i);
    const next: ClauseKind | undefined = resumes ? 'resumed' : breakKind(tokens, i);
    if (!next) continue;
    // A comma before the break belongs to the earlier clause.
    clauses.push({ from, to: i, kind });
    from = i;
    kind = next;
  }
  clauses.push({ from, to: tokens.length, kind });
  return mergeVerbless(
    tokens,
    clauses.filter((clause) => clause.to > clause.from),
  );
}

/** A clause without a verb ("Last month,", "in the wake of sanctions") belongs to its neighbour. */
function mergeVerbless(tokens: readonly Token[], clauses: Clause[]): Clause[] {
  const result = [...clauses];
  let i = 0;
  while (result.length > 1 && i < result.length) {
    const clause = result[i];
    // A verbless clause before a relative one is the noun it describes: it stays for the antecedent.
    const hasVerb =
      clause.kind === 'participle' ||
      clause.kind === 'fronted' ||
      clause.kind === 'side' ||
      (clause.kind === 'coordinate' && lowerOf(tokens[clause.from + 1]) === 'to') ||
      hasFiniteVerb(tokens, clause.from, clause.to);
    if (hasVerb || result[i + 1]?.kind === 'relative' || result[i + 1]?.kind === 'side') {
      i++;
      continue;
    }
    if (i < result.length - 1 && (i === 0 || clause.kind === 'main')) {
      const next = result[i + 1];
      result.splice(i, 2, { from: clause.from, to: next.to, kind: i === 0 ? 'main' : clause.kind });
    } else {
      const previous = result[i - 1];
      result.splice(i - 1, 2, { from: previous.from, to: clause.to, kind: previous.kind });
      i--;
    }
  }
  return result;
}
