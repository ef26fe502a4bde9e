/**
 * From a text and its time expressions to timeline events: per sentence, the anchored dates become
 * happenings (ranges joined, nested dates of one clause merged), each titled from its clause and
 * flagged approximate/planned. Pure and total: any input gives a list, never an exception.
 */
import type { ExtractedEvent, TimeExpression } from '../../../preload/domain';
import { yearsAgoAsMonth } from './ago';
import { attributionRanges, type TokenRange } from './attribution';
import { candidateSentences } from './candidate-sentences';
import { type Clause, isFiniteVerb, splitClauses } from './clauses';
import { isComparisonYardstick, isHabitDate, isNegatedHappening } from './comparisons';
import { joinDayFirst, joinDayLists } from './day-lists';
import { tenseAfterSince, tenseForDeadline } from './deadlines';
import { elaboratedEvent, isBareClockTime, joinElaborations, refineWithClock } from './elaboration';
import {
  framesCount,
  isHeadline,
  measuresReportedPeriod,
  nameOf,
  qualifiesNoun,
  retells,
  sameHappening,
} from './filters';
import { isApproximate, isPlanned } from './flags';
import { splitAtGerund } from './gerund-phrases';
import {
  describedClause,
  eventNounPhrase,
  firstFiniteVerb,
  governingVerb,
  governingVerbContext,
  sidePhrase,
} from './governing';
import { compareIso, dayOf } from './iso-dates';
import { lexicon } from './lexicon';
import { narrowByModifier, narrowByRelativeWord } from './modifiers';
import { appositivePerson, shortenNames } from './names';
import { joinPartOfPeriod } from './part-of-period';
import { kindOf, resolveSubject } from './pronouns';
import { buildHappenings, carryOnUntil, type Happening, moreSpecific, nests } from './ranges';
import { countsFromPublication, offsetHappenings, withLength } from './relative-offsets';
import { mergeRetold, retoldBySubject, sameTelling, type Telling } from './retold';
import { secondaryHappenings } from './secondary';
import {
  dropRetoldBackground,
  isReportBackground,
  isReportBackgroundEvent,
  isReportedPlan,
  reportsOpinion,
} from './speech';
import { correctYearByTense, groupStart, tenseAt } from './tense';
import { headlineWords } from './title-cleanup';
import { buildTitle, truncateTitle } from './titles';
import { joinTokens, type Token, tokenize } from './tokens';
import { allBefore, storyDay, undatedMainClause } from './undated-main';
import { publicationWindows } from './windows';

export interface BuildOptions {
  /** Publication date `YYYY-MM-DD`: the open end of "since 2022" and the line between past and plan. */
  referenceDate: string;
}

function clauseIndexAt(tokens: readonly Token[], clauses: readonly Clause[], offset: number): number {
  const tokenIndex = tokens.findIndex((token) => token.end > offset);
  const index = clauses.findIndex((clause) => tokenIndex >= clause.from && tokenIndex < clause.to);
  return index < 0 ? Math.max(0, clauses.length - 1) : index;
}

/** "got a boost", "suffered a setback": a verdict on what happened, not the happening. */
const VERDICT_VERBS = new Set(['get', 'receive', 'suffer', 'take', 'be']);
const VERDICT_NOUNS =
  /^(?:(?:a|an|the|its|their|his|her|major|big|fresh|further|new|welcome|serious)\s+)*(?:boost|blow|setback|lift|fillip|jolt|shot\s+in\s+the\s+arm|turning\s+point)$/i;

/** "Kline's campaign was shaken last month when ...": what the when-clause did to the subject. */
const AFFECTING_VERBS = new Set([
  'shake',
  'rock',
  'jolt',
  'overshadow',
  'upend',
  'derail',
  'dent',
  'mar',
  'disrupt',
]);

/** "that afternoon", "the same day": a part of the day the sentence has just named. */
const SAME_PART_OF_DAY = /^(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)$/i;

/** "the March 15 election", "the June 3 vote": a date written before the happening noun it dates. */
const PREMODIFIED_NOUN = /^\s+(?:[a-z]+\s+)?([a-z]+)\b/;

/** Where the happening noun after "the <date>" ends ("the March 15 mayoral election"), if there is one. */
function eventNounAfter(text: string, timex: TimeExpression): number | undefined {
  if (!/\bthe\s+$/i.test(text.slice(Math.max(0, timex.start - 5), timex.start))) return undefined;
  const match = PREMODIFIED_NOUN.exec(text.slice(timex.end, timex.end + 30));
  return match && lexicon.eventNouns.has(match[1]) ? timex.end + match[0].length : undefined;
}

