/**
 * Happenings and events that are not worth a timeline entry of their own: dates that only qualify a
 * noun or a comparison, a headline repeating the lead, the same happening told twice.
 */
import type { ExtractedEvent } from '../../../preload/domain';
import { lexicon, lookupVerb } from './lexicon';
import type { Happening } from './ranges';

/** "its budget for 2025": a date that only qualifies a noun, when the sentence has the happening's own. */
const NOUN_COMPLEMENT = /\b([\p{L}-]+)\s+for\s+(?:the\s+)?(?:fiscal\s+|financial\s+|calendar\s+)?$/u;

/** "eligible for Saturday's game", "ready for Monday's vote": an adjective's complement is the clause's date. */
const ADJECTIVE_BEFORE_FOR = /^(?:\p{L}+(?:ible|able|ful|ous)|ready|fit|unfit|late|early|present|absent)$/iu;

/** "warmer than the 1991-2020 average": a date that only qualifies a noun inside a phrase. */
/** "a 30-fold increase on the year before", "up from 4.8 percent a year earlier": a base of comparison. */
const COMPARED_BEFORE =
  /\b(?:increase|rise|fall|drop|decline|jump|gain|loss|growth|up|down|compared|comparison)\s+(?:on|from|with|to)\b[^,;:]{0,40}$/i;
const PHRASE_BEFORE =
  /\b(?:than|of|to|with|from|against|over|under|versus|above|below|beyond)\s+(?:the|a|an|its|their|his|her)\s+(?:\d{4}\s*[-–]\s*)?$/i;

/** "reports first-quarter earnings on April 29", "its 2025 results": the period a report is about. */
const REPORTED_PERIOD_NOUN =
  /^\s+(?:[a-z]+\s+)?(?:earnings|results|profits?|revenues?|sales|figures|numbers|data|reports?|loss(?:es)?|dividends?|gdp|growth|output|accounts|statements?|guidance|forecasts?)\b/i;

/** The act of reporting, whose object the period is: "reports first-quarter earnings", "will publish its 2030 results". */
const REPORTING_VERB_BEFORE =
  /\b(?:reports?|reported|reporting|publish(?:es|ed|ing)?|releases?|released|posts?|posted|announces?|announced|unveils?|unveiled|presents?|presented|issues?|issued|files?|filed)\s+(?:its|their|his|her|the)?\s*$/i;

/** "for the three months ended June 30": the last day of a reporting period, not a happening. */
const PERIOD_ENDED =
  /\b(?:months?|weeks?|quarters?|years?|half|period|season)\s+(?:that\s+)?(?:ended|ending)\s+(?:on\s+)?$/i;

/** "profit rose 18 percent", "the economy shrank": a figure measured over a period. */
const MEASURE_VERB =
  /\b(?:rose|fell|climbed|increased|decreased|declined|grew|jumped|dropped|slipped|gained|surged|plunged|tumbled|rebounded|doubled|tripled|halved|shrank|contracted|expanded|edged|slumped|soared|widened|narrowed|totall?ed|swung|improved|worsened)\b[^.;:]{0,80}\b(?:in|during|for|over)\s+(?:the|its|their)?\s*$/i;

/**
 * "Corvane said on Wednesday that its profit rose 18 percent in the second quarter": a figure for a
 * finished reporting period (a quarter, a half, a fiscal year) is news on the day it is reported; the
 * period itself is no happening.
 */
export function measuresReportedPeriod(text: string, sentenceStart: number, happening: Happening): boolean {
  if (happening.timexes.length !== 1) return false;
  const timex = happening.timexes[0];
  const period = /^[+-]?\d{4}-(?:Q[1-4]|H[12])$/.test(timex.value) || /\bfiscal\b/i.test(timex.text);
  if (!period) return false;
  return MEASURE_VERB.test(text.slice(Math.max(sentenceStart, timex.start - 120), timex.start));
}

