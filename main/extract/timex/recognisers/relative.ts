/**
 * Expressions that need an anchor: "yesterday", "last month", "next year", "three years ago",
 * "two days later", "the previous day", "that year", "on Monday", "Friday night".
 */
import { numberValue, partOfDayCode, unitOf, weekdayNumber } from '../lexicon';
import type { Meaning, Relation } from '../meaning';
import { NUMBER, PART_OF_DAY, VAGUE, WEEKDAY, wordPattern } from '../patterns';
import { AMBIGUOUS_WEEKDAYS, type CalendarUnit } from '../resources/en';
import { durationValue } from './durations';
import {
  PART_OF_DAY_WORDS,
  type Recognised,
  type Recogniser,
  UNIT_WORDS,
  WEEKDAY_WORDS,
  wordsBefore,
} from './types';

const CALENDAR_UNIT = '(?:day|week|weekend|month|quarter|year|decade|century)';

function partSuffix(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const code = partOfDayCode(word);
  return code ? `T${code}` : undefined;
}

function withPart(meaning: Meaning, suffix: string | undefined): Recognised {
  return { type: suffix ? 'TIME' : 'DATE', meaning: suffix ? ({ ...meaning, suffix } as Meaning) : meaning };
}

export const relativeRecognisers: Recogniser[] = [
  {
    // "yesterday", "tomorrow morning", "late tonight", "the day before yesterday"
    name: 'deictic-day',
    keywords: ['yesterday', 'today', 'tomorrow', 'tonight'],
    pattern: wordPattern(
      `(?:the\\s+day\\s+(before|after)\\s+)?(yesterday|today|tomorrow|tonight)(?:\\s+(${PART_OF_DAY}))?`,
    ),
    build(m) {
      const word = m[2].toLowerCase();
      let offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      if (m[1]) offset += m[1].toLowerCase() === 'before' ? -1 : 1;
      const suffix = word === 'tonight' ? 'TNI' : partSuffix(m[3]);
      return withPart({ kind: 'shift', unit: 'day', offset, anchor: 'dct' }, suffix);
    },
  },
  {
    // "the next morning", "the following night", "that evening": a part of the narrative's day
    name: 'narrative-part-of-day',
    keywords: PART_OF_DAY_WORDS,
    pattern: wordPattern(`(?:the\\s+)?(next|following|previous|same|that)\\s+(${PART_OF_DAY})`),
    build(m) {
      const word = m[1].toLowerCase();
      const offset = word === 'next' || word === 'following' ? 1 : word === 'previous' ? -1 : 0;
      return withPart({ kind: 'shift', unit: 'day', offset, anchor: 'narrative' }, partSuffix(m[2]));
    },
  },
  {
    // "this morning", "last night", "this evening"
    name: 'this-part-of-day',
    keywords: PART_OF_DAY_WORDS,
    pattern: wordPattern(`(this|last|early\\s+this|late\\s+last|late\\s+this)\\s+(${PART_OF_DAY})`),
    build(m) {
      const last = /last/i.test(m[1]);
      const part = m[2].toLowerCase();
      if (last && part !== 'night') return null;
      return withPart({ kind: 'shift', unit: 'day', offset: last ? -1 : 0, anchor: 'dct' }, partSuffix(part));
    },
  },
  {
    // "last month", "next year", "this week", "the coming decade", "the following month", "that year"
    name: 'relative-unit',
    keywords: UNIT_WORDS,
    pattern: wordPattern(
      `(?:(the)\\s+)?(this|last|next|past|previous|coming|following|current|same|preceding|prior|that)\\s+(${CALENDAR_UNIT})`,
    ),
    build(m) {
      const the = Boolean(m[1]);
      const word = m[2].toLowerCase();
      const unit = unitOf(m[3]);
      if (!unit) return null;
      if (word === 'past' && unit === 'year') {
        // "the past year" is annotated as last year, a date.
        return { type: 'DATE', meaning: { kind: 'shift', unit, offset: -1, anchor: 'dct' } };
      }
      if (word === 'past') {
        return {
          type: 'DURATION',
          meaning: { kind: 'fixed', value: unit === 'weekend' ? 'P2D' : durationValue(1, unit) },
        };
      }
      const table: Record<string, [number, 'dct' | 'narrative']> = {
        this: [0, 'dct'],
        current: [0, 'dct'],
        last: [-1, 'dct'],
        next: [1, the ? 'narrative' : 'dct'],
        coming: [1, 'dct'],
        previous: [-1, 'narrative'],
        preceding: [-1, 'narrative'],
        prior: [-1, 'narrative'],
        following: [1, 'narrative'],
        same: [0, 'narrative'],
        that: [0, 'narrative'],
      };
      const [offset, anchor] = table[word];
      if (the && (word === 'last' || word === 'this')) return null;
      return { type: 'DATE', meaning: { kind: 'shift', unit, offset, anchor } };
    },
  },
  {
    // "the end of the year", "by the end of the decade", "the rest of the month": the current one
    name: 'part-of-current-unit',
    keywords: ['end', 'beginning', 'start', 'middle', 'rest', 'remainder', 'close', 'balance', 'turn'],
    pattern: wordPattern(
      '(?:the\\s+)?(end|beginning|start|middle|rest|remainder|close|balance|turn)\\s+of\\s+the\\s+(year|month|week|decade|century|quarter)',
    ),
    build(m) {
      const unit = unitOf(m[2]);
      if (!unit) return null;
      const part = m[1].toLowerCase();
      const mod =
        part === 'end' || part === 'close' || part === 'turn'
          ? 'END'
          : part === 'middle'
            ? 'MID'
            : part === 'beginning' || part === 'start'
              ? 'START'
              : undefined;
      // A plan's "by the end of the month" is the writer's month; a past narrative's is the story's.
      return { type: 'DATE', meaning: { kind: 'shift', unit, offset: 0, anchor: 'narrativeIfPast' }, mod };
    },
  },
  {
    // "year-end", "year's end", "the full year", "the fiscal year", "earlier in the year"
    name: 'the-year',
    keywords: ['year'],
    pattern: wordPattern(
      "(year[-\\s]end|year's\\s+end|the\\s+(?:full|current\\s+fiscal|current|fiscal)\\s+year|(?:earlier|later)\\s+in\\s+the\\s+year)",
    ),
    build(m, text) {
      const end = /end/i.test(m[1]);
      // "the fiscal year ended June 30" names a year; "fiscal-year results" would be an adjective.
      if (/^-/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null;
      return {
        type: 'DATE',
        meaning: { kind: 'shift', unit: 'year', offset: 0, anchor: 'dct' },
        mod: end ? 'END' : undefined,
      };
    },
  },
  {
    // "the year ended June 30" is a fiscal year, measured; "for the year" is the story's year;
    // "the week" is the story's week.
    name: 'the-year-or-week',
    keywords: ['year', 'week'],
    pattern: wordPattern('the\\s+(?:fiscal\\s+)?(year|week)(\\s+(?:ended|ending|to\\s+date))?'),
    build(m, text) {
      const unit = unitOf(m[1]);
      if (!unit) return null;
      if (m[2])
        return {
          type: 'DURATION',
          meaning: { kind: 'fixed', value: durationValue(1, unit) },
          end: m.index + m[0].length - m[2].length,
        };
      const before = wordsBefore(text, m.index, 1)[0];
      if (unit === 'year' && !['for', 'during', 'throughout'].includes(before ?? '')) return null;
      if (/^[-']/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) return null;
      return { type: 'DATE', meaning: { kind: 'shift', unit, offset: 0, anchor: 'narrative' } };
    },
  },
  {
    // "earlier in the day", "later in the week": the narrative's day, week or month
    name: 'in-the-unit',
    keywords: ['earlier', 'later'],
    pattern: wordPattern('(earlier|later)\\s+in\\s+the\\s+(day|week|month)'),
    build(m) {
      const unit = unitOf(m[2]);
      if (!unit) return null;
      return { type: 'DATE', meaning: { kind: 'shift', unit, offset: 0, anchor: 'narrative' } };
    },
  },
  {
    // "the day before", "the night after" closing a clause: a day from the narrative's
    name: 'the-day-before',
    keywords: ['before', 'after'],
    pattern: wordPattern('the\\s+(day|night|week|month|year)\\s+(before|after)(?=\\s*[,.;:)]|\\s*$)'),
    build(m) {
      const word = m[1].toLowerCase();
      const unit = word === 'night' ? 'day' : unitOf(word);
      if (!unit) return null;
      const offset = m[2].toLowerCase() === 'before' ? -1 : 1;
      const suffix = word === 'night' ? 'TNI' : undefined;
      return {
        type: suffix ? 'TIME' : 'DATE',
        meaning: { kind: 'shift', unit, offset, anchor: 'narrative', suffix },
      };
    },
  },
  {
    // "the weekend", "over the weekend": the previous or the coming one by tense; "this past weekend" the previous one
    name: 'the-weekend',
    keywords: ['weekend'],
    pattern: wordPattern('(?:the|this\\s+past)\\s+weekend'),
    build(m) {
      const byTense = /^this/i.test(m[0]) ? 'past' : true;
      return { type: 'DATE', meaning: { kind: 'shift', unit: 'weekend', offset: 0, anchor: 'dct', byTense } };
    },
  },
  {
    // "three years ago", "two days later", "a week earlier", "a few months ago", "six months from now"
    name: 'ago-later',
    keywords: ['ago', 'earlier', 'later', 'before', 'after', 'now', 'hence', 'back', 'since'],
    pattern: wordPattern(
      `(${NUMBER}|${VAGUE})(?:\\s+more)?\\s+(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|centuries|century)(?:\\s+or\\s+so)?\\s+(ago|earlier|later|before|after|from\\s+now|hence|back|since)`,
    ),
    build(m, text) {
      const unit = unitOf(m[2]);
      if (!unit) return null;
      const n = numberValue(m[1]);
      const direction = m[3].toLowerCase().replace(/\s+/g, ' ');
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      // "two days before the vote" is a duration followed by a preposition.
      if (
        (direction === 'before' || direction === 'after' || direction === 'since') &&
        !/^\s*(?:[,.;:)]|$)/.test(after)
      ) {
        return null;
      }
      if (direction === 'since') return null;
      const sign = ['ago', 'earlier', 'before', 'back'].includes(direction) ? -1 : 1;
      const anchor = ['ago', 'from now', 'hence', 'back'].includes(direction) ? 'dct' : 'narrative';
      // Amounts beyond recorded history are not dates we can place ("a billion years ago").
      if (n !== undefined && n > 100_000) return null;
      if (n === undefined || !Number.isInteger(n)) {
        return { type: 'DATE', meaning: { kind: 'fixed', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
      }
      const steps = unitSteps(unit, n);
      return { type: 'DATE', meaning: { kind: 'shift', unit: steps.unit, offset: sign * steps.n, anchor } };
    },
  },
  {
    // "Monday", "last Friday", "next Tuesday", "Sunday night", "this coming Sunday"
    name: 'weekday',
    keywords: WEEKDAY_WORDS,
    pattern: wordPattern(
      `(?:(last|next|this|this\\s+coming|this\\s+past|coming|past|the\\s+(?:previous|preceding|following|next))\\s+)?(${WEEKDAY})(?:\\s+(${PART_OF_DAY}))?`,
    ),
    build(m, text) {
      const word = m[2];
      const day = weekdayNumber(word);
      if (!day || !/^[A-Z]/.test(word)) return null;
      const bare = word.toLowerCase().replace(/\.$/, '');
      if (AMBIGUOUS_WEEKDAYS.has(bare) && !word.endsWith('.')) return null;
      // "the Sun.", "the Mon." name a newspaper or a place: a weekday takes no article.
      if (AMBIGUOUS_WEEKDAYS.has(bare) && !m[1] && wordsBefore(text, m.index, 1)[0] === 'the') return null;
      // "the Ash Wednesday storm": the weekday of a feast's name, which is no date here.
      if (
        !m[1] &&
        /\b(?:Ash|Good|Holy|Maundy|Black|Super|Cyber|Shrove|Palm|Easter|Whit)\s+$/.test(
          text.slice(Math.max(0, m.index - 8), m.index),
        )
      )
        return null;
      // "the original Sunday headliner", "the traditional Sunday lunch": a weekday between a describing
      // word and its noun says which kind of thing, not which day.
      if (!m[1] && !m[3]) {
        const [adjective, article] = wordsBefore(text, m.index, 2).reverse();
        const nextWord = /^\s+([a-z]+)\b/.exec(text.slice(m.index + m[0].length))?.[1];
        if (
          article !== undefined &&
          ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(article) &&
          adjective !== undefined &&
          (/^[a-z]+(?:al|ous|ive|ic|ful|able|ible|ary|less)$/.test(adjective) ||
            ['usual', 'regular', 'busy', 'quiet', 'wet', 'sunny', 'rainy', 'big', 'lazy'].includes(
              adjective,
            )) &&
          nextWord !== undefined &&
          !['and', 'or', 'to', 'at', 'in', 'on', 'for', 'night', 'morning', 'evening', 'afternoon'].includes(
            nextWord,
          )
        )
          return null;
      }
      const r = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      // "the previous Friday", "the following Monday": counted from the day the story is at.
      if (r.startsWith('the ')) {
        const relation: Relation = /previous|preceding/.test(r) ? 'last' : 'next';
        return { type: 'DATE', meaning: { kind: 'weekday', weekday: day, relation, anchor: 'narrative' } };
      }
      const relation: Relation =
        r === 'last' || r === 'this past' || r === 'past'
          ? 'last'
          : r === 'next' || r === 'this coming' || r === 'coming'
            ? 'next'
            : r === 'this'
              ? 'this'
              : 'tense';
      // "Friday night", "Thursday morning": a TIME with the part of the day (TNI, TMO), as TimeML says.
      return withPart({ kind: 'weekday', weekday: day, relation }, partSuffix(m[3]));
    },
  },
];

/** Hours and minutes stay (anchoring counts them from the story's clock); decades, centuries in years. */
function unitSteps(unit: CalendarUnit, n: number): { unit: CalendarUnit; n: number } {
  if (unit === 'second') return { unit: 'minute', n: Math.trunc(n / 60) };
  if (unit === 'decade') return { unit: 'year', n: n * 10 };
  if (unit === 'century') return { unit: 'year', n: n * 100 };
  return { unit, n };
}
