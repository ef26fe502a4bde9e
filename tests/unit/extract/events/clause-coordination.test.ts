import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../../main/extract/events/clauses';
import { tokenize } from '../../../../main/extract/events/tokens';

const clauseTexts = (text: string): string[] => {
  const tokens = tokenize(text);
  return splitClauses(tokens).map((clause) =>
    tokens
      .slice(clause.from, clause.to)
      .map((token) => token.text)
      .join(' '),
  );
};

describe('", and" + a long subject + verb starts a new clause', () => {
  it('"…, and the vote for the new board takes place in May"', () => {
    const clauses = clauseTexts(
      'The firm will list its shares in April, and the vote for the new board takes place in May.',
    );
    expect(clauses.at(-1)).toMatch(/^and the vote for the new board takes place in May/);
  });

  it('"in May" is a month, not the modal "may"', () => {
    expect(clauseTexts('The tour visits Paris, Rome, and the port of Marseille in May.')).toHaveLength(1);
  });

  it('a list after ", and" without a verb stays in its clause', () => {
    const clauses = clauseTexts('The tour visits Paris, Rome, and the old harbour city of Marseille in May.');
    expect(clauses).toHaveLength(1);
  });
});
