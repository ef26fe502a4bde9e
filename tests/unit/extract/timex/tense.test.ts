import { describe, expect, it } from 'vitest';
import { clauseTense } from '../../../../main/extract/timex/tense';

function tenseOf(sentence: string, word: string) {
  const start = sentence.indexOf(word);
  return clauseTense(sentence, start, start + word.length);
}

describe('clauseTense', () => {
  it('reads a future clause', () => {
    expect(tenseOf('The minister will travel to Paris on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The deal is scheduled to close Monday.', 'Monday')).toBe('future');
  });

  it('reads a past clause', () => {
    expect(tenseOf('Police arrested him on Friday.', 'Friday')).toBe('past');
    expect(tenseOf('He said Friday that talks had stalled.', 'Friday')).toBe('past');
  });

  it('does not look into the next sentence', () => {
    expect(tenseOf('Markets open on Friday. Yesterday they were closed.', 'Friday')).toBe('present');
  });
});

describe('clauseTense with verb groups and abbreviations', () => {
  it('reads "will be named" as future although "named" ends in -ed', () => {
    expect(tenseOf('Collins will be named commander for a mission in December.', 'December')).toBe('future');
  });

  it('does not end the sentence at an abbreviation such as "Oct."', () => {
    expect(tenseOf('The index fell on Oct. 13 and again Friday.', 'Friday')).toBe('past');
  });
});
