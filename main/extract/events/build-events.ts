/**
 * From a text and its time expressions to timeline events: per sentence, the anchored dates become
 * happenings (ranges joined, nested dates of one clause merged), each titled from its clause and
 * flagged approximate/planned. Pure and total: any input gives a list, never an exception.
 */
import type { ExtractedEvent, TimeExpression } from '../../../preload/domain';
import { attributionRanges, type TokenRange } from './attribution';
import { candidateSentences } from './candidate-sentences';
import { type Clause, isFiniteVerb, splitClauses } from './clauses';
import { isApproximate, isPlanned } from './flags';
import { dayOf } from './iso-dates';
import { narrowByModifier } from './modifiers';
import { shortenNames } from './names';
import { buildHappenings, type Happening, moreSpecific, nests } from './ranges';
import { correctYearByTense, tenseAt } from './tense';
import { buildTitle } from './titles';
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
    const context = { tokens, clauses, timexSpans: all, previousPerson };
    const sentenceSubject = nameOf(buildTitle(context, 0).subject);
    const sentencePerson = sentenceSubject ?? shortenNames(tokens).person;
    if (anchored.length === 0) {
      previousPerson = sentencePerson ?? previousPerson;
      continue;
    }
    const tokenAt = (offset: number): number => tokens.findIndex((token) => token.end > offset);
    const clauseOf = (happening: Happening): number =>
      clauseIndexAt(tokens, clauses, happening.timexes[0].start);
    const adjusted = anchored.map((timex) => {
      const clause = clauses[clauseIndexAt(tokens, clauses, timex.start)];
      const tense = tenseAt(tokens, governingVerb(tokens, clause, timex.start));
      return correctYearByTense(narrowByModifier(timex), tense, options.referenceDate);
    });
    const happenings = mergeNested(
      buildHappenings(text, sentence, adjusted, options.referenceDate),
      clauseOf,
    );
    const attributions = attributionRanges(tokens, clauses);
    const attributionOf = (happening: Happening): TokenRange | undefined =>
      attributions.find((range) => insideRange(tokenAt(happening.timexes[0].start), range));
    const hasOwnDate = happenings.some((happening) => !attributionOf(happening));
    for (const happening of happenings) {
      const attribution = attributionOf(happening);
      // "X said on Monday that ...": the date of saying is no event when the content has its own date.
      if (attribution && hasOwnDate) continue;
      const clauseIndex = attribution?.reports ?? clauseOf(happening);
      const clause = clauses[clauseIndex];
      const earlierPerson = clauseIndex > 0 ? sentenceSubject : undefined;
      const title = buildTitle({ ...context, previousPerson: earlierPerson ?? previousPerson }, clauseIndex);
      if (!title.hasVerb && title.title.split(' ').length < 3) continue;
      const anchor = happening.timexes[0];
      events.push({
        title: title.title,
        description: title.description,
        start: happening.start,
        ...(happening.end && dayOf(happening.end) !== dayOf(happening.start) ? { end: happening.end } : {}),
        precision: happening.precision,
        approximate: isApproximate(text, sentence.start, happening),
        planned: isPlanned(
          happening,
          governingVerbContext(tokens, clause, anchor.start),
          options.referenceDate,
        ),
        quote: sentence.text,
        sourceStart: sentence.start,
        sourceEnd: sentence.end,
        timexes: happening.timexes.map((timex) => ({ ...timex })),
      });
    }
    previousPerson = sentencePerson ?? previousPerson;
  }
  return events.filter(
    (event, index) => !events.slice(0, index).some((earlier) => sameHappening(earlier, event)),
  );
}
