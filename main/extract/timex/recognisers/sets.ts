/** Recurring times (TIMEX3 SET): "every year", "each season", "daily", "twice a week", "Mondays". */

import { pad } from '../calendar';
import { monthNumber, numberValue, partOfDayCode, seasonCode, unitOf, weekdayNumber } from '../lexicon';
import { MONTH, NUMBER, PART_OF_DAY, SEASON, UNIT, WEEKDAY, wordPattern } from '../patterns';
import { durationValue } from './durations';
import type { Recogniser } from './types';

const ADVERBS: Record<string, string> = {
  hourly: 'PT1H',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  monthly: 'P1M',
  quarterly: 'P3M',
  annually: 'P1Y',
  yearly: 'P1Y',
  semiannually: 'P6M',
  'semi-annually': 'P6M',
};

export const setRecognisers: Recogniser[] = [
  {
    // "every year", "each season", "every other week", "every Monday", "every summer", "each March",
    // "every morning"
    name: 'every-unit',
    keywords: ['every', 'each'],
    pattern: wordPattern(
      `(every|each)\\s+(?:(other)\\s+)?(${UNIT}|season|${WEEKDAY}|${SEASON}|${MONTH}|${PART_OF_DAY})`,
    ),
    build(m) {
      const word = m[3];
      // "every morning", "each night": a part of every day
      const part = partOfDayCode(word);
      if (part) return { type: 'SET', meaning: { kind: 'fixed', value: `XXXX-XX-XXT${part}` } };
      const step = m[2] ? 2 : 1;
      const weekday = weekdayNumber(word);
      if (weekday && /^[A-Z]/.test(word))
        return { type: 'SET', meaning: { kind: 'fixed', value: `XXXX-WXX-${weekday}` } };
      const season = seasonCode(word);
      if (season) return { type: 'SET', meaning: { kind: 'fixed', value: `XXXX-${season}` } };
      if (word.toLowerCase() === 'season') return { type: 'SET', meaning: { kind: 'fixed', value: 'P1Y' } };
      const unit = unitOf(word);
      if (unit && !/s$/i.test(word))
        return { type: 'SET', meaning: { kind: 'fixed', value: durationValue(step, unit) } };
      const month = monthNumber(word);
      if (month && /^[A-Z]/.test(word))
        return { type: 'SET', meaning: { kind: 'fixed', value: `XXXX-${pad(month, 2)}` } };
      return null;
    },
  },
  {
    // "every three years", "every 10 minutes"
    name: 'every-n-units',
    keywords: ['every'],
    pattern: wordPattern(`every\\s+(${NUMBER})\\s+(${UNIT})`),
    build(m) {
      const n = numberValue(m[1]);
      const unit = unitOf(m[2]);
      if (n === undefined || !unit) return null;
      return { type: 'SET', meaning: { kind: 'fixed', value: durationValue(n, unit) } };
    },
  },
  {
    name: 'frequency-adverb',
    keywords: ['hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'yearly'],
    pattern: wordPattern('(hourly|daily|nightly|weekly|biweekly|monthly|yearly)'),
    build(m) {
      return { type: 'SET', meaning: { kind: 'fixed', value: ADVERBS[m[1].toLowerCase()] } };
    },
  },
  {
    // "twice a year", "three times a week", "once a month"
    name: 'times-per-unit',
    keywords: ['once', 'twice', 'thrice', 'times'],
    pattern: wordPattern(`(?:once|twice|thrice|${NUMBER}\\s+times)\\s+(?:a|an|per|each|every)\\s+(${UNIT})`),
    build(m) {
      const unit = unitOf(m[1]);
      if (!unit) return null;
      return { type: 'SET', meaning: { kind: 'fixed', value: durationValue(1, unit) } };
    },
  },
  {
    // "on Mondays", "Tuesday nights"
    name: 'plural-weekday',
    keywords: ['mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays'],
    pattern: wordPattern(
      '(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?:\\s+(nights|mornings|evenings|afternoons))?',
    ),
    build(m) {
      if (!/^[A-Z]/.test(m[1])) return null;
      const weekday = weekdayNumber(m[1].slice(0, -1));
      if (!weekday) return null;
      const part = m[2]
        ? `T${{ nights: 'NI', mornings: 'MO', evenings: 'EV', afternoons: 'AF' }[m[2].toLowerCase()]}`
        : '';
      return { type: 'SET', meaning: { kind: 'fixed', value: `XXXX-WXX-${weekday}${part}` } };
    },
  },
];
