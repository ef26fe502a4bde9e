/** Parts of a year: quarters, halves, seasons ("the third quarter of 2023", "Q3", "last summer"). */
import { formatTimexYear } from '../calendar';
import { ordinalValue, seasonCode, yearValue } from '../lexicon';
import type { Meaning } from '../meaning';
import { SEASON, SPOKEN_YEAR, wordPattern, YEAR } from '../patterns';
import { type Recogniser, THAT_CONJUNCTION_AFTER, wordsBefore } from './types';

const QUARTER_ORDINAL = '(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)';
const REPORTING_WORD =
  '(?:latest|most\\s+recent|recent|just-ended|just\\s+ended|just-completed|past|previous|current|same|comparable|corresponding|year-earlier|year-ago|prior-year|year-before)';
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
    // "the 1988 second quarter", "the year-ago third quarter", "the second half of the year"
    name: 'ordinal-quarter',
    keywords: ['quarter', 'half'],
    pattern: wordPattern(
      `(?<the>the\\s+|its\\s+)?(?:(?<rel>${YEAR_RELATION})\\s+year's\\s+|(?<possYear>${YEAR})'s\\s+|(?<preYear>${YEAR})\\s+|(?<ago>year-ago|year-earlier|prior-year|comparable\\s+year-ago)\\s+)?(?:(?:fiscal|calendar)[-\\s]+)?(?<ord>${QUARTER_ORDINAL})(?<sep>[-\\s])(?:fiscal[-\\s])?(?<unit>quarter|half)(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<ofYear>${YEAR})|(?:the\\s+)?(?<ofRel>${YEAR_RELATION})\\s+(?:fiscal\\s+)?year|(?<ofThe>the\\s+)(?:fiscal\\s+)?year))?`,
    ),
    build(m) {
      const g = m.groups ?? {};
      const isHalf = g.unit.toLowerCase() === 'half';
      let n = ordinalValue(g.ord) ?? 0;
      if (n === -1) n = isHalf ? 2 : 4;
      if (n < 1 || n > (isHalf ? 2 : 4)) return null;
      // A half without its year ("the first half") is too often not about a calendar year.
      if (isHalf && !/ of |year|\d/i.test(m[0])) return null;
      const part = isHalf ? `H${n}` : `Q${n}`;
      const year = g.possYear ?? g.preYear ?? g.ofYear;
      let meaning: Meaning;
      if (g.ago) meaning = { kind: 'partial', part, relation: 'this', yearOffset: -1 };
      else {
        const relation = g.rel ?? g.ofRel;
        meaning = partMeaning(part, year, relation, Boolean(relation || g.ofThe));
      }
      let start: number | undefined;
      // "the third-quarter results": the hyphenated adjective is tagged without its article.
      if (g.sep === '-' && g.the && !g.rel && !g.possYear && !g.preYear && !g.ago)
        start = m.index + g.the.length;
      else if (g.the && /^its/i.test(g.the)) start = m.index + g.the.length;
      return { type: 'DATE', meaning, start };
    },
  },
  {
    name: 'q-quarter',
    trigger: /[QH][1-4]|[1-4]Q/,
    pattern: wordPattern(
      `(?:(${YEAR})\\s+)?([QH])([1-4])(?:\\s+(?:FY\\s*)?(${YEAR})|\\s*'(\\d{2}))?|([1-4])Q(\\d{2})?`,
    ),
    build(m) {
      if (!/[QH]/.test(m[0])) return null;
      const letter = m[2] ?? 'Q';
      const n = m[3] ?? m[6];
      if (letter === 'H' && Number(n) > 2) return null;
      let year = m[1] ?? m[4];
      const short = m[5] ?? m[7];
      if (!year && short) year = String(Number(short) + (Number(short) < 50 ? 2000 : 1900));
      // "H1" alone is too often a name (an H1 visa, a road): halves need their year.
      if (letter === 'H' && !year) return null;
      return { type: 'DATE', meaning: partMeaning(`${letter}${n}`, year, undefined, false) };
    },
  },
  {
    // "the latest quarter", "the quarter", "the year-ago quarter", "the comparable year-earlier period",
    // "the 1988 period", "the quarter a year ago", "the corresponding period last year"
    name: 'reporting-quarter',
    keywords: ['quarter', 'period'],
    pattern: wordPattern(
      `(?<the>the\\s+|that\\s+|this\\s+|last\\s+year's\\s+)?(?:(?<year>${YEAR})\\s+)?(?:(?<w1>${REPORTING_WORD})\\s+)?(?:(?<w2>${REPORTING_WORD})\\s+)?(?:fiscal\\s+)?(?<unit>quarter|period)(?<back>\\s+a\\s+year\\s+(?:ago|earlier)|\\s+(?:of\\s+)?last\\s+year)?`,
    ),
    build(m, text) {
      const g = m.groups ?? {};
      const words = [g.w1, g.w2].filter(Boolean).map((w) => w.toLowerCase().replace(/\s+/g, ' '));
      const the = (g.the ?? '').trim().toLowerCase();
      const isPeriod = g.unit.toLowerCase() === 'period';
      if (!the && !words.some((w) => w.includes('-'))) return null;
      if (isPeriod && words.length === 0 && !g.year && !g.back && the !== "last year's") return null;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
      if (/^-/.test(after)) return null;
      const back = Boolean(g.back) || the === "last year's" || words.some((w) => /year-|prior-year/.test(w));
      const year = g.year ? Number(g.year) : undefined;
      if (back)
        return {
          type: 'DATE',
          meaning: { kind: 'reportingQuarter', yearOffset: -1, prefer: 'narrative', year },
        };
      if (the === 'this' || words.includes('current')) {
        return {
          type: 'DATE',
          meaning: { kind: 'reportingQuarter', yearOffset: 0, prefer: 'current', year },
        };
      }
      const latest = words.some((w) => /latest|recent|ended|completed|past|previous/.test(w));
      const prefer = latest ? 'latest' : the === 'that' ? 'mentioned' : 'narrative';
      return { type: 'DATE', meaning: { kind: 'reportingQuarter', yearOffset: 0, prefer, year } };
    },
  },
  {
    // "year-earlier", "year-ago" used alone as adjectives ("year-earlier profit")
    name: 'year-ago-adjective',
    keywords: ['year'],
    pattern: wordPattern('(year-earlier|year-ago)'),
    build() {
      return { type: 'DATE', meaning: { kind: 'reportingQuarter', yearOffset: -1, prefer: 'narrative' } };
    },
  },
  {
    // "last summer", "this spring", "the summer of 1998", "winter 2010", "the fall"
    name: 'season',
    keywords: ['spring', 'summer', 'fall', 'autumn', 'winter'],
    pattern: wordPattern(
      `(?:(the\\s+)?(this\\s+past|this\\s+coming|this|that|last|next|past|coming|current|previous|following)\\s+|(the\\s+))?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR}|${SPOKEN_YEAR}))?`,
    ),
    build(m, text) {
      const code = seasonCode(m[4]);
      if (!code) return null;
      const relationWord = m[2]
        ?.toLowerCase()
        .replace(/\s+/g, ' ')
        .replace('this past', 'last')
        .replace('this coming', 'next');
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
          meaning: { kind: 'fixed', value: `${formatTimexYear(yearValue(m[5]) ?? 0)}-${code}` },
        };
      // "Crews broke ground that spring": the season of the story's year.
      if (relationWord === 'that') {
        const before = wordsBefore(text, m.index, 1)[0];
        if (before && THAT_CONJUNCTION_AFTER.has(before)) return null;
        return {
          type: 'DATE',
          meaning: { kind: 'partial', part: code, relation: 'this', yearOffset: 0, anchor: 'narrative' },
        };
      }
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
