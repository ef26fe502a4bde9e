/**
 * Verb groups in headline form: where a group starts and ends ("would be able to meet"), and how a
 * headline says it ("held" → "holds", "was signed" → "signed", "will visit" → "to visit").
 */
import { isFiniteVerb } from './clauses';
import { lexicon, lookupVerb, presentTense } from './lexicon';
import type { Token } from './tokens';

const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

/** Words inside a verb group that are never its main verb ("is due to", "would be able to"). */
export const VERB_CHAIN_WORDS = new Set([
  'not',
  "n't",
  'never',
  'to',
  'able',
  'due',
  'going',
  'planning',
  'likely',
  'poised',
  'slated',
  'unable',
  'about',
]);
/** Participles that join a verb group only before "to" ("is expected to visit" but "is expected"). */
export const CHAIN_BEFORE_TO = new Set([
  'expected',
  'set',
  'scheduled',
  'planned',
  'due',
  'likely',
  'able',
  'unable',
  'poised',
  'slated',
  'going',
  'planning',
  'about',
]);
const FUTURE_CHAIN =
  /\b(will|would|shall|'ll|’ll|expected|set|due|scheduled|going|planning|poised|slated|likely)\b/;
export const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);

export function firstVerbIndex(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (isFiniteVerb(tokens, i)) return i;
  return -1;
}

export const asToken = (text: string): Token => ({ text, start: -1, end: -1, isWord: true });

/** "would be able to meet" → "to meet"; "held" → "holds"; "was signed" → "signed". */
/** "not", "never", "didn't", "won’t", "cannot": a word that negates its verb group. */
export const isNegation = (word: string): boolean =>
  word === 'not' || word === 'never' || word === 'cannot' || /n['’]t$/.test(word);

export function headlineVerb(group: readonly Token[], plural: boolean, passiveContext = false): Token[] {
  const words = group.map((token) => token.text.toLowerCase());
  let mainIndex = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const verb = lookupVerb(words[i]);
    // "going" alone ("before going on display") is the verb itself, not "going to".
    const lastGoing = words[i] === 'going' && i === words.length - 1;
    const chained =
      (VERB_CHAIN_WORDS.has(words[i]) && !lastGoing) ||
      (CHAIN_BEFORE_TO.has(words[i]) && words[i + 1] === 'to');
    if (verb && !lexicon.modals.has(words[i]) && !chained) {
      mainIndex = i;
      break;
    }
  }
  if (words.some(isNegation) || mainIndex < 0) return [...group];
  const main = lookupVerb(words[mainIndex]);
  if (!main) return [...group];
  const before = words.slice(0, mainIndex).join(' ');
  const participle = main.kind === 'participle' || main.forms.participle === words[mainIndex];
  // "the winner to be chosen": an infinitive names something still to come.
  if (FUTURE_CHAIN.test(before) || words[0] === 'to') {
    // "is expected to be named" → "to be named"
    if (words[mainIndex - 1] === 'be' && participle && main.forms.base !== 'be') {
      return [asToken('to'), asToken('be'), asToken(words[mainIndex])];
    }
    return [asToken('to'), asToken(main.forms.base)];
  }
  const modal = words.find((word) => ['could', 'may', 'might', 'must', 'should', 'can'].includes(word));
  if (modal) {
    // "could be crossed" stays passive.
    if (words[mainIndex - 1] === 'be' && participle && main.forms.base !== 'be') {
      return [asToken(modal), asToken('be'), asToken(words[mainIndex])];
    }
    return [asToken(modal), asToken(main.forms.base)];
  }
  const passive =
    mainIndex > 0 &&
    words.slice(0, mainIndex).some((word) => BE_FORMS.has(word)) &&
    (main.kind === 'participle' || main.forms.participle === words[mainIndex]) &&
    main.forms.base !== 'be';
  if (passive || (passiveContext && mainIndex === 0 && participle && main.kind !== 'third')) {
    return [asToken(words[mainIndex])];
  }
  return [asToken(presentTense(main.forms, plural))];
}

export function verbGroupEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length) {
    const word = lower(tokens[i]);
    const next = lower(tokens[i + 1]);
    if (lexicon.auxiliaries.has(word) || lexicon.modals.has(word)) {
      // "had" followed by a noun phrase is the main verb ("had a phone conversation").
      const nextIsVerbish =
        (lookupVerb(next) !== undefined && !lexicon.determiners.has(next)) ||
        lexicon.auxiliaries.has(next) ||
        isNegation(next) ||
        next === 'to' ||
        (CHAIN_BEFORE_TO.has(next) && lower(tokens[i + 2]) === 'to') ||
        lexicon.adverbsToDrop.has(next) ||
        // "had since fitted": "since" inside a perfect is an adverb.
        (next === 'since' && lookupVerb(lower(tokens[i + 2])) !== undefined);
      i++;
      if (!nextIsVerbish) return i;
      continue;
    }
    const perfectSince = word === 'since' && ['has', 'have', 'had'].includes(lower(tokens[i - 1]));
    if (isNegation(word) || lexicon.adverbsToDrop.has(word) || perfectSince) {
      i++;
      continue;
    }
    if (CHAIN_BEFORE_TO.has(word) && next === 'to') {
      i++;
      continue;
    }
    if (word === 'to') {
      if (!lookupVerb(next) && !lexicon.auxiliaries.has(next)) return i;
      i++;
      continue;
    }
    if (lookupVerb(word) && tokens[i].isWord) return i + 1;
    return i;
  }
  return i;
}
