import { describe, expect, it } from 'vitest';
import { isApproximate, isPlanned } from '../../../../main/extract/events/flags';
import { buildHappenings } from '../../../../main/extract/events/ranges';
import { type TimexSpec, tag, year } from './timex-fixture';

function happening(text: string, spec: TimexSpec) {
  return buildHappenings(text, { start: 0, end: text.length }, tag(text, [spec]), '2024-02-01')[0];
}

describe('isApproximate', () => {
  it.each([
    ['The village was abandoned around 1700.', '1700'],
    ['The fleet should be ready by the end of 2027.', '2027'],
    ['The temple dates to roughly 900.', '900'],
    ['The companies may merge at some point in 2025.', '2025'],
  ])('"%s" is approximate', (text, phrase) => {
    expect(isApproximate(text, 0, happening(text, year(phrase, phrase.padStart(4, '0'))))).toBe(true);
  });

  it('an exact date is not', () => {
    const text = 'The treaty was signed in 1648.';
    expect(isApproximate(text, 0, happening(text, year('1648', '1648')))).toBe(false);
  });
});

describe('isPlanned', () => {
  const thisYear = (text: string) => happening(text, year('2024', '2024'));

  it('a future marker makes a date that is not over yet planned', () => {
    expect(isPlanned(thisYear('They will vote in 2024.'), 'They will vote in', '2024-02-01')).toBe(true);
    expect(
      isPlanned(thisYear('It is expected to open in 2024.'), 'It is expected to open in', '2024-02-01'),
    ).toBe(true);
  });

  it('a past verb is not planned, and a date wholly in the past never is', () => {
    expect(isPlanned(thisYear('They voted in 2024.'), 'They voted in', '2024-02-01')).toBe(false);
    const old = happening('He would win in 2019.', year('2019', '2019'));
    expect(isPlanned(old, 'He would win in', '2024-02-01')).toBe(false);
  });

  it('a date after publication is planned whatever the verb', () => {
    const later = happening('Elections in 2026.', year('2026', '2026'));
    expect(isPlanned(later, 'Elections in', '2024-02-01')).toBe(true);
  });
});
