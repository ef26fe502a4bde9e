/**
 * Cleaning a clause down to what a headline needs: no time expressions or the words that only
 * introduce them, no attributions ("the Kremlin has announced"), datelines, parentheses, comment
 * adverbs, articles or appositives.
 */
import { isFiniteVerb } from './clauses';
import { isDroppableAdverb, lexicon, lookupVerb } from './lexicon';
import type { Token } from './tokens';
import { firstVerbIndex } from './verb-groups';

const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

export interface Span {
  start: number;
  end: number;
}

const overlaps = (token: Token, span: Span): boolean => token.start < span.end && span.start < token.end;
const FORWARD_TIME_WORDS = new Set(['ago', 'later', 'earlier']);
export const LEADING_CONNECTORS = new Set([
  'and',
  'but',
  'or',
  'yet',
  'so',
  'that',
  'which',
  'who',
  'whom',
  'where',
  'when',
  'while',
  'whilst',
  'whereas',
  'although',
  'though',
  'because',
  'as',
  'after',
  'before',
  'since',
  'until',
  'once',
  'if',
  'unless',
]);
export const QUOTES = new Set(['“', '”', '"', '‘', "'"]);
/** Removes the time expressions and the words that only introduce them ("at some point in 2024"). */
/** Words that only introduce a date: "at some point in", "by the end of", "as early as". */
const TIME_INTRODUCERS = new Set([
  'on',
  'in',
  'at',
  'during',
  'since',
  'from',
  'to',
  'until',
  'till',
  'through',
  'throughout',
  'by',
  'before',
  'after',
  'around',
  'about',
  'for',
  'over',
  'within',
  'into',
  'toward',
  'towards',
  'circa',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'early',
  'late',
  'mid',
  'ever',
  'as',
  'some',
  'point',
  'sometime',
  'between',
  'least',
  'possibly',
  'probably',
  'perhaps',
  'no',
  'later',
  'than',
  'of',
  'beginning',
  'starting',
  'ending',
]);
const PART_OF = new Set(['end', 'start', 'beginning', 'middle', 'rest', 'remainder', 'turn', 'close']);

/** Removes the time expressions and the words that only introduce them ("at some point in 2024"). */
export function withoutTimes(tokens: readonly Token[], spans: readonly Span[]): Token[] {
  const drop = tokens.map((token) => spans.some((span) => overlaps(token, span)));
  for (let i = 0; i < tokens.length; i++) {
    if (!drop[i] || drop[i + 1] === true) continue;
    for (let j = i + 1; j < tokens.length && FORWARD_TIME_WORDS.has(lower(tokens[j])); j++) drop[j] = true;
  }
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (!drop[i] || (i > 0 && drop[i - 1])) continue;
    let end = i;
    while (end + 1 < tokens.length && drop[end + 1]) end++;
    // "of Saturday's match", "before the summer recess": the date qualifies a noun, which keeps its preposition.
    const next = tokens[end + 1];
    const qualifiesNoun =
      /['’]s$/.test(tokens[end].text) ||
      (next?.isWord === true &&
        next.text === lower(next) &&
        !lexicon.prepositions.has(lower(next)) &&
        !isFiniteVerb(tokens, end + 1) &&
        !isDroppableAdverb(next.text) &&
        lookupVerb(lower(next)) === undefined &&
        // "said on Tuesday it would": a pronoun after the date starts the reported clause.
        !lexicon.singularPronouns.has(lower(next)) &&
        !lexicon.pluralPronouns.has(lower(next)) &&
        !lexicon.otherPronouns.has(lower(next)) &&
        !lexicon.determiners.has(lower(next)) &&
        !['and', 'or', 'but', 'ago'].includes(lower(next)));
    if (qualifiesNoun) continue;
    let j = i - 1;
    // "the end of 2025"
    if (lower(tokens[j]) === 'of' && PART_OF.has(lower(tokens[j - 1]))) {
      drop[j] = true;
      drop[j - 1] = true;
      j -= 2;
      if (lower(tokens[j]) === 'the') drop[j--] = true;
    }
    // "in the coming months": an article between the preposition and the time goes with them.
    if (lower(tokens[j]) === 'the' && TIME_INTRODUCERS.has(lower(tokens[j - 1]))) drop[j--] = true;
    for (; j >= 0 && tokens[j].isWord && TIME_INTRODUCERS.has(lower(tokens[j])); j--) drop[j] = true;
    // "and"/"or" between two dates goes with them.
    if (j >= 1 && ['and', 'or'].includes(lower(tokens[j])) && drop[j - 1]) drop[j] = true;
  }
  return tokens.filter((_, index) => !drop[index]);
}

