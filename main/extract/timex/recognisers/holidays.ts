/**
 * Named days: "Christmas", "Independence Day", "Thanksgiving Day", "last Easter", "Election Day".
 * Fixed dates, n-th weekdays of a month, and the feasts that move with Easter.
 */
import { alternation, wordPattern } from '../patterns';
import { EASTER_HOLIDAYS, FIXED_HOLIDAYS, SHIFTED_WEEKDAY_HOLIDAYS, WEEKDAY_HOLIDAYS } from '../resources/en';
import { HOLIDAY_WORDS, type Recogniser } from './types';

const ALL_NAMES = [
  ...Object.keys(FIXED_HOLIDAYS),
  ...Object.keys(WEEKDAY_HOLIDAYS),
  ...Object.keys(EASTER_HOLIDAYS),
  ...Object.keys(SHIFTED_WEEKDAY_HOLIDAYS),
];
const NAMES = alternation(ALL_NAMES).replace(/'/g, "['’]?");

/** Nouns a holiday names: "the Ash Wednesday storm", "the Good Friday Agreement". */
const NAMED_AFTER_HOLIDAY =
  /^\s+(?:storm|storms|agreement|accord|rising|uprising|offensive|massacre|tsunami|earthquake|fire|floods?|bombings?|attacks?|treaty|deal|blizzard|gale|tornado|outbreak)\b/i;

export const holidayRecognisers: Recogniser[] = [
  {
    name: 'holiday',
    keywords: HOLIDAY_WORDS,
    pattern: wordPattern(`(?:(last|next|this)\\s+)?(${NAMES})`),
    build(m, text) {
      if (!/^[A-Z]/.test(m[2])) return null;
      // "the Ash Wednesday storm", "the Good Friday Agreement", "the Easter Rising": a name, not a day.
      if (
        !m[1] &&
        /\bthe\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index)) &&
        NAMED_AFTER_HOLIDAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))
      )
        return null;
      const bare = (name: string) => name.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');
      const key = bare(m[2]);
      const name = ALL_NAMES.find((k) => bare(k) === key);
      if (!name) return null;
      const word = (m[1] ?? '').toLowerCase();
      const relation =
        word === 'last' ? 'last' : word === 'next' ? 'next' : word === 'this' ? 'this' : 'tense';
      const fixed = FIXED_HOLIDAYS[name];
      if (fixed)
        return { type: 'DATE', meaning: { kind: 'partial', month: fixed[0], day: fixed[1], relation } };
      if (name in EASTER_HOLIDAYS) {
        return { type: 'DATE', meaning: { kind: 'partial', easterOffset: EASTER_HOLIDAYS[name], relation } };
      }
      const shifted = SHIFTED_WEEKDAY_HOLIDAYS[name];
      if (shifted) {
        const [month, weekday, n, dayOffset] = shifted;
        return {
          type: 'DATE',
          meaning: { kind: 'partial', month, nthWeekday: [weekday, n], dayOffset, relation },
        };
      }
      const [month, weekday, n] = WEEKDAY_HOLIDAYS[name];
      return { type: 'DATE', meaning: { kind: 'partial', month, nthWeekday: [weekday, n], relation } };
    },
  },
];
