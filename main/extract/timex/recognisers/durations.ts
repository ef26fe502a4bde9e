/** Durations: "three weeks", "18 months", "a decade", "nine-day", "the past two months", "years". */
import { numberValue, unitOf } from '../lexicon';
import { NUMBER, UNIT, VAGUE, wordPattern } from '../patterns';
import { BARE_PLURAL_CONTEXT_WORDS, type CalendarUnit, CHANGE_VERBS, DURATION_LETTER } from '../resources/en';
import { type Recogniser, UNIT_WORDS, wordsBefore } from './types';

/** The next smaller unit and how many of it make one (for fractions: 2.5 years = P2Y6M). */
const SMALLER: Partial<Record<CalendarUnit, [CalendarUnit, number]>> = {
  year: ['month', 12],
  month: ['day', 30],
  week: ['day', 7],
  day: ['hour', 24],
  hour: ['minute', 60],
  minute: ['second', 60],
};

/** A TIMEX3 duration value: P3W, PT5H30M, P2Y6M; decades and centuries in years; X when vague. */
export function durationValue(amount: number | 'X', unit: CalendarUnit): string {
  const spec = DURATION_LETTER[unit];
  if (amount === 'X') return `P${spec.time ? 'T' : ''}X${spec.letter}`;
  let n = amount * spec.factor;
  let u: CalendarUnit = unit === 'decade' || unit === 'century' || unit === 'millennium' ? 'year' : unit;
  if (unit === 'half') u = 'month';
  let rest = '';
  if (!Number.isInteger(n)) {
    const next = SMALLER[u];
    if (next) {
      const whole = Math.floor(n);
      const part = Math.round((n - whole) * next[1]);
      const ns = DURATION_LETTER[next[0]];
      if (whole === 0) {
        n = part;
        u = next[0];
      } else {
        n = whole;
        rest = `${ns.time && !DURATION_LETTER[u].time ? 'T' : ''}${part}${ns.letter}`;
      }
    }
  }
  const s = DURATION_LETTER[u];
  return `P${s.time ? 'T' : ''}${n}${s.letter}${rest}`;
}

const DURATION_LEAD =
  '(?:the\\s+)?(?:(?:past|last|next|previous|first|final|coming|following|latest|preceding|same|entire|whole|full|remaining|initial|ensuing|other|additional|further)\\s+)?';

/** A verb of change and "by", maybe with an adverb: "grew by", "was cut by almost". */
const FRACTION_OF_CHANGE = new RegExp(
  `\\b(?:${CHANGE_VERBS.join('|')})\\s+(?:\\p{L}+ly\\s+)?by\\s+(?:(?:almost|nearly|about|around|roughly|more\\s+than|less\\s+than|over|under|some)\\s+)?$`,
  'iu',
);

/** Nouns of time after a hyphenated amount: "a three-year period", "a one-year term". */
const TIME_NOUN_AFTER = /^\s+(?:period|span|stretch|spell|term|window|interval|timeframe)(?![\p{L}])/iu;
/** A verb form of "last" comes after these: "to last", "will last", "could last". */
const VERB_LAST_BEFORE =
  /(?<![\p{L}])(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n't|'ll)\s+$/iu;
/** Before "a second" that is an amount of time: "less than a second", "within a second". */
const SECOND_AMOUNT_BEFORE =
  /(?<![\p{L}])(?:than|within|under|in|for|just|only|about|around|barely|half)\s+$/iu;

/** Units from largest to smallest, for durations written in two parts. */
const COMPOUND_ORDER: CalendarUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** "2 hours, 3 minutes", "three years and six months": one value with both parts, PT2H3M, P3Y6M. */
function compoundValue(parts: [number, CalendarUnit][]): string | null {
  let date = '';
  let time = '';
  let last = -1;
  for (const [n, unit] of parts) {
    const rank = COMPOUND_ORDER.indexOf(unit);
    if (rank <= last || !Number.isInteger(n)) return null;
    last = rank;
    const spec = DURATION_LETTER[unit];
    if (spec.time) time += `${n}${spec.letter}`;
    else date += `${n}${spec.letter}`;
  }
  return `P${date}${time ? `T${time}` : ''}`;
}

