/**
 * Event titles in headline style, read from the clause that holds the date: subject + verb (present
 * tense, or "to" + verb for plans) + object, without the time adverbials, attributions ("the Kremlin
 * has announced", "according to ..."), comment adverbs ("reportedly") or trailing subordinate clauses.
 */
import { type Clause, hasFiniteVerb, isFiniteVerb } from './clauses';
import { isDroppableAdverb, lexicon, lookupVerb, presentTense } from './lexicon';
import { shortenNames } from './names';
import { groupStart } from './tense';
import { joinTokens, type Token } from './tokens';

export const MAX_TITLE_LENGTH = 70;

export interface Span {
  start: number;
  end: number;
}

export interface TitleContext {
  /** Tokens of the whole sentence. */
  tokens: readonly Token[];
  clauses: readonly Clause[];
  /** All time expressions of the sentence (article offsets), removed from titles. */
  timexSpans: readonly Span[];
  /** The last person named before this sentence, for a subject "he"/"she". */
  previousPerson?: string;
}

export interface TitleResult {
  title: string;
  description: string;
  /** True when a subject and a finite verb were found: the title says who did what. */
  hasVerb: boolean;
  person?: string;
  /** The clause's subject as written in the title ("Putin", "Russian chairmanship of BRICS"). */
  subject?: string;
}