/** "the general election on 25 February": a happening noun just before a written date. */
function eventNounBefore(text: string, timex: TimeExpression): boolean {
  const noun = /\bthe\s+(?:[a-z-]+\s+)?([a-z]+)\s+(?:on|in|at)\s+$/.exec(
    text.slice(Math.max(0, timex.start - 40), timex.start),
  )?.[1];
  return noun !== undefined && lexicon.eventNouns.has(noun) && /\d/.test(timex.text);
}

function namesEventNoun(text: string, timex: TimeExpression): boolean {
  return eventNounBefore(text, timex) || eventNounAfter(text, timex) !== undefined;
}

/** The tokens of "the March 15 election" after the date, for a title told by the noun. */
function premodifiedEventNoun(
  text: string,
  tokens: readonly Token[],
  timex: TimeExpression,
): { from: number; to: number } | undefined {
  // "ahead of the March 15 election": the clause happens before it; "lost power in the 2021 election"
  // happens in it, and keeps its own title.
  if (
    !/\b(?:ahead\s+of|before|after|until|since|for)\s+the\s+$/i.test(
      text.slice(Math.max(0, timex.start - 15), timex.start),
    )
  )
    return undefined;
  const nounEnd = eventNounAfter(text, timex);
  if (nounEnd === undefined) return undefined;
  const from = tokens.findIndex((token) => token.start >= timex.end);
  const to = tokens.findIndex((token) => token.end >= nounEnd) + 1;
  return from >= 0 && to > from ? { from, to } : undefined;
}

