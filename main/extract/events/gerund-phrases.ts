/**
 * "will be soaked in wax for four years before going on display, probably around 2013"; "fell during
 * the 1980s, before starting to rise again in the early 2000s": a date after "before"/"after" + gerund
 * dates the gerund's happening, whose subject is the clause's own. The clause is split at the gerund
 * so the title is read from it.
 */
import { type Clause, isFiniteVerb } from './clauses';
import { governingVerb } from './governing';
import { lookupVerb } from './lexicon';
import type { Token } from './tokens';

const LINKS = new Set(['before', 'after']);

/** The clauses with `clauseIndex` split at a "before/after + gerund" that governs the date, and the new index. */
export function splitAtGerund(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  clauseIndex: number,
  offset: number,
): { clauses: Clause[]; index: number } | undefined {
  const clause = clauses[clauseIndex];
  if (!clause) return undefined;
  const verb = governingVerb(tokens, clause, offset);
  const anchor = tokens.findIndex((token) => token.start >= offset);
  if (verb < 0 || anchor < 0 || anchor > clause.to || verb >= anchor) return undefined;
  let gerund = -1;
  for (let i = verb + 1; i < anchor - 1; i++) {
    if (isFiniteVerb(tokens, i)) return undefined;
    const word = tokens[i].text.toLowerCase();
    const next = tokens[i + 1].text.toLowerCase();
    if (LINKS.has(word) && lookupVerb(next)?.kind === 'gerund' && /ing$/.test(next)) gerund = i + 1;
  }
  if (gerund < 0) return undefined;
  // ", before starting to rise again": after a comma the gerund goes with the sentence's main clause,
  // whatever clause came between ("fell in the 1990s as people left, before starting to rise").
  if (clauseIndex > 0 && clause.kind !== 'main' && tokens[gerund - 2]?.text === ',') {
    return {
      clauses: [clauses[0], { from: gerund, to: clause.to, kind: 'participle' }],
      index: 1,
    };
  }
  const split: Clause[] = [
    ...clauses.slice(0, clauseIndex),
    { from: clause.from, to: gerund - 1, kind: clause.kind },
    { from: gerund, to: clause.to, kind: 'participle' },
    ...clauses.slice(clauseIndex + 1),
  ];
  return { clauses: split, index: clauseIndex + 1 };
}
