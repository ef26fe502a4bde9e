/**
 * From a text and its time expressions to timeline events: per sentence, the anchored dates become
 * happenings (ranges joined, nested dates of one clause merged), each titled from its clause and
 * flagged approximate/planned. Pure and total: any input gives a list, never an exception.
 */
import type { ExtractedEvent, TimeExpression } from '../../../preload/domain';
import { attributionRanges, type TokenRange } from './attribution';
import { candidateSentences } from './candidate-sentences';
import { type Clause, isFiniteVerb, splitClauses } from './clauses';
import { elaboratedEvent, isBareClockTime, refineWithClock } from './elaboration';
import { isApproximate, isPlanned } from './flags';
import { compareIso, dayOf } from './iso-dates';
import { lexicon, lookupVerb } from './lexicon';
import { narrowByModifier, narrowByRelativeWord } from './modifiers';
import { shortenNames } from './names';
import { buildHappenings, type Happening, moreSpecific, nests } from './ranges';
import { offsetHappenings } from './relative-offsets';
import { correctYearByTense, groupStart, tenseAt } from './tense';
import { buildTitle, truncateTitle } from './titles';
import { joinTokens, type Token, tokenize } from './tokens';

export interface BuildOptions {
  /** Publication date `YYYY-MM-DD`: the open end of "since 2022" and the line between past and plan. */
  referenceDate: string;
}

function clauseIndexAt(tokens: readonly Token[], clauses: readonly Clause[], offset: number): number {
  const tokenIndex = tokens.findIndex((token) => token.end > offset);
  const index = clauses.findIndex((clause) => tokenIndex >= clause.from && tokenIndex < clause.to);
  return index < 0 ? Math.max(0, clauses.length - 1) : index;
}

/** Nested dates of one clause ("last month, in December") are one happening. */
function mergeNested(happenings: Happening[], clauseOf: (happening: Happening) => number): Happening[] {
  const result: Happening[] = [];
  for (const happening of happenings) {
    const twin = result.findIndex(
      (other) => clauseOf(other) === clauseOf(happening) && nests(other, happening),
    );
    if (twin < 0) {
      result.push(happening);
      continue;
    }
    const kept = moreSpecific(result[twin], happening);
    const timexes = [...result[twin].timexes, ...happening.timexes].sort((a, b) => a.start - b.start);
    const first = kept.timexes[0];
    result[twin] = { ...kept, timexes: [first, ...timexes.filter((timex) => timex !== first)] };
  }
  return result;
}

/** The finite verb that governs a date: the last one before it in its clause, else the first after. */
function governingVerb(tokens: readonly Token[], clause: Clause, offset: number): number {
  const anchorIndex = tokens.findIndex((token) => token.start >= offset);
  const limit = anchorIndex < 0 ? clause.to : Math.min(anchorIndex, clause.to);
  let verb = -1;
  for (let i = clause.from; i < limit; i++) if (isFiniteVerb(tokens, i)) verb = i;
  if (verb >= 0) return verb;
  for (let i = limit; i < clause.to; i++) if (isFiniteVerb(tokens, i)) return i;
  return -1;
}

function firstFiniteVerb(tokens: readonly Token[], clause: Clause): number {
  for (let i = clause.from; i < clause.to; i++) if (isFiniteVerb(tokens, i)) return i;
  return -1;
}

/** Text from the governing verb up to the date: where tense and modality are read. */
function governingVerbContext(tokens: readonly Token[], clause: Clause, offset: number): string {
  const verb = governingVerb(tokens, clause, offset);
  if (verb < 0) return joinTokens(tokens.slice(clause.from, clause.to));
  const anchorIndex = tokens.findIndex((token) => token.start >= offset);
  const limit = anchorIndex < 0 ? clause.to : Math.min(anchorIndex, clause.to);
  const from = Math.max(clause.from, verb - 3);
  const to = Math.max(limit, Math.min(clause.to, verb + 5));
  return joinTokens(tokens.slice(from, to));
}

const titleWords = (title: string): Set<string> =>
  new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2),
  );

function sameHappening(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (a.start !== b.start || a.end !== b.end) return false;
  const wordsA = titleWords(a.title);
  const wordsB = titleWords(b.title);
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  const union = new Set([...wordsA, ...wordsB]).size;
  return union === 0 || shared / union >= 0.5;
}

const NAME_LIKE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** A subject that names someone ("Jaishankar", "Northwind Rail"), what a later "he"/"she" may mean. */
function nameOf(subject: string | undefined): string | undefined {
  if (!subject || !NAME_LIKE.test(subject)) return undefined;
  return /^(?:He|She|It|They|We|I|This|That|The|A|An)\b/.test(subject) ? undefined : subject;
}

const insideRange = (index: number, range: TokenRange): boolean => index >= range.from && index < range.to;

