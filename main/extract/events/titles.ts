/**
 * Event titles in headline style, read from the clause that holds the date: subject + verb (present
 * tense, or "to" + verb for plans) + object, without the time adverbials, attributions ("the Kremlin
 * has announced", "according to ..."), comment adverbs ("reportedly") or trailing subordinate clauses.
 */
import { type Clause, hasFiniteVerb, isFiniteVerb } from './clauses';
import { lexicon, lookupVerb } from './lexicon';
import { shortenNames } from './names';
import { resolveSubject } from './pronouns';
import { groupStart } from './tense';
import {
  headlineWords,
  LEADING_CONNECTORS,
  QUOTES,
  type Span,
  speakerOf,
  TRAILING_WEAK,
  trimEdges,
  trimTrailing,
  withoutAdverbs,
  withoutAppositive,
  withoutAttributions,
  withoutDateline,
  withoutParentheses,
  withoutTimes,
} from './title-cleanup';
import { joinTokens, type Token } from './tokens';
import { asToken, BE_FORMS, firstVerbIndex, headlineVerb, verbGroupEnd } from './verb-groups';

export type { Span } from './title-cleanup';

export const MAX_TITLE_LENGTH = 70;

export interface TitleContext {
  /** Tokens of the whole sentence. */
  tokens: readonly Token[];
  clauses: readonly Clause[];
  /** All time expressions of the sentence (article offsets), removed from titles. */
  timexSpans: readonly Span[];
  /** The last person named before this sentence, for a subject "he"/"she". */
  previousPerson?: string;
  /** The subject of the sentence's first clause, for an "it" in a later clause ("after it began"). */
  mainSubject?: string;
  /** The subject of the previous sentence, for a "They" or "It" that opens this one. */
  previousSubject?: string;
  /** The object of the previous sentence, a rival for that pronoun. */
  previousObject?: string;
  /** The article, to tell names of things from names of people. */
  text?: string;
}

export interface TitleResult {
  title: string;
  description: string;
  /** True when a subject and a finite verb were found: the title says who did what. */
  hasVerb: boolean;
  person?: string;
  /** The clause's subject as written in the title ("Putin", "Russian chairmanship of BRICS"). */
  subject?: string;
  /** The base form of the clause's main verb ("struck" → "strike"), when it has one. */
  verb?: string;
  /** The object as written in the title. */
  object?: string;
}