export function qualifiesNoun(text: string, sentenceStart: number, happening: Happening): boolean {
  const anchor = happening.timexes[0];
  if (PERIOD_ENDED.test(text.slice(Math.max(sentenceStart, anchor.start - 40), anchor.start))) return true;
  if (
    happening.timexes.length === 1 &&
    REPORTING_VERB_BEFORE.test(text.slice(Math.max(sentenceStart, anchor.start - 40), anchor.start)) &&
    REPORTED_PERIOD_NOUN.test(text.slice(anchor.end, anchor.end + 40))
  )
    return true;
  const before = text.slice(Math.max(sentenceStart, anchor.start - 40), anchor.start);
  const word = NOUN_COMPLEMENT.exec(before)?.[1];
  if (
    word !== undefined &&
    lookupVerb(word) === undefined &&
    !lexicon.auxiliaries.has(word.toLowerCase()) &&
    !ADJECTIVE_BEFORE_FOR.test(word)
  )
    return true;
  if (COMPARED_BEFORE.test(before)) return true;
  const last = happening.timexes[happening.timexes.length - 1];
  const nounMatch = /^\s+([a-z][a-z-]*)\b(?:\s+([a-z][a-z-]*)\b)?/.exec(text.slice(last.end, last.end + 40));
  const noun = nounMatch?.[1];
  // "the March 15 mayoral election": one describing word may stand before the happening noun.
  const happeningNoun = [nounMatch?.[1], nounMatch?.[2]].some((word) => word && lexicon.eventNouns.has(word));
  return (
    PHRASE_BEFORE.test(before) &&
    noun !== undefined &&
    // "ahead of the March 15 election": a happening noun is dated, not qualified.
    !happeningNoun &&
    !lexicon.prepositions.has(noun) &&
    lookupVerb(noun)?.kind !== 'past' &&
    !['that', 'which', 'who', 'and', 'or'].includes(noun)
  );
}

/** The headline: a first line without a full stop, followed by a line break. */
export function isHeadline(text: string, event: ExtractedEvent): boolean {
  return (
    text.slice(0, event.sourceStart).trim() === '' &&
    !/[.!?]["”’]?$/.test(event.quote) &&
    /^\s*\n/.test(text.slice(event.sourceEnd))
  );
}

const titleWords = (title: string): Set<string> =>
  new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2),
  );

export function sameHappening(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (a.start !== b.start || a.end !== b.end) return false;
  const wordsA = titleWords(a.title);
  const wordsB = titleWords(b.title);
  const shared = [...wordsA].filter((word) => wordsB.has(word)).length;
  const union = new Set([...wordsA, ...wordsB]).size;
  return union === 0 || shared / union >= 0.5;
}

const NAME_LIKE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/** A subject that names someone ("Jaishankar", "Northwind Rail"), what a later "he"/"she" may mean. */
export function nameOf(subject: string | undefined, text: string): string | undefined {
  if (!subject || !NAME_LIKE.test(subject)) return undefined;
  if (/^(?:He|She|It|They|We|I|This|That|The|A|An)\b/.test(subject)) return undefined;
  // A proper name is capitalised inside sentences too; "Inflation" is capitalised only as a first word.
  const last = subject.split(' ').at(-1) ?? subject;
  const escaped = last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`[\\p{Ll},;:]\\s+(?:\\p{Lu}\\S*\\s+)*${escaped}\\b`, 'u').test(text)
    ? subject
    : undefined;
}

/** "Lavrov's second trip to China this year": the date frames a count, it does not date a happening. */
const ORDINAL_BEFORE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^,.;:]*$/i;

/** "the closest since 1992", "for the first time since 2015": a record frame, not a happening. */
const RECORD_SINCE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|only|\p{L}{3,}est|most|least|highest|lowest|biggest|largest|worst|best)(?:\s+(?:time|level|levels|pace|rate|reading|month|year|week|day|point))?\s+since\s+(?:the\s+)?$/iu;