const COMPOUND_UNIT = '(years?|months?|weeks?|days?|hours?|minutes?|seconds?)';

export const durationRecognisers: Recogniser[] = [
  {
    name: 'compound-duration',
    keywords: UNIT_WORDS,
    trigger:
      /(?:year|month|week|day|hour|minute)s?(?:,|\s+and)\s+\S+\s+(?:month|week|day|hour|minute|second)/i,
    pattern: wordPattern(
      `(${NUMBER})\\s+${COMPOUND_UNIT}(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(${NUMBER})\\s+${COMPOUND_UNIT}(?:(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(${NUMBER})\\s+${COMPOUND_UNIT})?`,
    ),
    build(m) {
      const parts: [number, CalendarUnit][] = [];
      for (const i of [1, 3, 5]) {
        if (!m[i]) continue;
        const n = numberValue(m[i]);
        const unit = unitOf(m[i + 1]);
        if (n === undefined || !unit) return null;
        parts.push([n, unit]);
      }
      const value = compoundValue(parts);
      return value ? { type: 'DURATION', meaning: { kind: 'fixed', value } } : null;
    },
  },
  {
    name: 'amount-unit',
    keywords: UNIT_WORDS,
    pattern: wordPattern(
      `(${DURATION_LEAD})(?:(${NUMBER})\\s*(?:-|to|or)\\s*)?(${NUMBER}|${VAGUE})([-\\s]+(?:(?:more|additional|extra|further|trading|business|working|calendar|straight|consecutive)\\s+)?)(${UNIT})(-old|-long)?`,
    ),
    build(m, text) {
      const unit = unitOf(m[5]);
      if (!unit) return null;
      // Ages ("a 9-year-old boy") are not time expressions in TimeML.
      const next = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
      if (m[6] === '-old' || /^(?:-old|\s+old\b|\s+of\s+age)/i.test(next)) return null;
      const amountText = m[3].toLowerCase();
      const amount = numberValue(amountText);
      let lead = m[1];
      let leadStart: number | undefined;
      // "planned to last two years", "could last three weeks": the verb "last", not the adjective.
      if (/^last\s+$/i.test(lead) && VERB_LAST_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) {
        leadStart = m.index + lead.length;
        lead = '';
      }
      const plural = /s$/i.test(m[5]);
      // "three-quarters of the vote", "a quarter of the staff", "a second time" are not durations.
      if (
        unit === 'quarter' &&
        (m[4] === '-' || /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4)))
      ) {
        return null;
      }
      // "rose by a quarter", "cut by nearly three quarters": a fraction of a change.
      if (unit === 'quarter' && FRACTION_OF_CHANGE.test(text.slice(Math.max(0, m.index - 60), m.index))) {
        return null;
      }
      // "a second time", "a second term" are ordinals; "in less than a second" is a duration.
      if (
        unit === 'second' &&
        !plural &&
        /^(?:an?|one)$/.test(amountText) &&
        (!SECOND_AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) ||
          /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)))
      ) {
        return null;
      }
      // "the 1988 second quarter": a four-digit number before a singular unit is a year.
      if (/^\d{4}$/.test(amountText) && !plural) return null;
      // "the 14-day strike": an adjective-like duration is tagged without its article.
      const start =
        leadStart ??
        (/^the\s+$/i.test(lead) && (m[4] === '-' || (!plural && amount !== 1))
          ? m.index + lead.length
          : undefined);
      // A bare "a year", "an hour" after an amount is a rate ("$5 a year"), left to the set rules.
      if (/^an?$/.test(amountText) && !lead) {
        const before = text.slice(Math.max(0, m.index - 12), m.index);
        if (/(?:\d|percent|times|once|twice|cents?|dollars?)\s+$/i.test(before)) return null;
      }
      if (amount !== undefined && amount > 10000) return null;
      if (amountText === 'some' && unit !== 'year' && unit !== 'month' && unit !== 'week' && unit !== 'day')
        return null;
      const value = durationValue(amount ?? 'X', unit);
      // "a three-year period", "a one-year term": the noun of time belongs to the expression, with
      // its article.
      const end0 = m.index + m[0].length;
      const noun = m[4] === '-' && !m[6] ? TIME_NOUN_AFTER.exec(text.slice(end0, end0 + 14)) : null;
      if (noun) {
        const article = /(?<![\p{L}])(?:an?|the)\s+$/iu.exec(text.slice(Math.max(0, m.index - 4), m.index));
        return {
          type: 'DURATION',
          meaning: { kind: 'fixed', value },
          start: lead ? m.index : m.index - (article?.[0].length ?? 0),
          end: end0 + noun[0].length,
        };
      }
      return { type: 'DURATION', meaning: { kind: 'fixed', value }, start };
    },
  },
  {
    // "recent years" is the recent past; "recent weeks", "coming months" are vague spans
    name: 'recent-units',
    keywords: ['recent', 'coming', 'upcoming', 'ahead'],
    pattern: wordPattern(
      '(?:(the)\\s+)?(?:most\\s+)?(recent|coming|upcoming)\\s+(days|weeks|months|years|decades|quarters)|the\\s+(days|weeks|months|years|decades)\\s+ahead',
    ),
    build(m) {
      const unit = unitOf(m[3] ?? m[4]);
      if (!unit) return null;
      // "in [the coming weeks]" keeps its article, as "the next few days" does; "the [recent] ..." is rare.
      const start = m[1] && m[3] && m[2]?.toLowerCase() === 'recent' ? m.index + m[1].length + 1 : undefined;
      if (m[2]?.toLowerCase() === 'recent' && unit === 'year') {
        return { type: 'DATE', meaning: { kind: 'fixed', value: 'PAST_REF' }, start };
      }
      return { type: 'DURATION', meaning: { kind: 'fixed', value: durationValue('X', unit) }, start };
    },
  },
  {
    // "day-long", "year-long", "month-long" adjectives: one unit
    name: 'unit-long',
    keywords: ['long'],
    pattern: wordPattern('(day|week|month|year|decade|century|hour)-long'),
    build(m) {
      const unit = unitOf(m[1]);
      return unit ? { type: 'DURATION', meaning: { kind: 'fixed', value: durationValue(1, unit) } } : null;
    },
  },
  {
    // "5 1/2 hours", "2 1/2 years"
    name: 'fraction-unit',
    trigger: /1\/2/,
    pattern: wordPattern(`(\\d+)\\s+1/2[-\\s]+(${UNIT})`),
    build(m) {
      const unit = unitOf(m[2]);
      if (!unit) return null;
      return { type: 'DURATION', meaning: { kind: 'fixed', value: durationValue(Number(m[1]) + 0.5, unit) } };
    },
  },
  {
    // "for years", "took months", "decades-long"
    name: 'bare-plural-unit',
    keywords: ['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades', 'centuries'],
    pattern: wordPattern('(minutes|hours|days|weeks|months|years|decades|centuries)(-long|-old)?'),
    build(m, text) {
      const unit = unitOf(m[1]);
      if (!unit) return null;
      const before = wordsBefore(text, m.index, 1)[0];
      if (!m[2] && !(before && BARE_PLURAL_CONTEXT_WORDS.has(before))) return null;
      return { type: 'DURATION', meaning: { kind: 'fixed', value: durationValue('X', unit) } };
    },
  },
  {
    // "half an hour", "a half-hour", "a year and a half", "an hour and a half"
    name: 'half-unit',
    keywords: ['half'],
    pattern: wordPattern(
      `(?:half\\s+an?\\s+(${UNIT})|an?\\s+half[-\\s](${UNIT})|an?\\s+(${UNIT})\\s+and\\s+a\\s+half)`,
    ),
    build(m) {
      const word = m[1] ?? m[2];
      const unit = unitOf(word ?? m[3]);
      if (!unit) return null;
      return { type: 'DURATION', meaning: { kind: 'fixed', value: durationValue(word ? 0.5 : 1.5, unit) } };
    },
  },
];
