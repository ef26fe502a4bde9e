import { describe, expect, it } from 'vitest';
import { isFiniteVerb, splitClauses } from '../../../../main/extract/events/clauses';
import { joinTokens, tokenize } from '../../../../main/extract/events/tokens';

function clauses(text: string): string[] {
  const tokens = tokenize(text);
  return splitClauses(tokens).map((clause) => joinTokens(tokens.slice(clause.from, clause.to)));
}

describe('splitClauses', () => {
  it('keeps a fronted time adverbial with its clause', () => {
    expect(clauses('Last year, the port handled more cargo.')).toEqual([
      'Last year, the port handled more cargo.',
    ]);
  });

  it('breaks at relative words, "that" complements and "and" + verb', () => {
    expect(clauses('The mayor said that the road, which opened in May, was safe.')).toEqual([
      'The mayor said',
      'that the road,',
      'which opened in May,',
      'was safe.',
    ]);
    expect(clauses('Officials said that the dam would hold.')).toEqual([
      'Officials said',
      'that the dam would hold.',
    ]);
    expect(clauses('The plant opened in 1990 and closed in 2012.')).toEqual([
      'The plant opened in 1990',
      'and closed in 2012.',
    ]);
  });

  it('after a comma a "when" clause may have a long subject', () => {
    expect(
      clauses(
        'The standoff is the worst since June, when a dispute over logging permits in the northern Amazon led to a strike.',
      ),
    ).toEqual([
      'The standoff is the worst since June,',
      'when a dispute over logging permits in the northern Amazon led to a strike.',
    ]);
  });

  it('does not break a list of nouns joined by "and"', () => {
    expect(clauses('Trade, tourism, and energy grew in 2023.')).toHaveLength(1);
  });
});

describe('isFiniteVerb', () => {
  it('tells verbs from nouns by their neighbours', () => {
    const tokens = tokenize('The planned talks ended after the call.');
    const finite = tokens.filter((_, index) => isFiniteVerb(tokens, index)).map((token) => token.text);
    expect(finite).toEqual(['ended']);
  });

  it('a preposition and a describing word make the "-s" word a plural noun: "in dawn raids"', () => {
    const finite = (text: string) => {
      const tokens = tokenize(text);
      return tokens.filter((_, index) => isFiniteVerb(tokens, index)).map((token) => token.text);
    };
    expect(finite('Detectives arrested three men in dawn raids on Monday.')).toEqual(['arrested']);
    expect(finite('The rise in turn raises prices.')).toEqual(['raises']);
  });

  it('"a quarter-point cut", "a sharp cut": after "a" and a describing word, a noun', () => {
    const tokens = tokenize('The bank made a sharp cut last month.');
    expect(tokens.filter((_, index) => isFiniteVerb(tokens, index)).map((token) => token.text)).toEqual([
      'made',
    ]);
  });

  it('"their only televised debate": a participle after a determiner and an adverb is an adjective', () => {
    const finite = (text: string) => {
      const tokens = tokenize(text);
      return tokens.filter((_, index) => isFiniteVerb(tokens, index)).map((token) => token.text);
    };
    expect(finite('The candidates will meet in their only televised debate on Tuesday.')).toEqual(['will']);
    expect(finite('The family fled to Scotland in 1940.')).toEqual(['fled']);
  });

  it('accepts an unknown regular past after a noun', () => {
    const tokens = tokenize('The storm flattened the crops.');
    expect(isFiniteVerb(tokens, 2)).toBe(true);
  });
});