/** "fallen by a third since", "up by two fifths since": a fraction, not an ordinal of a record. */
const FRACTION_SINCE = /\bby\s+(?:a|an|one|two|three|four)\s+\p{L}+s?\s+since\s+(?:the\s+)?$/iu;
/** "the longest stoppage at the port since": a superlative noun phrase, no verb between it and "since". */
const SUPERLATIVE_PHRASE_SINCE =
  /\b(?:the|its|their|his|her|\p{L}+['’]s)\s+(?:\p{L}{3,}est|most\s+\p{L}+|least\s+\p{L}+|worst|best|only|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+((?:[\p{L}'’-]+\s+){1,6})since\s+(?:the\s+)?$/iu;
/** Words ending in -est that are nouns or plain adjectives, not superlatives. */
const NOT_SUPERLATIVE =
  /^\S+\s+(?:interest|forest|protest|request|contest|harvest|test|arrest|west|guest|nest|chest|quest|crest|conquest|manifest|honest|modest|earnest|digest|unrest|priest|bequest|behest|midwest|latest)\b/i;
const VERB_LIKE =
  /^(?:has|have|had|is|are|was|were|been|be|being|will|would|can|could|may|might|did|does|do)$/i;

/** "the hottest reading recorded there since July 1980": participles that keep a record. */
const RECORDED = new Set(['recorded', 'registered', 'measured', 'reported', 'seen', 'logged', 'observed']);

/** "has been Brazil's largest trading partner since 2009": a state that has lasted, not a record. */
const LASTING = /\b(?:has|have|had)\s+(?:\p{L}+\s+)?been\s+(?:\p{L}+\s+)?$/iu;

function superlativeFrame(before: string): boolean {
  const match = SUPERLATIVE_PHRASE_SINCE.exec(before);
  if (!match || NOT_SUPERLATIVE.test(match[0])) return false;
  if (LASTING.test(before.slice(0, match.index))) return false;
  return match[1]
    .trim()
    .split(/\s+/)
    .every((word) => !VERB_LIKE.test(word) && (!/ed$/i.test(word) || RECORDED.has(word.toLowerCase())));
}

const RECORDS_BEGAN =
  /\bsince\s+(?:the\s+)?(?:records?|record-keeping|measurements?|statistics)\s+(?:began|started)\s+(?:in\s+)?$/i;

export function framesCount(text: string, sentenceStart: number, happening: Happening): boolean {
  const anchor = happening.timexes[0];
  const before = text.slice(Math.max(sentenceStart, anchor.start - 60), anchor.start);
  const frame =
    (RECORD_SINCE.test(before) && !FRACTION_SINCE.test(before)) ||
    superlativeFrame(text.slice(Math.max(sentenceStart, anchor.start - 100), anchor.start));
  if (frame && happening.end !== undefined) return true;
  // "the worst season since the epidemic of 2010": the year names the record's yardstick.
  const yardstick = /\bsince\s+the\s+(?:[\p{L}-]+\s+){1,3}(?:of|in)\s+$/iu.exec(before);
  if (yardstick && superlativeFrame(before.slice(0, yardstick.index + 'since '.length))) return true;
  // "the hottest day since records began in 1878": the start of record-keeping is no happening.
  if (RECORDS_BEGAN.test(before)) return true;
  // "more snow fell than in any month since 1971": a comparison's yardstick.
  if (/\bthan\s+(?:in\s+|on\s+|at\s+)?any\s+(?:other\s+)?[\p{L}-]+\s+since\s+(?:the\s+)?$/iu.test(before))
    return true;
  if (!/^(?:so\s+far\s+)?this\b/i.test(anchor.text)) return false;
  return ORDINAL_BEFORE.test(text.slice(Math.max(sentenceStart, anchor.start - 60), anchor.start));
}

/** Two titles that share three or more content words tell the same happening. */
export function retells(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const wordsA = titleWords(a.title);
  const wordsB = titleWords(b.title);
  return [...wordsA].filter((word) => wordsB.has(word)).length >= 3;
}
