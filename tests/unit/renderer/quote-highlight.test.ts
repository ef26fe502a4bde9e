import { describe, expect, it } from 'vitest';
import { highlightQuote } from '../../../renderer/src/panels/quote-highlight';

describe('time expressions highlighted in the quote', () => {
  const quote = 'Engineers closed the bridge on 3 July 2023 when cracks were found.';
  const sourceStart = 120;
  const timex = (text: string) => {
    const start = sourceStart + quote.indexOf(text);
    return { start, end: start + text.length, text, value: '2023-07-03' };
  };

  it('marks the expression at its offset relative to the sentence', () => {
    expect(highlightQuote(quote, sourceStart, [timex('3 July 2023')])).toEqual([
      { text: 'Engineers closed the bridge on ' },
      { text: '3 July 2023', timex: '2023-07-03' },
      { text: ' when cracks were found.' },
    ]);
  });

  it('keeps the whole sentence as text, with nothing lost, whatever the offsets', () => {
    const odd = [
      { start: 0, end: 5, text: 'x', value: 'A' },
      { start: sourceStart + 200, end: sourceStart + 210, text: 'y', value: 'B' },
      timex('bridge'),
      timex('bridge on'),
    ];
    const parts = highlightQuote(quote, sourceStart, odd);
    expect(parts.map((p) => p.text).join('')).toBe(quote);
    expect(parts.filter((p) => p.timex).map((p) => p.text)).toEqual(['bridge']);
    expect(highlightQuote(quote, undefined, odd)).toEqual([{ text: quote }]);
  });
});
