/** Reading the words a pattern matched back into numbers, months, units. */
import {
  type CalendarUnit,
  MONTHS,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  PARTS_OF_DAY,
  SEASONS,
  UNITS,
  WEEKDAYS,
} from './resources/en';

function key(word: string): string {
  return word.toLowerCase().replace(/\./g, '').replace(/\s+/g, ' ').trim();
}

export function monthNumber(word: string): number | undefined {
  return MONTHS[key(word)];
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[key(word)];
}

export function seasonCode(word: string): string | undefined {
  return SEASONS[key(word)];
}

export function partOfDayCode(word: string): string | undefined {
  return PARTS_OF_DAY[key(word)];
}

export function unitOf(word: string): CalendarUnit | undefined {
  return UNITS[key(word)];
}

/** "twenty-four", "24", "1,000", "a", "two and a half" -> number; undefined when not a number. */
export function numberValue(text: string): number | undefined {
  let k = key(text);
  let half = 0;
  if (k.endsWith(' and a half')) {
    half = 0.5;
    k = k.slice(0, -' and a half'.length);
  }
  if (/^[\d,]+(\.\d+)?$/.test(k)) return Number(k.replace(/,/g, '')) + half;
  if (k in NUMBER_WORDS) return NUMBER_WORDS[k] + half;
  const scaled = /^(.+) (hundred|thousand)$/.exec(k);
  if (scaled) {
    const base = scaled[1] === 'several' || scaled[1] === 'a few' ? undefined : numberValue(scaled[1]);
    return base === undefined ? undefined : base * (scaled[2] === 'hundred' ? 100 : 1000) + half;
  }
  const parts = k.split(/[-\s]/);
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) {
    const tens = NUMBER_WORDS[parts[0]];
    const ones = NUMBER_WORDS[parts[1]];
    if (ones === 100) return tens * 100 + half;
    if (tens >= 20 && ones < 10) return tens + ones + half;
  }
  return undefined;
}

/** "third", "3rd", "twenty-first" -> 3, 3, 21; "last" -> -1. */
export function ordinalValue(text: string): number | undefined {
  const k = key(text);
  const digits = /^(\d{1,2})(st|nd|rd|th)?$/.exec(k);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS[k];
}

/** "1998", "'98", "nineteen ninety-six", "two thousand and three" -> the year. */
export function yearValue(text: string): number | undefined {
  const k = key(text);
  if (/^\d{4}$/.test(k)) return Number(k);
  if (/^'\d{2}$/.test(k)) {
    const n = Number(k.slice(1));
    return n + (n < 50 ? 2000 : 1900);
  }
  const thousand = /^two thousand(?: and)?(?: (\w+))?$/.exec(k);
  if (thousand) {
    const ones = thousand[1] ? NUMBER_WORDS[thousand[1]] : 0;
    return ones === undefined || ones > 10 ? undefined : 2000 + ones;
  }
  const spoken = /^(nineteen|eighteen) (.+)$/.exec(k);
  if (spoken) {
    const rest = numberValue(spoken[2]);
    if (rest === undefined || rest < 10 || rest > 99) return undefined;
    return (spoken[1] === 'nineteen' ? 1900 : 1800) + rest;
  }
  return undefined;
}
