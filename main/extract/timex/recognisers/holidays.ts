/** Named days: "Christmas", "Independence Day", "Thanksgiving Day", "last Thanksgiving". */
import { alternation, wordPattern } from '../patterns';
import { FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS } from '../resources/en';
import { HOLIDAY_WORDS, type Recogniser } from './types';

const NAMES = alternation([...Object.keys(FIXED_HOLIDAYS), ...Object.keys(WEEKDAY_HOLIDAYS)]).replace(
  /'/g,
  "['’]?",
);

export const holidayRecognisers: Recogniser[] = [
  {
    name: 'holiday',
    keywords: HOLIDAY_WORDS,
    pattern: wordPattern(`(?:(last|next|this)\\s+)?(${NAMES})`),
    build(m) {
      if (!/^[A-Z]/.test(m[2])) return null;
      const key = m[2].toLowerCase().replace(/[’]/g, "'").replace(/\\s+/g, ' ');
      const normal = Object.keys(FIXED_HOLIDAYS)
        .concat(Object.keys(WEEKDAY_HOLIDAYS))
        .find((k) => k.replace(/'/g, '') === key.replace(/'/g, ''));
      if (!normal) return null;
      const word = (m[1] ?? '').toLowerCase();
      const relation =
        word === 'last' ? 'last' : word === 'next' ? 'next' : word === 'this' ? 'this' : 'tense';
      const fixed = FIXED_HOLIDAYS[normal];
      if (fixed) {
        return { type: 'DATE', meaning: { kind: 'partial', month: fixed[0], day: fixed[1], relation } };
      }
      const [month, weekday, n] = WEEKDAY_HOLIDAYS[normal];
      return { type: 'DATE', meaning: { kind: 'partial', month, nthWeekday: [weekday, n], relation } };
    },
  },
];
