import { describe, expect, it } from 'vitest';
import { paragraphChunks } from '../../../../main/extract/timex/chunks';

describe('paragraphChunks', () => {
  it('splits at blank lines and covers every paragraph', () => {
    const text = 'First one.\n\nSecond one.\n \nThird.';
    expect(paragraphChunks(text).map(([a, b]) => text.slice(a, b))).toEqual([
      'First one.',
      'Second one.',
      'Third.',
    ]);
  });

  it('cuts a huge paragraph at sentence ends, never inside "Oct. 23"', () => {
    const text = 'On Oct. 23 prices rose. '.repeat(3000);
    const parts = paragraphChunks(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const [a, b] of parts) {
      expect(b - a).toBeLessThanOrEqual(20_000);
      expect(text.slice(a, b)).not.toMatch(/Oct\.\s*$/);
    }
    expect(parts[0][0]).toBe(0);
    expect(parts.at(-1)?.[1]).toBe(text.length);
  });
});
