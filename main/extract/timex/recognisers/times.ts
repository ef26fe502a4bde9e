/** Clock times, alone or with their day: "at 6:42 a.m.", "10 p.m. Wednesday", "noon Thursday". */

import { pad } from '../calendar';
import { monthNumber, numberValue, ordinalValue, partOfDayCode, weekdayNumber } from '../lexicon';
import type { Meaning } from '../meaning';
import { DAY_OF_MONTH, MONTH, PART_OF_DAY, WEEKDAY, wordPattern } from '../patterns';
import { PART_OF_DAY_WORDS, type Recogniser, wordsBefore } from './types';

const CLOCK =
  "(?:(\\d{1,2})(?::|\\.(?=\\d\\d\\s*[ap]\\.?m))(\\d{2})(?:\\s*([ap])\\.?\\s?m\\b\\.?)?|(\\d{1,2})\\s*([ap])\\.?\\s?m\\b\\.?|(noon|midnight|midday)|(\\d{1,2})\\s+o'clock)";
// "EST", "(GMT)", "local time", "ET", "Eastern", "Eastern time", "Pacific Daylight Time"
const ZONE =
  '(?:\\s+\\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CET|CEST|local\\s+time|(?:Eastern|Central|Mountain|Pacific)(?:(?:\\s+(?:Standard|Daylight))?\\s+[Tt]ime)?)\\)?)?';
const DAY = `(?:,?\\s+(${WEEKDAY}|yesterday|today|tomorrow|tonight)|,?\\s+(${MONTH})\\s+(${DAY_OF_MONTH}))?`;

function clock(m: RegExpExecArray): string | null {
  let hour: number;
  let minute = 0;
  let meridiem: string | undefined;
  if (m[1]) {
    hour = Number(m[1]);
    minute = Number(m[2]);
    meridiem = m[3];
  } else if (m[4]) {
    hour = Number(m[4]);
    meridiem = m[5];
  } else if (m[6]) {
    const word = m[6].toLowerCase();
    return word === 'midnight' ? '24:00' : '12:00';
  } else {
    hour = Number(m[7]);
  }
  if (minute > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    if (meridiem.toLowerCase() === 'p' && hour < 12) hour += 12;
    if (meridiem.toLowerCase() === 'a' && hour === 12) hour = 0;
  } else if (hour > 23 || (!m[7] && !m[1])) {
    return null;
  }
  return `${pad(hour, 2)}:${pad(minute, 2)}`;
}

function dayMeaning(
  dayWord: string | undefined,
  monthWord: string | undefined,
  dayOfMonth: string | undefined,
  suffix: string,
): Meaning {
  if (monthWord && dayOfMonth) {
    const month = monthNumber(monthWord);
    const day = ordinalValue(dayOfMonth);
    if (month && day) return { kind: 'partial', month, day, relation: 'tense', suffix };
  }
  if (dayWord) {
    const word = dayWord.toLowerCase();
    const weekday = weekdayNumber(word);
    if (weekday) return { kind: 'weekday', weekday, relation: 'tense', suffix };
    const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    return { kind: 'shift', unit: 'day', offset, anchor: 'dct', suffix };
  }
  return { kind: 'shift', unit: 'day', offset: 0, anchor: 'narrative', suffix };
}

/** A lowercase content word next: the expression before it is an adjective ("early-morning raid"). */
const ADJECTIVE_BEFORE_NOUN =
  /^\s+(?!(?:on|of|in|at|and|or|to|as|when|the|a|an|with|by|for|from|after|before|until|that|this|he|she|they|it|we|was|were|is|are)\b)[a-z]/;