/** "its budget for 2025": a date that only qualifies a noun, when the sentence has the happening's own. */
const NOUN_COMPLEMENT = /\b([\p{L}-]+)\s+for\s+(?:the\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?$/u;

/** "warmer than the 1991-2020 average": a date that only qualifies a noun inside a phrase. */
/** "a 30-fold increase on the year before", "up from 4.8 percent a year earlier": a base of comparison. */
const COMPARED_BEFORE =
  /\b(?:increase|rise|fall|drop|decline|jump|gain|loss|growth|up|down|compared|comparison)\s+(?:on|from|with|to)\b[^,;:]{0,40}$/i;
const PHRASE_BEFORE =
  /\b(?:than|of|to|with|from|against|over|under|versus|above|below|beyond)\s+(?:the|a|an|its|their|his|her)\s+(?:\d{4}\s*[-–]\s*)?$/i;

function qualifiesNoun(text: string, sentenceStart: number, happening: Happening): boolean {
  const anchor = happening.timexes[0];
  const before = text.slice(Math.max(sentenceStart, anchor.start - 40), anchor.start);
  const word = NOUN_COMPLEMENT.exec(before)?.[1];
  if (word !== undefined && lookupVerb(word) === undefined && !lexicon.auxiliaries.has(word.toLowerCase()))
    return true;
  if (COMPARED_BEFORE.test(before)) return true;
  const last = happening.timexes[happening.timexes.length - 1];
  const noun = /^\s+([a-z][a-z-]*)\b/.exec(text.slice(last.end, last.end + 30))?.[1];
  return (
    PHRASE_BEFORE.test(before) &&
    noun !== undefined &&
    !lexicon.prepositions.has(noun) &&
    lookupVerb(noun)?.kind !== 'past' &&
    !['that', 'which', 'who', 'and', 'or'].includes(noun)
  );
}

/** The headline: a first line without a full stop, followed by a line break. */
function isHeadline(text: string, event: ExtractedEvent): boolean {
  return (
    text.slice(0, event.sourceStart).trim() === '' &&
    !/[.!?]["”’]?$/.test(event.quote) &&
    /^\s*\n/.test(text.slice(event.sourceEnd))
  );
}

/** A title for a happening told by a bare noun phrase: "two days after the election" → "Election". */
function nounPhraseTitle(tokens: readonly Token[], from: number): string {
  const phrase: Token[] = [];
  for (let i = from; i < tokens.length && tokens[i].isWord && phrase.length < 8; i++) phrase.push(tokens[i]);
  const words = phrase.filter((token, index) => !(index === 0 && /^(the|a|an)$/i.test(token.text)));
  const title = joinTokens(words);
  return title.length > 0 ? title[0].toUpperCase() + title.slice(1) : '';
}

const SENTENCE_WINDOW = 400;

/**
 * "the February 2023 earthquakes that killed 50,000": a date inside a noun phrase that a relative
 * clause describes dates that clause's happening. Returns the relative clause's index.
 */
function describedClause(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  timex: TimeExpression,
): number | undefined {
  const after = tokens.findIndex((token) => token.start >= timex.end);
  if (after < 0 || !tokens[after].isWord || isFiniteVerb(tokens, after)) return undefined;
  if (lexicon.prepositions.has(tokens[after].text.toLowerCase())) return undefined;
  for (let i = after; i < Math.min(tokens.length, after + 4); i++) {
    const index = clauses.findIndex((clause) => clause.from === i && clause.kind === 'relative');
    if (index >= 0 && ['that', 'which', 'who'].includes(tokens[i].text.toLowerCase())) return index;
    if (!tokens[i].isWord) return undefined;
  }
  return undefined;
}

export function buildEvents(
  text: string,
  expressions: readonly TimeExpression[],
  options: BuildOptions,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let previousPerson: string | undefined;
  for (const { sentence, anchored, all } of candidateSentences(text, expressions)) {
    const tokens = tokenize(sentence.text, sentence.start);
    const clauses = splitClauses(tokens);
    // Durations and sets stay in titles ("sentenced to six years"); dates and times are the event's own.
    const timexSpans = all.filter((timex) => timex.type === 'DATE' || timex.type === 'TIME');
    const context = { tokens, clauses, timexSpans, previousPerson };
    const sentenceSubject = nameOf(buildTitle(context, 0).subject);
    const sentencePerson = sentenceSubject ?? shortenNames(tokens).person;
    if (anchored.length === 0) {
      previousPerson = sentencePerson ?? previousPerson;
      continue;
    }
    const tokenAt = (offset: number): number => tokens.findIndex((token) => token.end > offset);
    const clauseOf = (happening: Happening): number =>
      clauseIndexAt(tokens, clauses, happening.timexes[0].start);
    const attributions = attributionRanges(tokens, clauses);
    const inAttribution = (offset: number): TokenRange | undefined =>
      attributions.find((range) => insideRange(tokenAt(offset), range));
    // A date of saying never merges with the dates of what was said.
    const content = anchored.filter((timex) => !inAttribution(timex.start));
    const spoken = anchored.filter((timex) => inAttribution(timex.start));
    // The date of saying yields to a date of the reported content's main verb ("Cases rose in 2024, the
    // agency said on Thursday"), not to one of a side phrase ("... a renovation due by 2031, Macron said").
    const contentIsMain = content.some((timex) => {
      const clause = clauses[clauseIndexAt(tokens, clauses, timex.start)];
      const verb = governingVerb(tokens, clause, timex.start);
      return verb >= 0 && groupStart(tokens, verb) === groupStart(tokens, firstFiniteVerb(tokens, clause));
    });
    const groups = content.length === 0 ? [spoken] : contentIsMain ? [content] : [content, spoken];
    const adjust = (timex: TimeExpression): TimeExpression => {
      const clause = clauses[clauseIndexAt(tokens, clauses, timex.start)];
      const tense = tenseAt(tokens, governingVerb(tokens, clause, timex.start));
      const until = /\b(?:until|till)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, timex.start - 12), timex.start),
      );
      const deadline = /\b(?:by|before)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, timex.start - 12), timex.start),
      );
      const narrowed = narrowByRelativeWord(narrowByModifier(timex), options.referenceDate, deadline);
      return correctYearByTense(
        narrowed,
        until && tense === 'present' ? 'future' : tense,
        options.referenceDate,
      );
    };
    const built = groups.flatMap((group) =>
      mergeNested(buildHappenings(text, sentence, group.map(adjust), options.referenceDate), clauseOf),
    );
    const happenings =
      built.length > 1 ? built.filter((happening) => !qualifiesNoun(text, sentence.start, happening)) : built;
    const attributionOf = (happening: Happening): TokenRange | undefined =>
      inAttribution(happening.timexes[0].start);
    const hasOwnDate = contentIsMain;
    const earlierPerson = sentenceSubject ?? shortenNames(tokens).person;
    const emit = (
      happening: Happening,
      clauseIndex: number,
      title: { title: string; description: string },
    ): void => {
      const clause = clauses[clauseIndex];
      const anchor = happening.timexes[0];
      const planned = isPlanned(
        happening,
        governingVerbContext(tokens, clause, anchor.start),
        options.referenceDate,
      );
      // A plan cannot have happened before it was reported: "at some point in 2024" starts at publication.
      const lastDay = happening.end ?? anchor.interval?.end ?? happening.start;
      const clamp =
        planned &&
        compareIso(happening.start, options.referenceDate) < 0 &&
        compareIso(lastDay, options.referenceDate) >= 0;
      const start = clamp ? options.referenceDate : happening.start;
      events.push({
        title: title.title,
        description: title.description,
        start,
        ...(happening.end && dayOf(happening.end) !== dayOf(start) ? { end: happening.end } : {}),
        precision: happening.precision,
        approximate: isApproximate(text, sentence.start, happening),
        planned,
        quote: sentence.text,
        sourceStart: sentence.start,
        sourceEnd: sentence.end,
        timexes: happening.timexes.map((timex) => ({ ...timex })),
      });
    };
    for (const happening of happenings) {
      const attribution = attributionOf(happening);
      // "X said on Monday that ...": the date of saying is no event when the content has its own date.
      if (attribution && hasOwnDate) continue;
      const anchor = happening.timexes[0];
      const clauseIndex =
        attribution?.reports ?? describedClause(tokens, clauses, anchor) ?? clauseOf(happening);
      const person = clauseIndex > 0 ? earlierPerson : undefined;
      const title = buildTitle({ ...context, previousPerson: person ?? previousPerson }, clauseIndex);
      if (happening.timexes.length === 1 && isBareClockTime(anchor)) {
        const earlier = elaboratedEvent(
          events,
          sentence.start,
          SENTENCE_WINDOW,
          `${title.title} ${title.description}`,
        );
        if (earlier >= 0) {
          events[earlier] = refineWithClock(events[earlier], anchor);
          continue;
        }
      }
      if (!title.hasVerb && title.title.split(' ').length < 3) continue;
      emit(happening, clauseIndex, title);
    }
    for (const { happening, toldAt } of offsetHappenings(text, all, happenings)) {
      const tokenIndex = tokenAt(toldAt);
      const clauseIndex = clauseIndexAt(tokens, clauses, toldAt);
      const ownClause = clauses[clauseIndex].from === tokenIndex - 1;
      const title = ownClause
        ? buildTitle({ ...context, previousPerson }, clauseIndex)
        : { title: nounPhraseTitle(tokens, tokenIndex), description: sentence.text, hasVerb: true };
      if (title.title.length === 0) continue;
      emit(happening, clauseIndex, { ...title, title: truncateTitle(title.title) });
    }
    previousPerson = sentencePerson ?? previousPerson;
  }
  // A headline repeats the lead: its event gives way to the body's event of the same dates.
  const body = events.filter(
    (event, index) =>
      !isHeadline(text, event) ||
      !events.some((other, later) => later > index && other.start === event.start && other.end === event.end),
  );
  return body.filter(
    (event, index) => !body.slice(0, index).some((earlier) => sameHappening(earlier, event)),
  );
}
