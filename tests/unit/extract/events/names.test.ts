import { describe, expect, it } from 'vitest';
import { shortenNames } from '../../../../main/extract/events/names';
import { joinTokens, tokenize } from '../../../../main/extract/events/tokens';

const shorten = (text: string): string => joinTokens(shortenNames(tokenize(text)).tokens);

describe('shortenNames', () => {
  it('keeps the surname after a role, with its modifiers dropped', () => {
    expect(shorten('Brazilian Foreign Minister Carla Mendes met Chancellor Olaf Berger')).toBe(
      'Mendes met Berger',
    );
    expect(shorten('the former prime minister Jan Novak')).toBe('Novak');
    expect(shorten('Secretary of State Dana Price')).toBe('Price');
  });

  it('keeps regnal numbers with the name', () => {
    expect(shorten('King Louis XIV')).toBe('Louis XIV');
  });

  it('leaves names without a role whole', () => {
    expect(shorten('the Bank of England and New York')).toBe('the Bank of England and New York');
  });

  it('reports the first person it shortened', () => {
    expect(shortenNames(tokenize('Mayor Lena Holt thanked Governor Abe Ruiz')).person).toBe('Holt');
  });
});
