import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, quotedMask, splitSentences } from '../../../../main/extract/events/sentences';

const texts = (text: string): string[] => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('splits at full stops followed by a capital, keeping offsets into the article', () => {
    const text = 'The council met on Friday. It approved the budget!  Was it enough? Nobody knows.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'The council met on Friday.',
      'It approved the budget!',
      'Was it enough?',
      'Nobody knows.',
    ]);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not split after titles, month abbreviations before a day, or initials', () => {
    expect(texts('Mr. Alvarez arrived on Jan. 5 with Dr. Chen. They left on Feb. 2.')).toEqual([
      'Mr. Alvarez arrived on Jan. 5 with Dr. Chen.',
      'They left on Feb. 2.',
    ]);
    expect(texts('The novel by J. R. Hartley sold well.')).toEqual(['The novel by J. R. Hartley sold well.']);
  });

  it('keeps "U.S." inside a sentence but ends one when a new sentence clearly starts', () => {
    expect(texts('U.S. officials met E.U. envoys in Geneva.')).toEqual([
      'U.S. officials met E.U. envoys in Geneva.',
    ]);
    expect(texts('Prices fell in the U.S. The drop was small.')).toEqual([
      'Prices fell in the U.S.',
      'The drop was small.',
    ]);
  });

  it('keeps a closing quote with its sentence and does not split before "he said"', () => {
    expect(texts('“We are ready,” she said. “Are you?” he asked. Then they left.')).toEqual([
      '“We are ready,” she said.',
      '“Are you?” he asked.',
      'Then they left.',
    ]);
    expect(texts('He said: "It is over." Then he went home.')).toEqual([
      'He said: "It is over."',
      'Then he went home.',
    ]);
  });

  it('breaks at paragraphs and at a headline line without punctuation', () => {
    expect(texts('Storm closes ports\n\nThe storm hit on Sunday.\nIt moved north')).toEqual([
      'Storm closes ports',
      'The storm hit on Sunday.',
      'It moved north',
    ]);
  });

  it('joins lines of hard-wrapped prose', () => {
    const wrapped =
      'The ministry said the new rail line between the two cities\nwould open in stages, with the first section carrying\npassengers from the spring of next year onwards.';
    expect(texts(wrapped)).toHaveLength(1);
  });

  it('does not split decimals or times', () => {
    expect(texts('Growth was 3.5 percent at 6.30 p.m. on the day.')).toHaveLength(1);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n\n  ')).toEqual([]);
  });
});

describe('quotedMask', () => {
  it('marks the inside of curly and straight quotes', () => {
    const text = 'He said “yes” and "no".';
    const mask = quotedMask(text);
    expect(mask[text.indexOf('yes')]).toBe(1);
    expect(mask[text.indexOf('no"')]).toBe(1);
    expect(mask[text.indexOf('and')]).toBe(0);
  });

  it('closes an unterminated quote at the end of its paragraph', () => {
    const text = '“It opens a quote\n\nNew paragraph.';
    expect(quotedMask(text)[text.indexOf('New')]).toBe(0);
  });
});

describe('bounded work', () => {
  it('cuts a run-on "sentence" into pieces no longer than the limit, at clause marks', () => {
    const text = `${'The council met, '.repeat(200)}and adjourned.`;
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const sentence of sentences) {
      expect(sentence.end - sentence.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});

describe('Windows line ends', () => {
  it('breaks paragraphs separated by CRLF blank lines', () => {
    expect(texts('Storm closes ports\r\n\r\nThe storm hit on Sunday.')).toEqual([
      'Storm closes ports',
      'The storm hit on Sunday.',
    ]);
  });
});