const NO_ADDRESSEE = new Set([
  'said',
  'says',
  'announced',
  'announces',
  'stated',
  'added',
  'confirmed',
  'believes',
  'thinks',
]);

function isSpeechVerb(token: Token | undefined): boolean {
  return lexicon.speechVerbs.has(lower(token));
}

/** Drops "According to X," at the front and ", the Kremlin has announced" at the end. */
export function withoutAttributions(tokens: Token[]): Token[] {
  let result = tokens;
  if (lower(result[0]) === 'according' && lower(result[1]) === 'to') {
    const comma = result.findIndex((token) => token.text === ',');
    if (comma > 0 && comma < result.length - 2) result = result.slice(comma + 1);
  }
  // "X said (on Monday) that ...", "X told reporters that ..."
  for (let i = 1; i < Math.min(result.length - 2, 12); i++) {
    if (!isSpeechVerb(result[i]) || firstVerbIndex(result) !== i) continue;
    const that = result.findIndex((token, index) => index > i && index <= i + 4 && lower(token) === 'that');
    if (that > 0) {
      result = result.slice(that + 1);
    } else if (NO_ADDRESSEE.has(lower(result[i]))) {
      // "The club said Marchena would lead training": the report without its "that".
      const rest = result.slice(i + 1);
      if (firstVerbIndex(rest) > 0) result = rest;
    }
    break;
  }
  const lastComma = result.map((token) => token.text).lastIndexOf(',');
  if (lastComma > 0) {
    const tail = result.slice(lastComma + 1).filter((token) => token.isWord);
    if (tail.length > 0 && tail.length <= 8 && tail.some((token) => isSpeechVerb(token)))
      result = result.slice(0, lastComma);
  }
  return result;
}

/**
 * Who an attribution names as speaker: "Electricity operator Enedis said it ..." → "Electricity
 * operator Enedis"; "..., the company said" → "the company". Empty when there is none.
 */
export function speakerOf(tokens: Token[]): Token[] {
  const kept = withoutAttributions(tokens);
  if (kept.length === tokens.length) return [];
  // The attribution came first: the speaker is what precedes its speech verb.
  if (kept.length > 0 && kept[0] !== tokens[0]) {
    const verb = tokens.findIndex((token) => isSpeechVerb(token));
    return verb > 0 && tokens.indexOf(kept[0]) > verb ? trimEdges(tokens.slice(0, verb)) : [];
  }
  // "..., the company said": the words between the last comma and the speech verb.
  const tail = tokens.slice(kept.length + 1);
  const verb = tail.findIndex((token) => isSpeechVerb(token));
  return verb > 0 ? trimEdges(tail.slice(0, verb)) : [];
}

export function withoutParentheses(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.text === '(' || token.text === '[') depth++;
    else if ((token.text === ')' || token.text === ']') && depth > 0) depth--;
    else if (depth === 0) out.push(token);
  }
  return out;
}

export function trimEdges(tokens: Token[]): Token[] {
  let from = 0;
  let to = tokens.length;
  while (from < to && (!tokens[from].isWord || LEADING_CONNECTORS.has(lower(tokens[from])))) {
    if (tokens[from].text === '$' || tokens[from].text === '“') break;
    from++;
  }
  while (to > from && (!tokens[to - 1].isWord || TRAILING_WEAK.has(lower(tokens[to - 1])))) {
    if (tokens[to - 1].text === '%' || tokens[to - 1].text === '”') break;
    to--;
  }
  return tokens.slice(from, to);
}

