/** Calendar dates written out: full dates, month and day, month and year, months, years, ISO forms. */
import { daysInMonth, formatTimexYear, pad } from '../calendar';
import { monthNumber, ordinalValue, weekdayNumber, yearValue } from '../lexicon';
import { DAY_OF_MONTH, MONTH, SPOKEN_YEAR, WEEKDAY, wordPattern, YEAR } from '../patterns';
import { AMBIGUOUS_MONTHS, MONTH_CONTEXT_WORDS } from '../resources/en';
import { MONTH_WORDS, type Recogniser, THAT_CONJUNCTION_AFTER, wordsBefore } from './types';

function dayValue(text: string): number | undefined {
  return ordinalValue(text.replace(/^the\s+/i, ''));
}

function dateValue(year: number, month: number, day: number): string | null {
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${formatTimexYear(year)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * "may", "march": only months when capitalised (the modal verb and the noun are not). A capitalised
 * short form before a day number is a month, dotted or not ("Oct 22 (Reuters)", "Jan 5").
 */
function plausibleMonth(word: string, dayNumber = ''): boolean {
  const k = word.toLowerCase().replace(/\./g, '');
  if (!AMBIGUOUS_MONTHS.has(k)) return true;
  if (!/^[A-Z]/.test(word)) return false;
  return k.length > 3 || word.endsWith('.') || k === 'may' || /^\d{1,2}$/.test(dayNumber);
}

/** Words after which a number may be a year or an amount: the word after it decides. */
const YEAR_OR_AMOUNT_WORDS: ReadonlySet<string> = new Set(['around', 'about', 'circa']);
/** The second end of a range after this year: "-1625", " and 1854", " to 1854". */
const RANGE_START = /^\s?(?:[-–]|\s(?:and|to|through|until|till)\s)\s?((?:1\d|20)\d\d)(?!\d)/;
/** The first end of a range before this year: "1603-", "from 1849 to ", "between 1849 and ". */
const RANGE_END =
  /(?:(?:^|[^\p{N}])((?:1\d|20)\d\d)\s?[-–]\s?|\b(?:from|between)\s+((?:1\d|20)\d\d)\s+(?:and|to|through|until|till)\s+)$/iu;
/** Two numbers read as a span of years: in order, and not centuries apart. */
function isYearSpan(first: number, last: number): boolean {
  return last > first && last - first <= 300;
}
/** A lowercase word that is not a function word: the number counts things ("1700 people"). */
const NOUN_FOLLOWS =
  /^\s+(?!(?:and|or|but|in|on|at|by|to|for|the|a|an|when|while|as|after|before|during|under|with|from|until|that|which|it|he|she|they|we|was|were|is|are|had|has)(?![\p{L}]))\p{Ll}/u;

/** Words that make "the mid-90s" a temperature. */
const TEMPERATURE_BEFORE =
  /\b(?:temperatures?|highs?|lows?|degrees|readings?|thermometers?|heat\s+index|mercury|fahrenheit|celsius)\b[^.;!?]*$/i;

/** "and early this year", "and March", "and last year": the second end of a range in words. */
const DATE_WORDS_END_RANGE =
  /^\s+(?:and|to|until)\s+(?:early|late|mid|the\s+(?:end|start|beginning|middle)\b|last\b|this\b|next\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|spring|summer|autumn|fall|winter|today|now)/i;

/** A plural noun: the numbers before it count things ("between 1500 and 1800 workers"). */
const COUNT_NOUN_FOLLOWS =
  /^\s+(?:(?!(?:was|has|is|as|this|his|its|thus|plus)(?![\p{L}]))\p{Ll}+s|people|men|women|children|staff|personnel|police|cattle|sheep)(?![\p{L}])/u;

/**
 * "2001-02", "the 2013–14 season", "fiscal 2019/20": the second year of a span written with its last
 * two digits, the year after (or, with a dash, up to nine years after) the first.
 */
function clippedYear(first: number, after: string): number | undefined {
  const m = /^(?:\s?([-\u2013])\s?|\/)(\d\d)(?![\d\p{L}]|[-\u2013/]\d|%)/u.exec(after);
  if (!m) return undefined;
  const second = Math.floor(first / 100) * 100 + Number(m[2]);
  const span = second - first;
  if (span === 1 || (m[1] && span > 1 && span <= 9)) return second;
  return undefined;
}

const WD = `(?:(${WEEKDAY}),?\\s+(?:the\\s+)?)?`;

export const dateRecognisers: Recogniser[] = [
  {
    // "March 22, 2013", "Monday, Oct. 26, 1998", "Nov. 9 1989"
    name: 'month-day-year',
    keywords: MONTH_WORDS,
    pattern: wordPattern(`${WD}(${MONTH})\\s*(${DAY_OF_MONTH}),?\\s+(${YEAR})`),
    build(m) {
      const month = monthNumber(m[2]);
      const day = dayValue(m[3]);
      if (!month || !day || !plausibleMonth(m[2], m[3])) return null;
      const value = dateValue(Number(m[4]), month, day);
      return value ? { type: 'DATE', meaning: { kind: 'fixed', value } } : null;
    },
  },
  {
    // "22 March 2013", "the 22nd of March, 2013"
    name: 'day-month-year',
    keywords: MONTH_WORDS,
    pattern: wordPattern(`${WD}(${DAY_OF_MONTH})(?:\\s+of)?\\s+(${MONTH}),?\\s+(${YEAR})`),
    build(m) {
      const month = monthNumber(m[3]);
      const day = dayValue(m[2]);
      if (!month || !day || !plausibleMonth(m[3])) return null;
      const value = dateValue(Number(m[4]), month, day);
      return value ? { type: 'DATE', meaning: { kind: 'fixed', value } } : null;
    },
  },
  {
    // "Aug. 7", "Friday, Oct. 23", "March eighth": the year comes from the anchor and the tense
    name: 'month-day',
    keywords: MONTH_WORDS,
    pattern: wordPattern(
      `${WD}(?:(last|next|this\\s+past|this\\s+coming)\\s+)?(${MONTH})\\s*(${DAY_OF_MONTH})(?![:.,]?\\d)`,
    ),
    build(m) {
      const [, weekdayWord, relationWord, monthWord, dayWord] = m;
      const month = monthNumber(monthWord);
      const day = dayValue(dayWord);
      if (!month || !day || !plausibleMonth(monthWord, dayWord) || day > daysInMonth(2000, month))
        return null;
      // Run-ons such as "Mar3" are not dates; "Sept.30" is.
      if (/^\d/.test(dayWord) && !/[\s.]$/.test(m[0].slice(0, m[0].length - dayWord.length))) return null;
      const weekday = weekdayWord ? weekdayNumber(weekdayWord) : undefined;
      const relation = !relationWord ? 'tense' : /last|past/i.test(relationWord) ? 'last' : 'next';
      return { type: 'DATE', meaning: { kind: 'partial', month, day, relation, weekday } };
    },
  },
  {
    // "the weekend of July 24": the weekend of the calendar week holding that day
    name: 'weekend-of-date',
    keywords: ['weekend'],
    pattern: wordPattern(
      `the\\s+weekend\\s+of\\s+(${MONTH})\\s*(${DAY_OF_MONTH})(?:,?\\s+(${YEAR}))?(?![:.,]?\\d)`,
    ),
    build(m) {
      const month = monthNumber(m[1]);
      const day = dayValue(m[2]);
      if (!month || !day || !plausibleMonth(m[1], m[2])) return null;
      const year = m[3] ? Number(m[3]) : undefined;
      return {
        type: 'DATE',
        meaning: {
          kind: 'partial',
          month,
          day,
          relation: year ? 'this' : 'tense',
          year,
          week: true,
          suffix: '-WE',
        },
      };
    },
  },
  {
    // "the week of March 6", "the week of Jan. 9, 2023": the calendar week holding that day
    name: 'week-of-date',
    keywords: ['week'],
    pattern: wordPattern(
      `the\\s+week\\s+of\\s+(${MONTH})\\s*(${DAY_OF_MONTH})(?:,?\\s+(${YEAR}))?(?![:.,]?\\d)`,
    ),
    build(m) {
      const month = monthNumber(m[1]);
      const day = dayValue(m[2]);
      if (!month || !day || !plausibleMonth(m[1]) || day > daysInMonth(2000, month)) return null;
      if (m[3]) {
        const year = Number(m[3]);
        if (day > daysInMonth(year, month)) return null;
        return { type: 'DATE', meaning: { kind: 'partial', month, day, relation: 'this', year, week: true } };
      }
      return { type: 'DATE', meaning: { kind: 'partial', month, day, relation: 'tense', week: true } };
    },
  },
  {
    // "the second week of May", "the last week of July 2023": the calendar week around that part of
    // the month (its middle day: the 4th, 11th, 18th, 25th; the last week ends with the month)
    name: 'nth-week-of-month',
    keywords: ['week'],
    pattern: wordPattern(
      `the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH})(?:,?\\s+(${YEAR})|\\s+(next|last|this)\\s+year)?`,
    ),
    build(m) {
      const month = monthNumber(m[2]);
      if (!month || !plausibleMonth(m[2])) return null;
      const which = m[1].toLowerCase();
      const day = { first: 4, second: 11, third: 18, fourth: 25, last: 27, final: 27 }[which] ?? 4;
      const year = m[3] ? Number(m[3]) : undefined;
      // "the second week of August next year": the month of the year named after it.
      const relative = m[4]?.toLowerCase();
      if (relative) {
        const yearOffset = relative === 'next' ? 1 : relative === 'last' ? -1 : 0;
        return {
          type: 'DATE',
          meaning: { kind: 'partial', month, day, relation: 'this', yearOffset, anchor: 'dct', week: true },
        };
      }
      return {
        type: 'DATE',
        meaning: { kind: 'partial', month, day, relation: year ? 'this' : 'tense', year, week: true },
      };
    },
  },
  {
    // The second day of "April 24 and 25", "Jan. 26-27": a date of its own in the same month
    name: 'second-day-of-month',
    keywords: MONTH_WORDS,
    pattern: wordPattern(
      `(${MONTH})\\s*(?:${DAY_OF_MONTH})\\s*(?:and|or|to|through|-|–)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![:.,]?\\d)`,
    ),
    build(m) {
      const month = monthNumber(m[1]);
      const day = Number(m[2]);
      if (!month || !plausibleMonth(m[1]) || day < 1 || day > daysInMonth(2000, month)) return null;
      const start = m.index + m[0].lastIndexOf(m[2]);
      return { type: 'DATE', meaning: { kind: 'partial', month, day, relation: 'tense' }, start };
    },
  },
  {
    // "22 March", "the 22nd of March"
    name: 'day-month',
    keywords: MONTH_WORDS,
    pattern: wordPattern(`${WD}(?:the\\s+)?(${DAY_OF_MONTH})(?:\\s+of)?\\s+(${MONTH})`),
    build(m) {
      const month = monthNumber(m[3]);
      const day = dayValue(m[2]);
      if (!month || !day || !plausibleMonth(m[3]) || day > daysInMonth(2000, month)) return null;
      // "the first of March" is a date, but "first March" alone is too often something else.
      if (!/\d|of/.test(m[0])) return null;
      const weekday = m[1] ? weekdayNumber(m[1]) : undefined;
      return { type: 'DATE', meaning: { kind: 'partial', month, day, relation: 'tense', weekday } };
    },
  },
  {
    name: 'iso-date',
    trigger: /\d-\d/,
    pattern: wordPattern('(\\d{4})-(\\d{2})-(\\d{2})'),
    build(m) {
      const value = dateValue(Number(m[1]), Number(m[2]), Number(m[3]));
      return value ? { type: 'DATE', meaning: { kind: 'fixed', value } } : null;
    },
  },
  {
    // US numeric dates: 3/22/2013, 03/22/13
    name: 'numeric-date',
    trigger: /\d\/\d/,
    pattern: wordPattern('(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})'),
    build(m) {
      const month = Number(m[1]);
      const day = Number(m[2]);
      let year = Number(m[3]);
      if (m[3].length === 2) year += year < 50 ? 2000 : 1900;
      if (month < 1 || month > 12) return null;
      const value = dateValue(year, month, day);
      return value ? { type: 'DATE', meaning: { kind: 'fixed', value } } : null;
    },
  },
  {
    // "March 2013", "March of 2013", "March '98"
    name: 'month-year',
    keywords: MONTH_WORDS,
    pattern: wordPattern(`(${MONTH}),?\\s+(?:of\\s+)?(${YEAR}|${SPOKEN_YEAR}|'\\d{2})`),
    build(m) {
      const month = monthNumber(m[1]);
      if (!month || !plausibleMonth(m[1])) return null;
      const year = yearValue(m[2]);
      if (year === undefined) return null;
      return { type: 'DATE', meaning: { kind: 'fixed', value: `${formatTimexYear(year)}-${pad(month, 2)}` } };
    },
  },
  {
    // "that April", "that same September": the month of the story's year
    name: 'that-month',
    keywords: MONTH_WORDS,
    pattern: wordPattern(`that\\s+(?:same\\s+)?(${MONTH})`),
    build(m, text) {
      const month = monthNumber(m[1]);
      if (!month || !plausibleMonth(m[1])) return null;
      // "said that November was wet", "and that December ...": the conjunction, not "that" pointing back.
      const before = wordsBefore(text, m.index, 1)[0];
      if (before && THAT_CONJUNCTION_AFTER.has(before)) return null;
      return {
        type: 'DATE',
        meaning: { kind: 'partial', month, relation: 'this', yearOffset: 0, anchor: 'narrative' },
      };
    },
  },
  {
    // "January this year", "June last year"
    name: 'month-relative-year',
    keywords: MONTH_WORDS,
    pattern: wordPattern(
      `(${MONTH})(?:\\s+of)?\\s+(this|last|next|that|the\\s+previous|the\\s+following|the\\s+same)\\s+year`,
    ),
    build(m) {
      const month = monthNumber(m[1]);
      if (!month || !plausibleMonth(m[1])) return null;
      const word = m[2].toLowerCase();
      const yearOffset =
        word === 'this' || word === 'that' || word.endsWith('same')
          ? 0
          : word === 'next' || word.endsWith('following')
            ? 1
            : -1;
      // "July of that year", "the following year": the story's year, not the writer's.
      const anchor = word.startsWith('the') || word === 'that' ? 'narrative' : 'dct';
      return { type: 'DATE', meaning: { kind: 'partial', month, relation: 'this', yearOffset, anchor } };
    },
  },
  {
    // "March", "in May", "last November", "this coming September"
    name: 'month',
    keywords: MONTH_WORDS,
    pattern: wordPattern(`(?:(last|next|this|this\\s+past|this\\s+coming|past|coming)\\s+)?(${MONTH})`),
    build(m, text) {
      const word = m[2];
      const month = monthNumber(word);
      if (!month || !plausibleMonth(word)) return null;
      const k = word.toLowerCase().replace(/\./g, '');
      const r = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      // "the March of Dimes", "a March against war": a name or a noun, not the month.
      if (
        k === 'march' &&
        /^\s+(?:of\s+(?:the|a)|against)\s/i.test(
          text.slice(m.index + m[0].length, m.index + m[0].length + 10),
        )
      ) {
        return null;
      }
      if (!r && (AMBIGUOUS_MONTHS.has(k) || k.length <= 4)) {
        // "mid-July" keeps its hyphen in the word before.
        const before = wordsBefore(text, m.index, 1)[0]?.replace(/-$/, '');
        if (!before || !MONTH_CONTEXT_WORDS.has(before)) return null;
      }
      const relation =
        r === 'last' || r === 'this past' || r === 'past'
          ? 'last'
          : r === 'next' || r === 'this coming' || r === 'coming'
            ? 'next'
            : 'tense';
      return { type: 'DATE', meaning: { kind: 'partial', month, relation } };
    },
  },
  {
    // the "02" of "2001-02": the second year of a span, tagged on its own like the second of "1812-1815"
    name: 'clipped-year',
    trigger: /\d\d\s?[-\u2013/]\s?\d\d/,
    pattern: /(?<![\p{L}\p{N}])((?:1[89]|20)\d\d)(\s?[-\u2013]\s?|\/)(\d\d)/gu,
    build(m) {
      const second = clippedYear(Number(m[1]), m[0].slice(m[1].length));
      if (second === undefined) return null;
      const start = m.index + m[1].length + m[2].length;
      return { type: 'DATE', meaning: { kind: 'fixed', value: String(second) }, start, end: start + 2 };
    },
  },
  {
    // "1998", "fiscal 1990": four-digit years of the modern era standing alone
    name: 'year',
    trigger: /1\d{3}|20\d\d/,
    pattern: wordPattern(`(?:fiscal(?:\\s+year)?\\s+|FY\\s*|(?:the\\s+)?year\\s+)?(${YEAR})(?:'s)?`),
    build(m, text) {
      const year = Number(m[1]);
      const prev = text.slice(Math.max(0, m.index - 2), m.index);
      const circa = /(?:^|[^\p{L}])(?:c|ca)\.\s?$/u.test(text.slice(Math.max(0, m.index - 5), m.index));
      if (!circa && /[$#€£¥.,]\s?$|\d\s?$/.test(prev)) return null;
      const end0 = m.index + m[0].length;
      const after = text.slice(end0, end0 + 12);
      // "from 1200-1000 BC": the first end of a range before Christ.
      if (/^\s*(?:[-\u2013]|and|to)\s*\d{1,4}\s*(?:B\.C|BCE?\b)/.test(after)) return null;
      // "asteroid 2008 EV5", "2004 MN4": a designation, not a year.
      if (/^\s[A-Z]{1,2}\d{1,3}\b/.test(after)) return null;
      // "1,998", "1998.5", "2000%" are amounts; "2001-2005" is two years.
      if (
        /^(?:[-.,/]\d|\s*%|\s*(?:percent|pct)\b)/i.test(after) &&
        !/^[-–](?:1\d|20)\d\d(?!\d)/.test(after) &&
        clippedYear(year, after) === undefined
      ) {
        return null;
      }
      const hasYearWord = /^(?:fiscal|the|year|FY)/i.test(m[0]);
      const before = wordsBefore(text, m.index, 1)[0];
      const ahead = text.slice(end0, end0 + 40);
      const behind = text.slice(Math.max(0, m.index - 30), m.index);
      // The ends of a range of years ("1603-1625", "from 1849 to 1854", "between 1849 and 1854"):
      // years, unless a noun follows them ("between 1500 and 1800 workers").
      const afterBetween = /\bbetween\s+$/i.test(behind);
      const nextYear = RANGE_START.exec(ahead);
      const startsRange =
        nextYear !== null &&
        (afterBetween || !/and/i.test(nextYear[0])) &&
        isYearSpan(year, Number(nextYear[1]));
      const previousYear = RANGE_END.exec(behind);
      const endsRange = previousYear !== null && isYearSpan(Number(previousYear[1] ?? previousYear[2]), year);
      const endsBetween = endsRange && /\bbetween\s/i.test(previousYear?.[0] ?? '');
      // "around 1503": a year, unless a noun follows ("about 1700 people").
      const approximate = circa || (before !== undefined && YEAR_OR_AMOUNT_WORDS.has(before));
      const needsEvidence = year < 1900 || year > 2099;
      if (
        !hasYearWord &&
        (approximate || afterBetween || endsBetween || (needsEvidence && (startsRange || endsRange)))
      ) {
        const rest = startsRange && nextYear ? ahead.slice(nextYear[0].length) : ahead;
        // A verb may follow a range ("1812-1815 ended"), but counted things are plural nouns.
        // "about 1700 people" counts things; "taken around 1900 show ..." is a year before its verb.
        const plausibleYear = year >= 1000 && year <= 2100;
        if ((approximate && !plausibleYear ? NOUN_FOLLOWS : COUNT_NOUN_FOLLOWS).test(rest)) return null;
        // "between 2006 and early this year": the other end is a date in words.
        if (afterBetween && !startsRange && (needsEvidence || !DATE_WORDS_END_RANGE.test(ahead))) return null;
      } else if (needsEvidence) {
        if (
          !hasYearWord &&
          !(before && ['in', 'since', 'of', 'by', 'until', 'from', 'year'].includes(before))
        ) {
          return null;
        }
      }
      const end = m[0].endsWith("'s") ? m.index + m[0].length - 2 : undefined;
      return { type: 'DATE', meaning: { kind: 'fixed', value: formatTimexYear(year) }, end };
    },
  },
  {
    // "the year two thousand", "nineteen ninety-six" (transcribed broadcasts spell years out)
    name: 'spoken-year',
    keywords: ['thousand', 'nineteen', 'eighteen'],
    pattern: wordPattern(`(?:the\\s+year\\s+)?(${SPOKEN_YEAR})`),
    build(m, text) {
      const year = yearValue(m[1]);
      if (year === undefined) return null;
      const before = wordsBefore(text, m.index, 1)[0] ?? '';
      if (
        /^two\s+thousand$/i.test(m[1]) &&
        !/^the/i.test(m[0]) &&
        !['in', 'since', 'by', 'until', 'of'].includes(before)
      ) {
        return null;
      }
      return { type: 'DATE', meaning: { kind: 'fixed', value: String(year) } };
    },
  },
  {
    // "the 1990s", "the '90s", "the mid-1980s"; the TIMEX3 value drops the last digit: 199. The article
    // belongs to the expression, as with "the 20th century".
    name: 'decade',
    trigger: /\d0'?s/,
    pattern: wordPattern("(the\\s+)?(?:(early|mid|late)[-\\s]?)?(1\\d|20)?'?(\\d)0'?s"),
    build(m, text) {
      const century = m[3] ?? '19';
      if (!m[3] && !m[0].includes("'") && !m[1]) return null;
      // "temperatures could climb back into the mid-90s", "highs in the upper 80s": degrees, not years.
      if (!m[3] && TEMPERATURE_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) return null;
      const mod = m[2] ? { early: 'START', mid: 'MID', late: 'END' }[m[2].toLowerCase()] : undefined;
      return { type: 'DATE', meaning: { kind: 'fixed', value: `${century}${m[4]}` }, mod };
    },
  },
  {
    // "the 1960s and '70s", "from '85 to '90s": a clipped decade standing on its own
    name: 'decade-clipped',
    trigger: /['\u2019]\d0s/,
    pattern: /(?<![\p{L}\p{N}'\u2019])['\u2019](\d)0s(?![\p{L}\p{N}])/gu,
    build(m) {
      return { type: 'DATE', meaning: { kind: 'fixed', value: `19${m[1]}` } };
    },
  },
  {
    name: 'decade-words',
    keywords: ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'],
    pattern: wordPattern(
      '(?:the\\s+)?(?:(early|mid|late)[-\\s]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)',
    ),
    build(m) {
      if (!/^the/i.test(m[0])) return null;
      const digit = [
        'twenties',
        'thirties',
        'forties',
        'fifties',
        'sixties',
        'seventies',
        'eighties',
        'nineties',
      ].indexOf(m[2].toLowerCase());
      const mod = m[1] ? { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()] : undefined;
      return { type: 'DATE', meaning: { kind: 'fixed', value: `19${digit + 2}` }, mod };
    },
  },
  {
    // "the twentieth century", "the 19th century", "the fifth century BC"
    name: 'century',
    keywords: ['century', 'centuries'],
    pattern: wordPattern(
      '(?:the\\s+)?(?:(early|mid|late)[-\\s])?(\\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)[-\\s]century(?:\\s+(B\\.?C\\.?E?|BCE|A\\.?D\\.?))?',
    ),
    build(m) {
      const n = ordinalValue(m[2]);
      if (!n || n < 1) return null;
      const bc = m[3] && /^b/i.test(m[3]);
      const value = bc ? `BC${pad(n - 1, 2)}` : pad(n - 1, 2);
      const mod = m[1] ? { early: 'START', mid: 'MID', late: 'END' }[m[1].toLowerCase()] : undefined;
      return { type: 'DATE', meaning: { kind: 'fixed', value }, mod };
    },
  },
  {
    // the first end of "between 1100 and 900 BC", "from 1200 to 1000 BC": BC as well
    name: 'era-range-start',
    trigger: /\d\s*B\.?C/,
    pattern:
      /(?<![\p{L}\p{N}.,])(\d{1,4})(?=\s*(?:and|to|[-\u2013])\s*(\d{1,4})\s*(?:B\.C\.(?:E\.)?|BCE?)(?![\p{L}]))/gu,
    build(m, text) {
      const first = Number(m[1]);
      const second = Number(m[2]);
      // Years BC count down: the earlier end is the larger number.
      if (first < 1 || first <= second) return null;
      const before = wordsBefore(text, m.index, 1)[0];
      if (
        !/[-\u2013]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
        before !== 'between' &&
        before !== 'from'
      )
        return null;
      return { type: 'DATE', meaning: { kind: 'fixed', value: `BC${pad(first, 4)}` } };
    },
  },
  {
    // "44 BC", "AD 79", "79 A.D."
    name: 'era-year',
    trigger: /\b(?:B\.?C|A\.?D|CE)\b/,
    pattern: wordPattern(
      '(?:(\\d{1,4})\\s*(B\\.C\\.(?:E\\.)?|BCE?|A\\.D\\.|AD|CE)|(?:A\\.D\\.|AD)\\s*(\\d{1,4}))',
    ),
    build(m) {
      if (m[3]) return { type: 'DATE', meaning: { kind: 'fixed', value: pad(Number(m[3]), 4) } };
      const n = Number(m[1]);
      if (n < 1) return null;
      const bc = /^b/i.test(m[2]);
      if (!bc && /^ce$/i.test(m[2]) === false && !/^a/i.test(m[2])) return null;
      if (m[2] !== m[2].toUpperCase()) return null;
      return { type: 'DATE', meaning: { kind: 'fixed', value: bc ? `BC${pad(n, 4)}` : pad(n, 4) } };
    },
  },
];
