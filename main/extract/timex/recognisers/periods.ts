/** Parts of a year: quarters, halves, seasons ("the third quarter of 2023", "Q3", "last summer"). */
import { formatTimexYear } from '../calendar';
import { ordinalValue, seasonCode } from '../lexicon';
import type { Meaning } from '../meaning';
import { SEASON, wordPattern, YEAR } from '../patterns';
import { type Recogniser, wordsBefore } from './types';

const QUARTER_ORDINAL = '(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)';
const YEAR_RELATION = '(?:this|last|next|previous|current|same|prior|past|coming)';

function yearOffsetOf(word: string | undefined): number {
  switch ((word ?? '').toLowerCase()) {
    case 'last':
    case 'previous':
    case 'prior':
    case 'past':
      return -1;
    case 'next':
    case 'coming':
      return 1;
    default:
      return 0;
  }
}

function partMeaning(
  part: string,
  explicitYear: string | undefined,
  relationWord: string | undefined,
  hasYearRef: boolean,
): Meaning {
  if (explicitYear) return { kind: 'fixed', value: `${formatTimexYear(Number(explicitYear))}-${part}` };
  if (hasYearRef) return { kind: 'partial', part, relation: 'this', yearOffset: yearOffsetOf(relationWord) };
  return { kind: 'partial', part, relation: 'tense' };
}

export const periodRecognisers: Recogniser[] = [
  {
    // "the third quarter", "third-quarter", "the fiscal first quarter of 1990", "last year's fourth quarter",
    // "the second half of the year"
    name: 'ordinal-quarter',
    pattern: wordPattern(
      `(?:the\\s+)?(?:(${YEAR_RELATION})\\s+year's\\s+|(${YEAR})'s\\s+)?(?:(?:fiscal|calendar)\\s+)?(${QUARTER_ORDINAL})([-\\s])(?:fiscal[-\\s])?(quarter|half)(?:\\s+of\\s+(?:(?:fiscal\\s+)?(${YEAR})|(?:the\\s+)?(${YEAR_RELATION})\\s+(?:fiscal\\s+)?year|(the\\s+)(?:fiscal\\s+)?year))?`,
    ),
    build(m) {
      const isHalf = m[5].toLowerCase() === 'half';
      let n = ordinalValue(m[3]) ?? 0;
      if (n === -1) n = isHalf ? 2 : 4;
      if (n < 1 || n > (isHalf ? 2 : 4)) return null;
      // A half without its year ("the first half") is too often not about a calendar year.
      if (isHalf && !/ of |year/i.test(m[0])) return null;
      const part = isHalf ? `H${n}` : `Q${n}`;
      const year = m[2] ?? m[6];
      const relation = m[1] ?? m[7];
      const meaning = partMeaning(part, year, relation, Boolean(relation || m[8]));
      let start: number | undefined;
      // "the third-quarter results": the hyphenated adjective is tagged without its article.
      if (m[4] === '-' && /^the\s/i.test(m[0]) && !m[1] && !m[2]) {
        start = m.index + m[0].search(/\s/) + 1;
        start += m[0].slice(start - m.index).search(/\S/);
      }
      return { type: 'DATE', meaning, start };
    },
  },
  {
    name: 'q-quarter',
    pattern: wordPattern(`(?:(${YEAR})\\s+)?Q([1-4])(?:\\s+(${YEAR})|\\s*'(\\d{2}))?|([1-4])Q(\\d{2})?`),
    build(m) {
      if (!/Q/.test(m[0])) return null;
      const n = m[2] ?? m[5];
      let year = m[1] ?? m[3];
      const short = m[4] ?? m[6];
      if (!year && short) year = String(Number(short) + (Number(short) < 50 ? 2000 : 1900));
      return { type: 'DATE', meaning: partMeaning(`Q${n}`, year, undefined, false) };
    },
  },
  {
    // "the latest quarter", "the quarter", "the year-ago quarter", "the year-earlier period"
    name: 'reporting-quarter',
    pattern: wordPattern(
      '(?:the\\s+)?(?:(latest|most\\s+recent|recent|just-ended|just\\s+ended|just-completed|past|previous|current|same|comparable|year-earlier|year-ago|prior-year|year-before)\\s+)?(?:fiscal\\s+)?(quarter|period)',
    ),
    build(m, text) {
      const which = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const isPeriod = m[2].toLowerCase() === 'period';
      if (!/^the\s/i.test(m[0]) && !/-/.test(which)) return null;
      if (isPeriod && !which) return null;
      // "the quarter ended Sept. 30", "the quarter's results" are dates; "a quarter of the cost" never
      // reaches here (no article "the").
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (/^-/.test(after)) return null;
      if (['year-earlier', 'year-ago', 'prior-year', 'year-before'].includes(which)) {
        return { type: 'DATE', meaning: { kind: 'reportingQuarter', yearOffset: -1, prefer: 'narrative' } };
      }
      if (which === 'current') {
        return { type: 'DATE', meaning: { kind: 'reportingQuarter', yearOffset: 0, prefer: 'current' } };
      }
      if (which === 'past' || which === 'previous') {
        return { type: 'DATE', meaning: { kind: 'reportingQuarter', yearOffset: 0, prefer: 'latest' } };
      }
      const prefer = which ? 'latest' : 'narrative';
      return { type: 'DATE', meaning: { kind: 'reportingQuarter', yearOffset: 0, prefer } };
    },
  },
  {
    // "year-earlier", "year-ago" used alone as adjectives ("year-earlier profit")
    name: 'year-ago-adjective',
    pattern: wordPattern('(year-earlier|year-ago)'),
    build() {
      return { type: 'DATE', meaning: { kind: 'reportingQuarter', yearOffset: -1, prefer: 'narrative' } };
    },
  },
  {
    // "last summer", "this spring", "the summer of 1998", "winter 2010", "the fall"
    name: 'season',
    pattern: wordPattern(
      `(?:(the\\s+)?(this|last|next|past|coming|current|previous|following)\\s+|(the\\s+))?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR}))?`,
    ),
    build(m, text) {
      const code = seasonCode(m[4]);
      if (!code) return null;
      const relationWord = m[2]?.toLowerCase();
      if (!relationWord && !m[3] && !m[5]) {
        const before = wordsBefore(text, m.index, 1)[0];
        if (
          !before ||
          !['in', 'during', 'this', 'by', 'until', 'since', 'early', 'late', 'mid'].includes(before)
        ) {
          return null;
        }
      }
      // "fall" is also a verb and a noun ("a fall in prices"): take it only with a determiner or year.
      if (code === 'FA' && m[4].toLowerCase() === 'fall' && !relationWord && !m[5]) {
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
        if (/^\s+(?:in|of)\b/i.test(next) || !m[3]) return null;
      }
      if (m[5])
        return {
          type: 'DATE',
          meaning: { kind: 'fixed', value: `${formatTimexYear(Number(m[5]))}-${code}` },
        };
      if (relationWord === 'this' || relationWord === 'current' || relationWord === 'coming') {
        return {
          type: 'DATE',
          meaning: { kind: 'partial', part: code, relation: relationWord === 'coming' ? 'next' : 'this' },
        };
      }
      if (relationWord === 'last' || relationWord === 'past' || relationWord === 'previous') {
        return { type: 'DATE', meaning: { kind: 'partial', part: code, relation: 'last' } };
      }
      if (relationWord === 'next' || relationWord === 'following') {
        return { type: 'DATE', meaning: { kind: 'partial', part: code, relation: 'next' } };
      }
      return { type: 'DATE', meaning: { kind: 'partial', part: code, relation: 'tense' } };
    },
  },
];
