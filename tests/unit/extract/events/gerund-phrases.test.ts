import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../../main/extract/events/clauses';
import { splitAtGerund } from '../../../../main/extract/events/gerund-phrases';
import { tokenize } from '../../../../main/extract/events/tokens';
import { asToken, headlineVerb } from '../../../../main/extract/events/verb-groups';

function split(text: string, date: string): string[] | undefined {
  const tokens = tokenize(text);
  const clauses = splitClauses(tokens);
  const offset = text.indexOf(date);
  const index = clauses.findIndex((clause) => {
    const at = tokens.findIndex((token) => token.start >= offset);
    return at >= clause.from && at < clause.to;
  });
  const result = splitAtGerund(tokens, clauses, index, offset);
  if (!result) return undefined;
  const told = result.clauses[result.index];
  const before = result.clauses[result.index - 1];
  return [before, told].map((clause) =>
    tokens
      .slice(clause.from, clause.to)
      .map((token) => token.text)
      .join(' '),
  );
}

describe('a date after "before"/"after" + gerund', () => {
  it('splits the clause at the gerund', () => {
    const parts = split(
      'The statue will be cleaned in a workshop for two years before going on show at the town hall, probably around 2026.',
      'around 2026',
    );
    expect(parts?.[1]).toMatch(/^going on show/);
    expect(parts?.[0]).toMatch(/^The statue will be cleaned/);
  });

  it('after a comma, pairs the gerund with the main clause across a subordinate clause', () => {
    const parts = split(
      'The population shrank in the 1970s as workers moved away, before starting to grow again in the late 1990s.',
      'the late 1990s',
    );
    expect(parts?.[0]).toMatch(/^The population shrank/);
    expect(parts?.[1]).toMatch(/^starting to grow/);
  });

  it('leaves a date that the finite verb governs alone', () => {
    expect(split('The museum reopened in 2019 after closing for repairs.', '2019')).toBeUndefined();
  });
});

describe('"going" alone is the verb', () => {
  it('headlines "going" as "goes", but "going to" stays a chain', () => {
    expect(headlineVerb([asToken('going')], false).map((token) => token.text)).toEqual(['goes']);
    expect(
      headlineVerb([asToken('is'), asToken('going'), asToken('to'), asToken('open')], false).map(
        (token) => token.text,
      ),
    ).toEqual(['to', 'open']);
  });
});