const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';
/** The words of an offset: "three months", "a few days", "shortly", "just two weeks". */
const OFFSET_WORD =
  /^(?:and|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|few|several|some|just|only|nearly|almost|about|shortly|soon|long|minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;

const KIND_POSSESSIVES = new Set(['his', 'her', 'its', 'their']);
/** The noun phrase a relative clause hangs on: "the Russian chairmanship of BRICS, which ...". */
const NOUN_PREPOSITIONS = new Set(['on', 'in', 'for', 'against', 'with', 'over']);

function antecedent(tokens: readonly Token[], relativeAt: number): Token[] {
  const out: Token[] = [];
  let i = relativeAt - 1;
  if (tokens[i]?.text === ',') i--;
  for (; i >= 0 && out.length < 8; i--) {
    const token = tokens[i];
    const word = lower(token);
    if (!token.isWord && token.text !== '’' && token.text !== "'" && !/^[$£€¥]$/.test(token.text)) break;
    // "a ban on imports of diamonds, which": a noun's own prepositional phrases belong to it.
    if (
      word === 'of' ||
      word === 'and' ||
      (NOUN_PREPOSITIONS.has(word) && /^\p{Ll}/u.test(tokens[i - 1]?.text ?? ''))
    ) {
      out.unshift(token);
      continue;
    }
    if (lexicon.prepositions.has(word) || isFiniteVerb(tokens, i)) break;
    // "the race to succeed Mayor Carranza, who": the infinitive's verb is not part of its object.
    if (lower(tokens[i - 1]) === 'to' && lookupVerb(word)?.kind === 'base') break;
    out.unshift(token);
    if (lexicon.determiners.has(word)) break;
  }
  // Without a determiner to stop at, the phrase starts after the last preposition it crossed.
  if (!lexicon.determiners.has(lower(out[0]))) {
    const crossed = out.findLastIndex((token) => NOUN_PREPOSITIONS.has(lower(token)));
    if (crossed >= 0) out.splice(0, crossed + 1);
  }
  while (out.length > 0 && ['of', 'and'].includes(lower(out[0]))) out.shift();
  return out;
}

/**
 * The singular noun phrase before `from` (going back over participles and prepositions): "an
 * exhibition of artifacts recovered from" → "exhibition of artifacts". Empty when none is close.
 */
function singularAntecedent(tokens: readonly Token[], from: number): Token[] {
  for (let i = from; i >= Math.max(0, from - 10); i--) {
    const token = tokens[i];
    if (!token?.isWord) return [];
    if (!lexicon.determiners.has(lower(token))) continue;
    const phrase: Token[] = [];
    for (let j = i + 1; j <= from; j++) {
      const word = lower(tokens[j]);
      const kind = lookupVerb(word)?.kind;
      if ((lexicon.prepositions.has(word) && word !== 'of') || kind === 'past' || kind === 'participle')
        break;
      phrase.push(tokens[j]);
    }
    while (phrase.length > 0 && lower(phrase.at(-1)) === 'of') phrase.pop();
    const head = phrase.findIndex((token) => lower(token) === 'of');
    const headWord = lower(phrase[head >= 0 ? head - 1 : phrase.length - 1]);
    return headWord && !/[^su]s$/.test(headWord) ? phrase : [];
  }
  return [];
}

/** The subject a clause without its own inherits: the antecedent of "which", or the subject before "and". */
function inheritedSubject(context: TitleContext, clauseIndex: number): Token[] {
  const clause = context.clauses[clauseIndex];
  const first = lower(context.tokens[clause.from]);
  if (clause.kind === 'relative' && ['which', 'who', 'that'].includes(first)) {
    const near = antecedent(context.tokens, clause.from);
    // "an exhibition of artifacts from wrecked freighters, which runs": a singular verb skips a plural noun.
    const verb = lower(context.tokens[clause.from + 1]);
    const singularVerb = ['is', 'was', 'has'].includes(verb) || lookupVerb(verb)?.kind === 'third';
    if (singularVerb && isPlural(near, false)) {
      const further = singularAntecedent(context.tokens, clause.from - near.length - 1);
      if (further.length > 0) return further;
    }
    return near;
  }
  if (clause.kind === 'resumed' && clauseIndex > 0) {
    const relative = context.clauses[clauseIndex - 1];
    if (relative.kind !== 'relative' && relative.kind !== 'side') return [];
    // "Ahmad Jamal, the pianist whose ..., died": the whole noun phrase before the relative clause.
    const before = context.clauses[clauseIndex - 2];
    if (before && !hasFiniteVerb(context.tokens, before.from, before.to)) {
      return context.tokens.slice(before.from, before.to);
    }
    return antecedent(context.tokens, relative.from);
  }
  if (clause.kind === 'side' && lookupVerb(first)?.kind !== undefined) {
    // "Tickets, which are required because of capacity limits, went on sale": past the relative clause
    // and what hangs on it, the subject waits.
    let back = clauseIndex - 1;
    while (back > 0 && context.clauses[back].kind === 'subordinate') back--;
    if (back > 0 && back < clauseIndex - 1 && context.clauses[back].kind === 'relative') {
      const head = context.clauses[back - 1];
      if (!hasFiniteVerb(context.tokens, head.from, head.to)) return context.tokens.slice(head.from, head.to);
    }
    // ", founded in 1887,": about the noun before the comma.
    const before = context.clauses[clauseIndex - 1];
    if (before && !hasFiniteVerb(context.tokens, before.from, before.to)) {
      return context.tokens.slice(before.from, before.to);
    }
    return antecedent(context.tokens, clause.from);
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

/**
 * "which officials said would be completed": a report inside a relative clause; what the clause tells
 * is "which would be completed".
 */
function withoutEmbeddedReport(tokens: Token[]): Token[] {
  if (!['which', 'that'].includes(lower(tokens[0]))) return tokens;
  for (let i = 2; i <= Math.min(5, tokens.length - 2); i++) {
    if (!lexicon.speechVerbs.has(lower(tokens[i]))) continue;
    const next = lower(tokens[i + 1]);
    if (!(lexicon.modals.has(next) || lexicon.auxiliaries.has(next))) return tokens;
    if (tokens.slice(1, i).some((token) => !token.isWord)) return tokens;
    return [tokens[0], ...tokens.slice(i + 1)];
  }
  return tokens;
}

function cleanClause(context: TitleContext, clause: Clause, keepTimes: boolean): Token[] {
  let tokens = withoutMarkup(context.tokens.slice(clause.from, clause.to));
  if (clause.kind === 'relative') tokens = withoutEmbeddedReport(tokens);
  if (clause.from === 0) tokens = withoutDateline(tokens);
  if (!keepTimes) tokens = withoutTimes(tokens, context.timexSpans);
  tokens = withoutParentheses(tokens);
  tokens = withoutAttributions(tokens);
  tokens = tokens.filter((token) => !QUOTES.has(token.text));
  return trimEdges(tokens);
}

function isPlural(subject: readonly Token[], atSentenceStart: boolean): boolean {
  // "More than 31,000 people", "Fewer than 200 workers": the count's noun is the head.
  if (['more', 'fewer', 'less'].includes(lower(subject[0])) && lower(subject[1]) === 'than')
    return isPlural(subject.slice(2), false);
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

/** "was arrested in May and released in July": the second verb is passive too. */
function inheritsPassive(context: TitleContext, clauseIndex: number): boolean {
  const clause = context.clauses[clauseIndex];
  if (clause.kind !== 'coordinate' || clauseIndex === 0) return false;
  const previous = context.clauses[clauseIndex - 1];
  const tokens = context.tokens.slice(previous.from, previous.to);
  const verb = firstVerbIndex(tokens);
  return verb >= 0 && BE_FORMS.has(lower(tokens[verb]));
}

function hasVerbAhead(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length, from + 3); i++) if (isFiniteVerb(tokens, i)) return i > from;
  return false;
}

const LINKING = new Set(['be', 'remain', 'stay', 'become', 'seem', 'get', 'appear', 'look', 'keep', 'go']);

/** `afterLinking`: the verb was "remain", "be", "become"…, so a participle right after it describes. */
function cutObject(tokens: readonly Token[], afterLinking: boolean): Token[] {
  const out: Token[] = [];
  let content = 0;
  let adjectiveRun = -1;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (/^[,;:—–]$/.test(token.text)) break;
    // "a shortage that began in 2020 disrupted supply": a second finite verb belongs to another clause.
    // "rebuild damaged schools": a participle opening the object describes the noun after it.
    // "upgraded heated probes": a run of participles before a noun all describe it.
    const adjective =
      (i === 0 || adjectiveRun === i) &&
      tokens[i + 1]?.isWord === true &&
      tokens[i + 1].text === lower(tokens[i + 1]) &&
      !lexicon.prepositions.has(lower(tokens[i + 1])) &&
      !lexicon.determiners.has(lower(tokens[i + 1]));
    const describes = (i === 0 && afterLinking) || adjective;
    if (adjective && lookupVerb(lower(token))?.kind === 'past') adjectiveRun = i + 1;
    if (!describes && lookupVerb(lower(token))?.kind === 'past' && isFiniteVerb(tokens, i)) break;
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

/** Where the clause's attribution starts: the clause before a reported ("complement") clause. */
function reportingFrom(context: TitleContext, clauseIndex: number): number {
  const clause = context.clauses[clauseIndex];
  const before = context.clauses[clauseIndex - 1];
  return clause.kind === 'complement' && before ? before.from : clause.from;
}

/** Markdown marks and a leading label ("**Update:**") are layout, not words. */
const MARKUP = new Set(['*', '_', '#', '`', '>', '•']);

function withoutMarkup(tokens: Token[]): Token[] {
  const words = tokens.filter((token) => !MARKUP.has(token.text));
  const colon = words.findIndex((token) => token.text === ':');
  const label =
    colon > 0 && colon <= 2 && words.slice(0, colon).every((token) => /^\p{Lu}/u.test(token.text));
  return label ? words.slice(colon + 1) : words;
}

export function buildTitle(context: TitleContext, clauseIndex: number): TitleResult {
  const clause = context.clauses[clauseIndex];
  const inherited = inheritedSubject(context, clauseIndex);
  const body = withoutAdverbs(cleanClause(context, clause, false));
  const withTimes = cleanClause(context, clause, true);
  const leadingKind = lookupVerb(lower(body[0]))?.kind;
  const leadingGerund =
    (clause.kind === 'participle' && leadingKind === 'gerund') ||
    clause.kind === 'fronted' ||
    (clause.kind === 'side' && (leadingKind === 'past' || leadingKind === 'participle'));
  // "The storm, which hit at dawn": right after "which"/"who" comes the verb, even one spelt like a noun.
  const relativeVerb =
    clause.kind === 'relative' &&
    ['which', 'who'].includes(lower(context.tokens[clause.from])) &&
    (leadingKind === 'past' || leadingKind === 'third');
  const firstVerb = leadingGerund || relativeVerb ? 0 : firstVerbIndex(body);
  // The verb group starts at its first auxiliary: "winner to be chosen", not "winner to be" + "chosen".
  let verbAt = firstVerb > 0 ? groupStart(body, firstVerb) : firstVerb;
  // "expected to have flatlined ... and to grow by 0.1%": a second infinitive shares the main subject.
  const infinitive = body.findIndex((token) => lower(token) === 'to');
  if (
    verbAt < 0 &&
    clause.kind === 'coordinate' &&
    inherited.length > 0 &&
    infinitive >= 0 &&
    infinitive === 0 &&
    lookupVerb(lower(body[infinitive + 1]))?.kind === 'base'
  )
    verbAt = infinitive;
  let ownSubject = verbAt > 0 ? body.slice(0, verbAt) : [];
  // "Carranza, whose term expires on June 30": the owner's name takes the place of "whose".
  if (clause.kind === 'relative' && lower(ownSubject[0]) === 'whose') {
    // "Carranza, who has led the city since 2015 and whose term ...": the first relative clause's noun.
    const first =
      lower(context.tokens[clause.from - 1]) === 'and'
        ? context.clauses.findLast(
            (each, index) =>
              index < clauseIndex &&
              each.kind === 'relative' &&
              ['who', 'which', 'whose'].includes(lower(context.tokens[each.from])),
          )
        : undefined;
    const owner = antecedent(context.tokens, (first ?? clause).from).filter((token) => token.isWord);
    const last = owner.at(-1);
    if (last) ownSubject = [...owner.slice(0, -1), asToken(`${last.text}'s`), ...ownSubject.slice(1)];
  }
  // "and three months after a heat wave in July led to ...": the subject follows the offset.
  const offsetEnd = ownSubject.findIndex((token) => ['after', 'before'].includes(lower(token)));
  if (
    offsetEnd > 0 &&
    offsetEnd < ownSubject.length - 1 &&
    ownSubject.slice(0, offsetEnd).every((token) => OFFSET_WORD.test(token.text))
  )
    ownSubject = ownSubject.slice(offsetEnd + 1);
  // "according to a poll released on Wednesday": the poll was released.
  const accordingTo = lower(ownSubject[0]) === 'according' && lower(ownSubject[1]) === 'to';
  if (accordingTo) ownSubject = ownSubject.slice(2);
  // "After two years behind scaffolding, the museum will reopen": a fronted phrase ends at its comma.
  const opener = lower(context.tokens[clause.from]);
  if (clause.kind === 'main' && (lexicon.prepositions.has(opener) || lexicon.clauseBreakers.has(opener))) {
    const comma = ownSubject.map((token) => token.text).lastIndexOf(',');
    if (comma >= 0 && comma < ownSubject.length - 1) ownSubject = ownSubject.slice(comma + 1);
  }
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
  const pronounSubject = withoutAppositive(
    trimEdges(
      ownSubject.length > 0 ? ownSubject : withoutAdverbs(withoutTimes(inherited, context.timexSpans)),
    ),
  );
  const resolved = resolveSubject(pronounSubject, {
    // A reported clause ("… said | it had collapsed") has its speaker in the clause before.
    speaker: speakerOf(
      withoutParentheses(withoutMarkup(context.tokens.slice(reportingFrom(context, clauseIndex), clause.to))),
    ),
    previousPerson: context.previousPerson,
    mainSubject: clauseIndex > 0 ? context.mainSubject : undefined,
    previousSubject: clauseIndex === 0 ? context.previousSubject : undefined,
    previousObject: context.previousObject,
    text: context.text,
  });
  const subjectTokens = resolved.tokens;
  // "The bloc first imposed …": an adverb left at the end of a subject is not part of it.
  while (
    subjectTokens.length > 1 &&
    ['first', 'last', 'then', 'also', 'now'].includes(lower(subjectTokens.at(-1)))
  ) {
    subjectTokens.pop();
  }
  const subject = shortenNames(subjectTokens);
  const fullDescription = capitalize(
    joinTokens(ownSubject.length > 0 || inherited.length === 0 ? withTimes : [...inherited, ...withTimes]),
  );
  // A pronoun without a clear antecedent leaves the predicate alone: "Stolen", not "It stolen".
  if (verbAt < 0 || (subject.tokens.length === 0 && !resolved.dropped)) {
    // "his inauguration for a fifth term": a possessive takes its owner's name, or goes.
    const owned = KIND_POSSESSIVES.has(lower(body[0]))
      ? resolveSubject(body, { previousPerson: context.previousPerson }).tokens
      : body;
    const fallback = shortenNames(headlineWords(owned));
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
    resolved.fromPronoun ? resolved.plural : isPlural(subject.tokens, atSentenceStart),
    accordingTo ||
      inheritsPassive(context, clauseIndex) ||
      clause.kind === 'fronted' ||
      clause.kind === 'side',
  );
  const groupVerb = lookupVerb(lower(body[groupEnd - 1]))?.forms.base ?? '';
  const afterLinking = LINKING.has(groupVerb);
  let objectTokens = trimTrailing(cutObject(body.slice(groupEnd), afterLinking));
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
  // "It was the airline's third failure": this "it" is the situation itself; the noun phrase says it.
  const situation =
    lower(pronounSubject[0]) === 'it' &&
    pronounSubject.length === 1 &&
    groupVerb === 'be' &&
    lexicon.determiners.has(lower(body[groupEnd])) &&
    object.tokens.length > 0;
  if (situation) {
    return {
      title: capitalize(truncateTitle(joinTokens(object.tokens))),
      description: fullDescription,
      hasVerb: true,
      person: object.person,
    };
  }
  return {
    title: capitalize(truncateTitle(compress(headlineWords(subject.tokens), verb, object.tokens))),
    description: fullDescription,
    hasVerb: true,
    person: subject.person ?? object.person,
    subject: joinTokens(headlineWords(subject.tokens)),
    ...(groupVerb ? { verb: groupVerb } : {}),
    object: joinTokens(object.tokens),
  };
}
