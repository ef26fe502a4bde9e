/** References to the present, past and future: "now", "currently", "recently", "the future". */
import { alternation, wordPattern } from '../patterns';
import { REFERENCE_WORDS } from '../resources/en';
import { REFERENCE_FIRST_WORDS, type Recogniser } from './types';

export const referenceRecognisers: Recogniser[] = [
  {
    name: 'reference-word',
    keywords: REFERENCE_FIRST_WORDS,
    pattern: wordPattern(`(${alternation(Object.keys(REFERENCE_WORDS))})`),
    build(m, text) {
      const key = m[1].toLowerCase().replace(/\s+/g, ' ');
      const value = REFERENCE_WORDS[key];
      if (!value) return null;
      if (key === 'the past' || key === 'the present') {
        // "the past two years" is a duration found by another rule; "the past" alone is the past.
        const next = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
        if (
          /^\s+[\p{L}\d]/u.test(next) &&
          !/^\s+(?:and|or|but|is|was|to|in|of|as|when|with|for|that)\b/i.test(next)
        ) {
          return null;
        }
      }
      return { type: 'DATE', meaning: { kind: 'fixed', value } };
    },
  },
];