/** Nested dates of one clause ("last month, in December") are one happening. */
function mergeNested(
  happenings: Happening[],
  clauseOf: (happening: Happening) => number,
  referenceDate: string,
): Happening[] {
  const result: Happening[] = [];
  for (const happening of happenings) {
    // A point inside a range is its own happening ("yesterday's vote, the closest since 1992").
    // A point inside a "since" range is its own happening ("on Monday, after rising since 2019").
    const twin = result.findIndex(
      (other) =>
        clauseOf(other) === clauseOf(happening) &&
        other.end !== referenceDate &&
        happening.end !== referenceDate &&
        nests(other, happening),
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

const insideRange = (index: number, range: TokenRange): boolean => index >= range.from && index < range.to;

/** A title for a happening told by a bare noun phrase: "two days after the election" → "Election". */
function nounPhraseTitle(
  tokens: readonly Token[],
  from: number,
  to = tokens.length,
  person: string | undefined = undefined,
): string {
  const phrase: Token[] = [];
  for (let i = from; i < to && phrase.length < 10; i++) {
    // "the U.S. Federal Reserve": the dot of an abbreviation stays with its word.
    const last = phrase[phrase.length - 1];
    if (
      tokens[i].text === '.' &&
      last?.text.includes('.') &&
      last.end === tokens[i].start &&
      tokens[i + 1]?.isWord
    ) {
      phrase[phrase.length - 1] = { ...last, text: `${last.text}.`, end: tokens[i].end };
      continue;
    }
    if (!tokens[i].isWord) break;
    phrase.push(tokens[i]);
  }
  // "his first trip abroad" → "Lula’s first trip abroad"; without a clear owner the possessive goes.
  const owned = resolveSubject(phrase, { previousPerson: person }).tokens;
  // "a visit by the president in [June]": no articles, and no preposition left by the date.
  const kept = headlineWords(owned);
  while (kept.length > 1 && lexicon.prepositions.has(kept[kept.length - 1].text.toLowerCase())) kept.pop();
  const words = shortenNames(kept);
  const title = truncateTitle(joinTokens(words.tokens));
  return title.length > 0 ? title[0].toUpperCase() + title.slice(1) : '';
}

/**
 * "Crews will lay track, a task scheduled to start next month": a side phrase on an appositive noun
 * renames what the clause before it says, so the description keeps the whole sentence.
 */
function appositiveDescription<T extends { description: string }>(
  title: T,
  tokens: readonly Token[],
  side: Clause,
  sentenceText: string,
): T {
  const appositive =
    tokens[side.from - 1]?.text === ',' && ['a', 'an'].includes(tokens[side.from].text.toLowerCase());
  return appositive ? { ...title, description: sentenceText } : title;
}

const SENTENCE_WINDOW = 400;

export function buildEvents(
  text: string,
  expressions: readonly TimeExpression[],
  options: BuildOptions,
): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  /** Who did what in each event (subject, verb, object), by index: what tells one happening twice. */
  const tellings: Telling[] = [];
  let previousPerson: string | undefined;
  /** The main subject of the sentence before, what an opening "They" or "It" may stand for. */
  let previousSubject: string | undefined;
  let previousObject: string | undefined;
  // "in the coming months" is a stretch ahead of publication: a date for the builder.
  // "the final three months of 2023" is one date, the year's last quarter.
  // "next year, probably in the summer" is one date; "within ten days" of a plan a window from publication.
  const dated = joinElaborations(
    text,
    publicationWindows(
      text,
      joinPartOfPeriod(text, joinDayLists(text, joinDayFirst(text, expressions))),
      options.referenceDate,
    ),
  ).map((timex) => yearsAgoAsMonth(timex, options.referenceDate));
  for (const { sentence, anchored, all } of candidateSentences(text, dated)) {
    const tokens = tokenize(sentence.text, sentence.start);
    const clauses = splitClauses(tokens);
    // Durations and sets stay in titles ("sentenced to six years"); dates and times are the event's own.
    const timexSpans = all.filter((timex) => timex.type === 'DATE' || timex.type === 'TIME');
    const firstClause = buildTitle(
      { tokens, clauses, timexSpans, previousPerson, previousSubject, previousObject, text },
      0,
    );
    const context = {
      tokens,
      clauses,
      timexSpans,
      previousPerson,
      previousSubject,
      previousObject,
      text,
      mainSubject: firstClause.subject,
    };
    const sentenceSubject = nameOf(firstClause.subject, text);
    // "The company's chief executive, Marta Ilves, resigned": the appositive names the subject.
    const rolePerson = appositivePerson(tokens);
    // "The company's chief executive resigned": a person without a name is still who "she" means.
    const unnamed =
      firstClause.subject && kindOf(firstClause.subject, text) === 'person' ? firstClause.subject : undefined;
    const sentencePerson = sentenceSubject ?? rolePerson ?? shortenNames(tokens).person ?? unnamed;
    // "The deal comes three weeks after a rival cut its prices": dated from publication, no date needed.
    if (anchored.length === 0 && !countsFromPublication(text, all)) {
      previousPerson = sentencePerson ?? previousPerson;
      previousSubject = firstClause.subject;
      previousObject = firstClause.object;
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
    const reported = new Set(attributions.map((range) => range.reports ?? -1));
    const contentIsMain = content.some((timex) => {
      const index = clauseIndexAt(tokens, clauses, timex.start);
      const clause = clauses[index];
      // "X said Wednesday they had contained 40% ..., and officials lifted orders late Tuesday": a date
      // of a later main clause is not the report's own, so the saying still dates the report.
      const independent =
        clause.kind === 'main' &&
        attributions.some(
          (range) => range.reports !== undefined && range.reports < index && range.to <= clause.from,
        );
      if (independent) return false;
      const verb = governingVerb(tokens, clause, timex.start);
      if (isReportedPlan(tokens, clauses, reported, index)) return true;
      // "said on Thursday that ice caused the crash ... before it crashed last November": background.
      if (isReportBackground(tokens, clauses, [...reported], index)) return false;
      return verb >= 0 && groupStart(tokens, verb) === groupStart(tokens, firstFiniteVerb(tokens, clause));
    });
    const groups = content.length === 0 ? [spoken] : contentIsMain ? [content] : [content, spoken];
    const adjust = (timex: TimeExpression): TimeExpression => {
      const clause = clauses[clauseIndexAt(tokens, clauses, timex.start)];
      const verb = governingVerb(tokens, clause, timex.start);
      const tense = tenseAfterSince(
        text,
        timex,
        tenseForDeadline(text, tokens, verb, timex, tenseAt(tokens, verb), options.referenceDate),
      );
      const until = /\b(?:until|till)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, timex.start - 12), timex.start),
      );
      const deadline = /\b(?:by|before)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, timex.start - 12), timex.start),
      );
      // "by the end of the month" is the time left until then, not the month's last days.
      const untilDeadline =
        deadline && (timex.precision === 'month' || timex.precision === 'week')
          ? narrowByRelativeWord(timex, options.referenceDate, true)
          : timex;
      const narrowed =
        untilDeadline !== timex
          ? untilDeadline
          : narrowByRelativeWord(narrowByModifier(timex), options.referenceDate, deadline);
      const statement = /[.!?]["”’]?$/.test(sentence.text);
      // "ahead of the March 15 election": a date naming its own happening keeps the tagger's reading.
      if (namesEventNoun(text, timex)) return narrowed;
      return correctYearByTense(
        narrowed,
        until && tense === 'present' ? 'future' : tense,
        options.referenceDate,
        statement,
      );
    };
    const built = carryOnUntil(
      text,
      groups
        .flatMap((group) =>
          mergeNested(
            buildHappenings(text, sentence, group.map(adjust), options.referenceDate),
            clauseOf,
            options.referenceDate,
          ),
        )
        .map((happening) => withLength(text, happening, all)),
    );
    const happenings = (
      built.length > 1 ? built.filter((happening) => !qualifiesNoun(text, sentence.start, happening)) : built
    )
      .filter(
        // "flew to England on Sunday and underwent a medical the same afternoon": one day's story, told once.
        (happening, index, all) =>
          !(
            happening.timexes.length === 1 &&
            SAME_PART_OF_DAY.test(happening.timexes[0].text.trim()) &&
            all.some((other, k) => k < index && !other.end && dayOf(other.start) === dayOf(happening.start))
          ),
      )
      .filter(
        (happening) =>
          !framesCount(text, sentence.start, happening) &&
          !isComparisonYardstick(text, sentence.start, happening) &&
          !isHabitDate(text, sentence.start, sentence.text, tokens, clauses, happening) &&
          !isNegatedHappening(text, tokens, clauses, happening),
      );
    // "X said on Thursday that its third-quarter profit rose": when the content's dates only qualify
    // nouns, the day of saying dates the report.
    // "said on Wednesday that its profit rose 18 percent in the second quarter": the quarter's figure is
    // news on the day it is reported, so the day of saying dates the report beside the period.
    const reportsPeriod =
      spoken.length > 0 &&
      happenings.some((happening) => measuresReportedPeriod(text, sentence.start, happening));
    // "The army said late Monday it had launched a counter-offensive and would retake the town within
    // days": the deed already done is dated by the saying, the plan by its own date.
    const doneThenPlanned =
      spoken.length > 0 &&
      happenings.length > 0 &&
      happenings.every((happening) => {
        const clause = clauses[clauseOf(happening)];
        const first = tokens[clause.from]?.text.toLowerCase();
        const second = tokens[clause.from + 1]?.text.toLowerCase() ?? '';
        return first === 'and' && ['would', 'will', 'could'].includes(second);
      }) &&
      attributions.some((range) => {
        const reported = range.reports === undefined ? undefined : clauses[range.reports];
        if (!reported) return false;
        const words = tokens.slice(reported.from, reported.to).map((token) => token.text.toLowerCase());
        return (
          words.includes('had') &&
          !anchored.some(
            (timex) => timex.start >= tokens[reported.from].start && timex.end <= tokens[reported.to - 1].end,
          )
        );
      });
    const savedBySaying =
      (happenings.length === 0 || reportsPeriod || doneThenPlanned) && contentIsMain && spoken.length > 0;
    if (savedBySaying) {
      const said = buildHappenings(text, sentence, spoken.map(adjust), options.referenceDate);
      happenings.push(...mergeNested(said, clauseOf, options.referenceDate));
    }
    // "since 2003, when the terminals were sold": a happening told in a clause hanging on a date.
    const toldIn = new Map<Happening, number>();
    for (const { happening, clauseIndex, replaces } of secondaryHappenings(
      text,
      sentence.start,
      tokens,
      clauses,
      built,
    )) {
      toldIn.set(happening, clauseIndex);
      const replaced = replaces ? happenings.indexOf(replaces) : -1;
      if (replaced >= 0) happenings.splice(replaced, 1, happening);
      else happenings.push(happening);
    }
    const attributionOf = (happening: Happening): TokenRange | undefined =>
      inAttribution(happening.timexes[0].start);
    const hasOwnDate = contentIsMain && !savedBySaying;
    const earlierPerson = sentenceSubject ?? rolePerson ?? shortenNames(tokens).person;
    const emit = (
      happening: Happening,
      clauseIndex: number,
      title: { title: string; description: string } & Telling,
    ): void => {
      const clause = clauses[clauseIndex];
      const anchor = happening.timexes[0];
      // "is expected to have flatlined ... and to grow ...": a verbless second infinitive shares the first's plan.
      const previous = clauses[clauseIndex - 1];
      const shared =
        clause.kind === 'coordinate' && previous && firstFiniteVerb(tokens, clause) < 0
          ? `${governingVerbContext(tokens, previous, tokens[previous.to - 1].start)} `
          : '';
      const planned = isPlanned(
        happening,
        shared + governingVerbContext(tokens, clause, anchor.start),
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
        approximate: happening.approximate === true || isApproximate(text, sentence.start, happening),
        planned,
        quote: sentence.text,
        sourceStart: sentence.start,
        sourceEnd: sentence.end,
        timexes: happening.timexes.map((timex) => ({ ...timex })),
      });
      tellings.push({ subject: title.subject, verb: title.verb, object: title.object });
    };
    // "Patil's campaign got a boost when Deshmukh addressed a rally": a verdict on the day is told by
    // its when-clause.
    const toldByWhenClause = (clauseIndex: number) => {
      const verdict = buildTitle({ ...context, previousPerson }, clauseIndex);
      const next = clauses[clauseIndex + 1];
      if (
        !next ||
        !['when', 'as'].includes(tokens[next.from]?.text.toLowerCase() ?? '') ||
        !(
          (VERDICT_VERBS.has(verdict.verb ?? '') && VERDICT_NOUNS.test(verdict.object ?? '')) ||
          (AFFECTING_VERBS.has(verdict.verb ?? '') && !verdict.object)
        )
      )
        return undefined;
      const told = buildTitle({ ...context, previousPerson }, clauseIndex + 1);
      return told.hasVerb ? told : undefined;
    };
    // "... before going on display, probably around 2013": the gerund's happening has the date.
    const gerundTitle = (clauseIndex: number, offset: number): ReturnType<typeof buildTitle> | undefined => {
      const split = splitAtGerund(tokens, clauses, clauseIndex, offset);
      if (!split) return undefined;
      const title = buildTitle({ ...context, clauses: split.clauses, previousPerson }, split.index);
      return title.hasVerb ? title : undefined;
    };
    for (const happening of happenings) {
      const attribution = attributionOf(happening);
      // "X said on Monday that ...": the date of saying is no event when the content has its own date.
      if (attribution && hasOwnDate) continue;
      // "Some traders said on Friday that the payments came too late": a view is not dated by its saying.
      if (attribution && reportsOpinion(tokens, attribution, clauses[attribution.reports ?? -1])) continue;
      const anchor = happening.timexes[0];
      const clauseIndex =
        toldIn.get(happening) ??
        attribution?.reports ??
        describedClause(tokens, clauses, anchor) ??
        clauseOf(happening);
      const person = clauseIndex > 0 ? earlierPerson : undefined;
      const side = attribution ? undefined : sidePhrase(tokens, clauses[clauseIndex], anchor.start);
      const sharesClause = happenings.some(
        (other) =>
          other !== happening && clauseOf(other) === clauseIndex && other.timexes[0].start < anchor.start,
      );
      const noun =
        (happening.timexes.length === 1 ? premodifiedEventNoun(text, tokens, anchor) : undefined) ??
        (sharesClause ? eventNounPhrase(tokens, clauses[clauseIndex], anchor.start) : undefined);
      const title = noun
        ? {
            title: nounPhraseTitle(tokens, noun.from, noun.to, earlierPerson ?? previousPerson),
            description: sentence.text,
            hasVerb: true,
          }
        : side
          ? appositiveDescription(
              buildTitle({ ...context, clauses: [...clauses, side], previousPerson }, clauses.length),
              tokens,
              side,
              sentence.text,
            )
          : (gerundTitle(clauseIndex, anchor.start) ??
            toldByWhenClause(clauseIndex) ??
            buildTitle({ ...context, previousPerson: person ?? previousPerson }, clauseIndex));
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
    // "Ortiz, who finished second a year ago, pulled away to win": the main clause is the story's day.
    const undated = undatedMainClause(tokens, clauses, happenings, clauseOf);
    const story = undated === undefined ? undefined : storyDay(events, sentence.start, options.referenceDate);
    if (undated !== undefined && story && allBefore(happenings, dayOf(story.start))) {
      const title = buildTitle({ ...context, previousPerson }, undated);
      if (title.hasVerb) {
        events.push({
          title: title.title,
          description: title.description,
          start: dayOf(story.start),
          precision: 'day',
          approximate: false,
          planned: false,
          quote: sentence.text,
          sourceStart: sentence.start,
          sourceEnd: sentence.end,
          timexes: [],
        });
        tellings.push({ subject: title.subject, verb: title.verb, object: title.object });
      }
    }
    for (const { happening, toldAt } of offsetHappenings(text, all, happenings, options.referenceDate)) {
      const tokenIndex = tokenAt(toldAt);
      const clauseIndex = clauseIndexAt(tokens, clauses, toldAt);
      // "three months after a heat wave in July and August led to ...": the subject has its own date
      // ("announced a new terminal in March 2030" dates the object, not the announcing).
      const clause = clauses[clauseIndex];
      let verb = tokenIndex;
      while (verb < clause.to && !isFiniteVerb(tokens, verb)) verb++;
      const verbStart = tokens[verb]?.start ?? sentence.end;
      if (
        happenings.some(({ timexes }) =>
          timexes.some((timex) => timex.start >= toldAt && timex.end <= verbStart),
        )
      )
        continue;
      const ownClause = clauses[clauseIndex].from === tokenIndex - 1;
      // "three weeks after Carrow said it would cut 6,000 jobs": what was said is the happening.
      const said = ownClause ? buildTitle({ ...context, previousPerson }, clauseIndex) : undefined;
      const reportedTitle =
        said?.verb &&
        !said.object &&
        lexicon.speechVerbs.has(said.verb) &&
        clauseIndex + 1 < clauses.length &&
        clauses[clauseIndex + 1].kind !== 'main'
          ? buildTitle({ ...context, previousPerson }, clauseIndex + 1)
          : undefined;
      const title = said
        ? reportedTitle?.hasVerb
          ? reportedTitle
          : said
        : {
            title: nounPhraseTitle(tokens, tokenIndex, tokens.length, earlierPerson ?? previousPerson),
            description: sentence.text,
            hasVerb: true,
          };
      if (title.title.length === 0) continue;
      emit(happening, clauseIndex, { ...title, title: truncateTitle(title.title) });
    }
    previousPerson = sentencePerson ?? previousPerson;
    previousSubject = firstClause.subject;
    previousObject = firstClause.object;
  }
  // A headline repeats the lead: its event gives way to the body's event of the same dates.
  const datesOf = (event: ExtractedEvent): string => `${event.start}|${event.end ?? ''}`;
  const byDates = new Map<string, ExtractedEvent[]>();
  const kept: ExtractedEvent[] = [];
  const keptTellings: Telling[] = [];
  events.forEach((event, index) => {
    // …or to a body event that says the same in other words ("OPEC+ agrees to extend cuts").
    const headline =
      index === 0 &&
      isHeadline(text, event) &&
      events.some(
        (other, later) => later > index && (datesOf(other) === datesOf(event) || retells(event, other)),
      );
    if (headline) return;
    // "two days before landfall" after "Irene came ashore on Aug. 27": a bare noun names a happening
    // already told that day.
    const bareNoun = !/\s/.test(event.title.trim()) && event.end === undefined;
    if (
      bareNoun &&
      events.some(
        (other, k) => k !== index && other.end === undefined && dayOf(other.start) === dayOf(event.start),
      )
    )
      return;
    const twins = byDates.get(datesOf(event)) ?? [];
    // The same clock time told again a sentence or two later is the same happening ("the previous
    // evening" … "The outage began at around 6 p.m. on Tuesday").
    const sameMoment = (earlier: ExtractedEvent): boolean =>
      event.start.includes('T') && event.sourceStart - earlier.sourceEnd < SENTENCE_WINDOW;
    if (twins.some((earlier) => sameHappening(earlier, event) || sameMoment(earlier))) return;
    // "The earthquake struck on Monday. … The quake, which struck at 3 a.m. Monday": one happening.
    const telling = tellings[index] ?? {};
    for (let k = 0; k < kept.length; k++) {
      const sameDay =
        dayOf(kept[k].start) === dayOf(event.start) && kept[k].end === undefined && event.end === undefined;
      const same =
        kept[k].sourceStart !== event.sourceStart &&
        (sameTelling(keptTellings[k], telling) ||
          (sameDay && retoldBySubject(keptTellings[k], telling) ? 'compatible' : false));
      if (!same) continue;
      const merged = mergeRetold(kept[k], event, same);
      if (!merged) continue;
      kept[k] = merged;
      return;
    }
    twins.push(event);
    byDates.set(datesOf(event), twins);
    kept.push(event);
    keptTellings.push(telling);
  });
  return dropRetoldBackground(kept, isReportBackgroundEvent, SENTENCE_WINDOW);
}