export function trimTrailing(tokens: Token[]): Token[] {
  let to = tokens.length;
  while (to > 0 && (!tokens[to - 1].isWord || TRAILING_WEAK.has(lower(tokens[to - 1])))) {
    if (tokens[to - 1].text === '%') break;
    to--;
  }
  return tokens.slice(0, to);
}

export const TRAILING_WEAK = new Set([
  ...lexicon.prepositions,
  ...lexicon.determiners,
  'and',
  'or',
  'but',
  'to',
  'as',
  'than',
]);

/** "LONDON, March 6 (Reuters) -": a dateline names the place and agency, not the happening. */
export function withoutDateline(tokens: Token[]): Token[] {
  if (!tokens[0] || !/^\p{Lu}{2,}$/u.test(tokens[0].text.replace(/[.'’-]/g, ''))) return tokens;
  // "UTTARKASHI, October 14: Five members ...": a colon after the date ends it too.
  const dash = tokens.findIndex(
    (token, index) =>
      index < 14 &&
      (/^[-–—]+$/.test(token.text) || (token.text === ':' && /^\d/.test(tokens[index - 1]?.text ?? ''))),
  );
  return dash > 0 ? tokens.slice(dash + 1) : tokens;
}

/** "Baraja, a former midfielder," → "Baraja": an appositive is not part of a headline subject. */
export function withoutAppositive(subject: Token[]): Token[] {
  const comma = subject.findIndex((token) => token.text === ',');
  if (comma <= 0) return subject;
  // "Under the Paris Agreement, governments": a fronted phrase, the subject follows its comma.
  if (lexicon.prepositions.has(lower(subject[0])) || isDroppableAdverb(subject[0].text)) {
    const last = subject.map((token) => token.text).lastIndexOf(',');
    return subject.slice(last + 1);
  }
  // "The most famous, the Brigg boat,": a headless superlative or ordinal is named by its appositive.
  const second = subject.findIndex((token, index) => index > comma && token.text === ',');
  const head = subject.slice(0, comma).map((token) => lower(token));
  const headless =
    head[0] === 'the' &&
    head.length <= 3 &&
    /^(?:most|least|first|second|third|last|latest|oldest|largest|biggest|best|worst|\p{L}+est)$/u.test(
      head[1] ?? '',
    ) &&
    (head.length === 2 || head[1] === 'most' || head[1] === 'least') &&
    !/(?:interest|protest|request|contest|forest|harvest|quest|rest|test|west|guest|nest|chest|priest|digest)$/.test(
      head[1] ?? '',
    );
  const appositive = subject.slice(comma + 1, second > comma ? second : subject.length);
  if (headless && appositive.length > 0 && appositive.length <= 6) return appositive;
  return subject.slice(0, comma);
}

const DASH = /^[—–]$/;

export function headlineWords(tokens: readonly Token[]): Token[] {
  const kept = tokens.filter(
    (token, index) =>
      !(
        lexicon.headlineDropWords.has(token.text.toLowerCase()) &&
        (token.text === token.text.toLowerCase() || index === 0)
      ),
  );
  // "Dates for festival — — were announced": dashes left around a removed date go with it.
  return kept.filter(
    (token, index) =>
      !(
        DASH.test(token.text) &&
        (index === 0 ||
          index === kept.length - 1 ||
          DASH.test(kept[index - 1].text) ||
          DASH.test(kept[index + 1].text))
      ),
  );
}

const ORDINAL_ADVERBS = new Set(['last', 'first', 'never']);

export function withoutAdverbs(tokens: readonly Token[]): Token[] {
  return tokens.filter(
    (token, index) =>
      !(token.isWord && lexicon.adverbsToDrop.has(token.text.toLowerCase())) &&
      !isMannerAdverb(token) &&
      // "last underwent repairs": an adverb only right before a finite verb.
      !(ORDINAL_ADVERBS.has(token.text) && isFiniteVerb(tokens, index + 1)),
  );
}

export function isMannerAdverb(token: Token): boolean {
  const word = token.text;
  return (
    token.isWord &&
    word === word.toLowerCase() &&
    word.length > 4 &&
    word.endsWith('ly') &&
    !lexicon.lyNotAdverbs.has(word)
  );
}