const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';
const overlaps = (token: Token, span: Span): boolean => token.start < span.end && span.start < token.end;
const FORWARD_TIME_WORDS = new Set(['ago', 'later', 'earlier']);
const LEADING_CONNECTORS = new Set([
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
const QUOTES = new Set(['“', '”', '"', '‘', "'"]);
/** Words inside a verb group that are never its main verb ("is due to", "would be able to"). */
const VERB_CHAIN_WORDS = new Set([
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
const CHAIN_BEFORE_TO = new Set([
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
const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);

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
function withoutTimes(tokens: readonly Token[], spans: readonly Span[]): Token[] {
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
function withoutAttributions(tokens: Token[]): Token[] {
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

function withoutParentheses(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const token of tokens) {
    if (token.text === '(' || token.text === '[') depth++;
    else if ((token.text === ')' || token.text === ']') && depth > 0) depth--;
    else if (depth === 0) out.push(token);
  }
  return out;
}

function trimEdges(tokens: Token[]): Token[] {
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

function trimTrailing(tokens: Token[]): Token[] {
  let to = tokens.length;
  while (to > 0 && (!tokens[to - 1].isWord || TRAILING_WEAK.has(lower(tokens[to - 1])))) {
    if (tokens[to - 1].text === '%') break;
    to--;
  }
  return tokens.slice(0, to);
}

const TRAILING_WEAK = new Set([
  ...lexicon.prepositions,
  ...lexicon.determiners,
  'and',
  'or',
  'but',
  'to',
  'as',
  'than',
]);

/** The noun phrase a relative clause hangs on: "the Russian chairmanship of BRICS, which ...". */
function antecedent(tokens: readonly Token[], relativeAt: number): Token[] {
  const out: Token[] = [];
  let i = relativeAt - 1;
  if (tokens[i]?.text === ',') i--;
  for (; i >= 0 && out.length < 8; i--) {
    const token = tokens[i];
    const word = lower(token);
    if (!token.isWord && token.text !== '’' && token.text !== "'") break;
    if (word === 'of' || word === 'and') {
      out.unshift(token);
      continue;
    }
    if (lexicon.prepositions.has(word) || isFiniteVerb(tokens, i)) break;
    out.unshift(token);
    if (lexicon.determiners.has(word)) break;
  }
  while (out.length > 0 && ['of', 'and'].includes(lower(out[0]))) out.shift();
  return out;
}

function firstVerbIndex(tokens: readonly Token[]): number {
  for (let i = 0; i < tokens.length; i++) if (isFiniteVerb(tokens, i)) return i;
  return -1;
}

/** The subject a clause without its own inherits: the antecedent of "which", or the subject before "and". */
function inheritedSubject(context: TitleContext, clauseIndex: number): Token[] {
  const clause = context.clauses[clauseIndex];
  const first = lower(context.tokens[clause.from]);
  if (clause.kind === 'relative' && ['which', 'who', 'that'].includes(first)) {
    return antecedent(context.tokens, clause.from);
  }
  if (clause.kind === 'resumed' && clauseIndex > 0) {
    const relative = context.clauses[clauseIndex - 1];
    if (relative.kind !== 'relative') return [];
    // "Ahmad Jamal, the pianist whose ..., died": the whole noun phrase before the relative clause.
    const before = context.clauses[clauseIndex - 2];
    if (before && !hasFiniteVerb(context.tokens, before.from, before.to)) {
      return context.tokens.slice(before.from, before.to);
    }
    return antecedent(context.tokens, relative.from);
  }
  if (clause.kind === 'fronted') {
    // "Born in Pittsburgh in 1930, Jamal began ...": the main clause's subject.
    const main = context.clauses[clauseIndex + 1];
    if (!main) return [];
    const tokens = cleanClause(context, main, false);
    const verb = firstVerbIndex(tokens);
    return verb > 0 ? tokens.slice(0, verb) : [];
  }
  if ((clause.kind === 'coordinate' || clause.kind === 'participle') && clauseIndex > 0) {
    const previous = context.clauses[clauseIndex - 1];
    const tokens = cleanClause(context, previous, false);
    const verb = firstVerbIndex(tokens);
    if (verb > 0) return tokens.slice(0, verb);
    return inheritedSubject(context, clauseIndex - 1);
  }
  return [];
}

/** "LONDON, March 6 (Reuters) -": a dateline names the place and agency, not the happening. */
function withoutDateline(tokens: Token[]): Token[] {
  if (!tokens[0] || !/^\p{Lu}{2,}$/u.test(tokens[0].text.replace(/[.'’-]/g, ''))) return tokens;
  const dash = tokens.findIndex((token, index) => index < 14 && /^[-–—]+$/.test(token.text));
  return dash > 0 ? tokens.slice(dash + 1) : tokens;
}

function cleanClause(context: TitleContext, clause: Clause, keepTimes: boolean): Token[] {
  let tokens = context.tokens.slice(clause.from, clause.to);
  if (clause.from === 0) tokens = withoutDateline(tokens);
  if (!keepTimes) tokens = withoutTimes(tokens, context.timexSpans);
  tokens = withoutParentheses(tokens);
  tokens = withoutAttributions(tokens);
  tokens = tokens.filter((token) => !QUOTES.has(token.text));
  return trimEdges(tokens);
}

function isPlural(subject: readonly Token[], atSentenceStart: boolean): boolean {
  // The head noun comes before any prepositional phrase: "drivers across Germany".
  const preposition = subject.findIndex(
    (token, index) => index > 0 && lexicon.prepositions.has(lower(token)),
  );
  const headPhrase = preposition > 0 ? subject.slice(0, preposition) : subject;
  const words = headPhrase.filter((token) => token.isWord).map((token) => token.text);
  if (words.length === 0) return false;
  // "Putin and Modi", "Russian and Indian leaders" are plural; "the Law and Justice party" is one party.
  const last = words[words.length - 1];
  if (words.some((word) => word.toLowerCase() === 'and'))
    return !(last === last.toLowerCase() && !/s$/.test(last));
  const head = words[words.length - 1];
  const headLower = head.toLowerCase();
  if (lexicon.pluralPronouns.has(headLower) || lexicon.pluralNouns.has(headLower)) return true;
  // A lone capitalised first word is a common noun more often than a name ("Engineers found").
  const common = head === headLower || atSentenceStart || words.length === 1;
  return common && /[^su]s$/.test(headLower) && !/(ss|us|is|ics)$/.test(headLower);
}

const asToken = (text: string): Token => ({ text, start: -1, end: -1, isWord: true });

/** "Baraja, a former midfielder," → "Baraja": an appositive is not part of a headline subject. */
function withoutAppositive(subject: Token[]): Token[] {
  const comma = subject.findIndex((token) => token.text === ',');
  if (comma <= 0) return subject;
  // "Under the Paris Agreement, governments": a fronted phrase, the subject follows its comma.
  if (lexicon.prepositions.has(lower(subject[0])) || isDroppableAdverb(subject[0].text)) {
    const last = subject.map((token) => token.text).lastIndexOf(',');
    return subject.slice(last + 1);
  }
  return subject.slice(0, comma);
}

/** "was arrested in May and released in July": the second verb is passive too. */
function inheritsPassive(context: TitleContext, clauseIndex: number): boolean {
  const clause = context.clauses[clauseIndex];
  if (clause.kind !== 'coordinate' || clauseIndex === 0) return false;
  const previous = context.clauses[clauseIndex - 1];
  const tokens = context.tokens.slice(previous.from, previous.to);
  const verb = firstVerbIndex(tokens);
  return verb >= 0 && BE_FORMS.has(lower(tokens[verb]));
}

/** "would be able to meet" → "to meet"; "held" → "holds"; "was signed" → "signed". */
function headlineVerb(group: readonly Token[], plural: boolean, passiveContext = false): Token[] {
  const words = group.map((token) => token.text.toLowerCase());
  let mainIndex = -1;
  for (let i = words.length - 1; i >= 0; i--) {
    const verb = lookupVerb(words[i]);
    const chained =
      VERB_CHAIN_WORDS.has(words[i]) || (CHAIN_BEFORE_TO.has(words[i]) && words[i + 1] === 'to');
    if (verb && !lexicon.modals.has(words[i]) && !chained) {
      mainIndex = i;
      break;
    }
  }
  if (words.some((word) => ['not', "n't", 'never'].includes(word)) || mainIndex < 0) return [...group];
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

function verbGroupEnd(tokens: readonly Token[], from: number): number {
  let i = from;
  while (i < tokens.length) {
    const word = lower(tokens[i]);
    const next = lower(tokens[i + 1]);
    if (lexicon.auxiliaries.has(word) || lexicon.modals.has(word)) {
      // "had" followed by a noun phrase is the main verb ("had a phone conversation").
      const nextIsVerbish =
        (lookupVerb(next) !== undefined && !lexicon.determiners.has(next)) ||
        lexicon.auxiliaries.has(next) ||
        ['not', "n't", 'never', 'to'].includes(next) ||
        (CHAIN_BEFORE_TO.has(next) && lower(tokens[i + 2]) === 'to') ||
        lexicon.adverbsToDrop.has(next);
      i++;
      if (!nextIsVerbish) return i;
      continue;
    }
    if (['not', "n't", 'never'].includes(word) || lexicon.adverbsToDrop.has(word)) {
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

function hasVerbAhead(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 3); i++) if (isFiniteVerb(tokens, i)) return i > from;
  return false;
}

function cutObject(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let content = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (/^[,;:—–]$/.test(token.text)) break;
    // "a shortage that began in 2020 disrupted supply": a second finite verb belongs to another clause.
    if (lookupVerb(lower(token))?.kind === 'past' && isFiniteVerb(tokens, i)) break;
    // "... and five died": a coordinated clause with its own subject.
    if (out.length > 0 && ['and', 'but', 'or'].includes(lower(token)) && hasVerbAhead(tokens, i + 1)) break;
    const phrase = `${lower(token)} ${lower(tokens[i + 1])}`;
    if (content > 0 && lexicon.titleCutWords.some((cut) => cut === lower(token) || cut === phrase)) break;
    out.push(token);
    if (token.isWord && !LEADING_CONNECTORS.has(lower(token)) && !lexicon.prepositions.has(lower(token)))
      content++;
  }
  return out;
}

function headlineWords(tokens: readonly Token[]): Token[] {
  return tokens.filter(
    (token, index) =>
      !(
        lexicon.headlineDropWords.has(token.text.toLowerCase()) &&
        (token.text === token.text.toLowerCase() || index === 0)
      ),
  );
}

const ORDINAL_ADVERBS = new Set(['last', 'first', 'never']);

function withoutAdverbs(tokens: readonly Token[]): Token[] {
  return tokens.filter(
    (token, index) =>
      !(token.isWord && lexicon.adverbsToDrop.has(token.text.toLowerCase())) &&
      !isMannerAdverb(token) &&
      // "last underwent repairs": an adverb only right before a finite verb.
      !(ORDINAL_ADVERBS.has(token.text) && isFiniteVerb(tokens, index + 1)),
  );
}

function isMannerAdverb(token: Token): boolean {
  const word = token.text;
  return (
    token.isWord &&
    word === word.toLowerCase() &&
    word.length > 4 &&
    word.endsWith('ly') &&
    !lexicon.lyNotAdverbs.has(word)
  );
}

/** Before cutting a long title, drop what a headline can spare: the subject's and object's trailing phrases. */
function compress(subject: Token[], verb: Token[], object: Token[]): string {
  const join = (parts: Token[][]): string => joinTokens(parts.flat());
  let title = join([subject, verb, object]);
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const preposition = subject.findIndex(
    (token, index) => index > 0 && lexicon.prepositions.has(lower(token)),
  );
  const shortSubject = preposition > 0 ? subject.slice(0, preposition) : subject;
  title = join([shortSubject, verb, object]);
  if (title.length <= MAX_TITLE_LENGTH) return title;
  let content = 0;
  const cut = object.findIndex((token) => {
    if (token.isWord && !lexicon.prepositions.has(lower(token))) content++;
    return (
      content >= 2 && lexicon.prepositions.has(lower(token)) && lower(token) !== 'to' && lower(token) !== 'of'
    );
  });
  return join([shortSubject, verb, cut > 0 ? object.slice(0, cut) : object]);
}

export function truncateTitle(title: string, max = MAX_TITLE_LENGTH): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const words = clean.slice(0, max + 1).split(' ');
  words.pop();
  // Prefer ending before a prepositional phrase than inside one ("... in prison for taking").
  const lastPreposition = words.findLastIndex(
    (word, index) => index > 2 && word.toLowerCase() !== 'to' && lexicon.prepositions.has(word.toLowerCase()),
  );
  if (lastPreposition > 0 && words.slice(0, lastPreposition).join(' ').length >= max * 0.6) {
    words.length = lastPreposition;
  }
  while (
    words.length > 1 &&
    (TRAILING_WEAK.has(words[words.length - 1].toLowerCase()) || /[,;:]$/.test(words[words.length - 1]))
  ) {
    words.pop();
  }
  const cut = words.join(' ').replace(/[,;:–—-]+$/, '');
  return cut.length > 0 ? cut : clean.slice(0, max);
}

const capitalize = (text: string): string => (text.length > 0 ? text[0].toUpperCase() + text.slice(1) : text);

function replacePronoun(subject: Token[], previousPerson: string | undefined): Token[] {
  if (subject.length === 1 && previousPerson && lexicon.singularPronouns.has(lower(subject[0]))) {
    return [asToken(previousPerson)];
  }
  return subject;
}

export function buildTitle(context: TitleContext, clauseIndex: number): TitleResult {
  const clause = context.clauses[clauseIndex];
  const inherited = inheritedSubject(context, clauseIndex);
  const body = withoutAdverbs(cleanClause(context, clause, false));
  const withTimes = cleanClause(context, clause, true);
  const leadingGerund =
    (clause.kind === 'participle' && lookupVerb(lower(body[0]))?.kind === 'gerund') ||
    clause.kind === 'fronted';
  const firstVerb = leadingGerund ? 0 : firstVerbIndex(body);
  // The verb group starts at its first auxiliary: "winner to be chosen", not "winner to be" + "chosen".
  let verbAt = firstVerb > 0 ? groupStart(body, firstVerb) : firstVerb;
  let ownSubject = verbAt > 0 ? body.slice(0, verbAt) : [];
  if (verbAt === 0 && !leadingGerund && inherited.length === 0) {
    // "September was the warmest month": the date is the subject, so it stays.
    const whole = withoutAdverbs(trimEdges(withoutParentheses(context.tokens.slice(clause.from, clause.to))));
    const verb = firstVerbIndex(whole);
    if (verb > 0) {
      ownSubject = whole.slice(0, verb);
      body.unshift(...ownSubject);
      verbAt = ownSubject.length;
    }
  }
  const subjectTokens = replacePronoun(
    withoutAppositive(
      trimEdges(ownSubject.length > 0 ? ownSubject : withoutTimes(inherited, context.timexSpans)),
    ),
    context.previousPerson,
  );
  const subject = shortenNames(subjectTokens);
  const fullDescription = capitalize(
    joinTokens(ownSubject.length > 0 || inherited.length === 0 ? withTimes : [...inherited, ...withTimes]),
  );
  if (verbAt < 0 || subject.tokens.length === 0) {
    const fallback = shortenNames(headlineWords(body));
    return {
      title: capitalize(truncateTitle(joinTokens(fallback.tokens))),
      description: fullDescription,
      hasVerb: false,
      person: fallback.person,
    };
  }
  const groupEnd = verbGroupEnd(body, verbAt);
  const group = withoutAdverbs(body.slice(verbAt, groupEnd));
  const atSentenceStart = subjectTokens[0]?.start === context.tokens[0]?.start;
  const verb = headlineVerb(
    group,
    isPlural(subject.tokens, atSentenceStart),
    inheritsPassive(context, clauseIndex) || clause.kind === 'fronted',
  );
  let objectTokens = trimTrailing(cutObject(body.slice(groupEnd)));
  // "the SCO, which Russia will chair": the noun the relative clause hangs on is its object.
  const relativeWord = lower(context.tokens[clause.from]);
  if (
    clause.kind === 'relative' &&
    ['which', 'that', 'whom'].includes(relativeWord) &&
    verbAt > 0 &&
    objectTokens.length === 0
  ) {
    objectTokens = withoutTimes(antecedent(context.tokens, clause.from), context.timexSpans);
  }
  const object = shortenNames(headlineWords(objectTokens));
  return {
    title: capitalize(truncateTitle(compress(headlineWords(subject.tokens), verb, object.tokens))),
    description: fullDescription,
    hasVerb: true,
    person: subject.person ?? object.person,
    subject: joinTokens(headlineWords(subject.tokens)),
  };
}