export const timeRecognisers: Recogniser[] = [
  {
    name: 'clock-time',
    trigger: /\d:\d\d|\d\s*[ap]\.?m\b|\d\.\d\d\s*[ap]|noon|midnight|midday|o'clock/i,
    pattern: wordPattern(`${CLOCK}${ZONE}${DAY}`),
    build(m, text) {
      const time = clock(m);
      if (!time) return null;
      // Bare "4:30" may be a score or a ratio: only with a time-like word around it.
      if (
        m[1] &&
        !m[3] &&
        !/[ECMP][SD]?T|GMT|UTC|BST|CET|local|[Tt]ime|Eastern|Central|Mountain|Pacific/.test(m[0]) &&
        !m[8] &&
        !m[9]
      ) {
        // A 24-hour "14:00" counts after a preposition of time ("at 14:00", "until 09:30").
        const before = wordsBefore(text, m.index, 1)[0];
        if (
          !before ||
          !['at', 'until', 'till', 'by', 'from', 'before', 'after', 'around', 'about'].includes(before)
        ) {
          return null;
        }
      }
      return { type: 'TIME', meaning: dayMeaning(m[8], m[9], m[10], `T${time}`) };
    },
  },
  {
    // "4 in the morning", "10 at night", "six in the morning"
    name: 'hour-in-the-part',
    keywords: ['morning', 'afternoon', 'evening', 'night'],
    pattern: wordPattern(
      `(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?::(\\d{2}))?\\s+(?:in\\s+the\\s+(morning|afternoon|evening)|at\\s+(night))`,
    ),
    build(m) {
      let hour = numberValue(m[1]) ?? 0;
      const part = (m[3] ?? m[4]).toLowerCase();
      if (hour < 1 || hour > 12) return null;
      if (part !== 'morning' && hour < 12 && !(part === 'night' && hour < 5)) hour += 12;
      if (part === 'morning' && hour === 12) hour = 0;
      const minute = m[2] ? Number(m[2]) : 0;
      return {
        type: 'TIME',
        meaning: dayMeaning(undefined, undefined, undefined, `T${pad(hour, 2)}:${pad(minute, 2)}`),
      };
    },
  },
  {
    // "rose 6 percent in morning trading", "in afternoon deals": a part of the story's trading day
    name: 'trading-session',
    keywords: ['trading', 'trade', 'deals', 'session'],
    pattern: wordPattern('(morning|afternoon|evening)(?=\\s+(?:trading|trade|deals|session)\\b)'),
    build(m) {
      const code = partOfDayCode(m[1]);
      return code ? { type: 'TIME', meaning: dayMeaning(undefined, undefined, undefined, `T${code}`) } : null;
    },
  },
  {
    // "Crews worked overnight": the night of the story's day; not "overnight rates"
    name: 'overnight',
    keywords: ['overnight'],
    pattern: wordPattern('overnight'),
    build(m, text) {
      if (ADJECTIVE_BEFORE_NOUN.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20)))
        return null;
      return { type: 'TIME', meaning: dayMeaning(undefined, undefined, undefined, 'TNI') };
    },
  },
  {
    // "By mid-morning", "in the late afternoon": a part of the story's day, with its position
    name: 'positioned-part-of-day',
    keywords: PART_OF_DAY_WORDS,
    pattern: wordPattern(
      `(?:the\\s+)?(early|late|mid)[-\\s]?(morning|afternoon|evening)(?!\\s+(?:${WEEKDAY}|yesterday|today|tomorrow))`,
    ),
    build(m, text) {
      const code = partOfDayCode(m[2]);
      if (!code) return null;
      // "an early-morning raid": a hyphenated adjective before its noun is no expression of its own.
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (m[0].includes('-') && ADJECTIVE_BEFORE_NOUN.test(after)) return null;
      const mod = { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()];
      return { type: 'TIME', meaning: dayMeaning(undefined, undefined, undefined, `T${code}`), mod };
    },
  },
  {
    // "mid-afternoon yesterday", "late Friday night" is handled by the weekday rule plus a modifier
    name: 'part-of-day-with-day',
    keywords: PART_OF_DAY_WORDS,
    pattern: wordPattern(
      `(?:(early|late|mid)[-\\s]?)?(${PART_OF_DAY})\\s+(${WEEKDAY}|yesterday|today|tomorrow)`,
    ),
    build(m) {
      const code = partOfDayCode(m[2]);
      if (!code) return null;
      const mod = m[1] ? { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()] : undefined;
      if (weekdayNumber(m[3]) && !/^[A-Z]/.test(m[3])) return null;
      return { type: 'TIME', meaning: dayMeaning(m[3], undefined, undefined, `T${code}`), mod };
    },
  },
];
