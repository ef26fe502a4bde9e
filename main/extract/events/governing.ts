/**
 * Where a date sits in its sentence: the verb that governs it, the clause that tells its happening
 * (a relative clause describing a dated noun, a participle side phrase), and the text that carries
 * its tense and modality.
 */
import type { TimeExpression } from '../../../preload/domain';
import { type Clause, isFiniteVerb } from './clauses';
import { isDroppableAdverb, lexicon, lookupVerb } from './lexicon';
import { groupStart } from './tense';
import { joinTokens, type Token } from './tokens';

/** The finite verb that governs a date: the last one before it in its clause, else the first after. */
export function governingVerb(tokens: readonly Token[], clause: Clause, offset: number): number {
  const anchorIndex = tokens.findIndex((token) => token.start >= offset);
  const limit = anchorIndex < 0 ? clause.to : Math.min(anchorIndex, clause.to);
  let verb = -1;
  for (let i = clause.from; i < limit; i++) if (isFiniteVerb(tokens, i)) verb = i;
  if (verb >= 0) return verb;
  for (let i = limit; i < clause.to; i++) if (isFiniteVerb(tokens, i)) return i;
  return -1;
}

export function firstFiniteVerb(tokens: readonly Token[], clause: Clause): number {
  for (let i = clause.from; i < clause.to; i++) if (isFiniteVerb(tokens, i)) return i;
  return -1;
}

/** Text from the governing verb up to the date: where tense and modality are read. */
export function governingVerbContext(tokens: readonly Token[], clause: Clause, offset: number): string {
  const verb = governingVerb(tokens, clause, offset);
  if (verb < 0) return joinTokens(tokens.slice(clause.from, clause.to));
  const anchorIndex = tokens.findIndex((token) => token.start >= offset);
  const limit = anchorIndex < 0 ? clause.to : Math.min(anchorIndex, clause.to);
  const from = Math.max(clause.from, verb - 3);
  const to = Math.max(limit, Math.min(clause.to, verb + 5));
  return joinTokens(tokens.slice(from, to));
}

/**
 * "the February 2023 earthquakes that killed 50,000": a date inside a noun phrase that a relative
 * clause describes dates that clause's happening. Returns the relative clause's index.
 */
export function describedClause(
  tokens: readonly Token[],
  clauses: readonly Clause[],
  timex: TimeExpression,
): number | undefined {
  const after = tokens.findIndex((token) => token.start >= timex.end);
  if (after < 0 || !tokens[after].isWord || isFiniteVerb(tokens, after)) return undefined;
  if (lexicon.prepositions.has(tokens[after].text.toLowerCase())) return undefined;
  for (let i = after; i < Math.min(tokens.length, after + 4); i++) {
    const index = clauses.findIndex((clause) => clause.from === i && clause.kind === 'relative');
    if (index >= 0 && ['that', 'which', 'who'].includes(tokens[i].text.toLowerCase())) return index;
    if (!tokens[i].isWord) return undefined;
  }
  return undefined;
}

/**
 * "as part of a renovation expected to be completed by 2031": a date governed by a participle that
 * hangs on a noun, not by the clause's own verb, belongs to that side phrase. Returns the phrase as a
 * clause of its own (from the noun), or undefined.
 */
export function sidePhrase(tokens: readonly Token[], clause: Clause, offset: number): Clause | undefined {
  const verb = governingVerb(tokens, clause, offset);
  const first = firstFiniteVerb(tokens, clause);
  // "crossing the line to lower the mark of 2:11:03 set by Bekele in 2012": in a clause without a finite
  // verb of its own, a past participle with its agent hangs on the noun before it.
  const agentParticiple =
    verb >= 0 &&
    verb === first &&
    (clause.kind === 'participle' || clause.kind === 'side') &&
    verb > clause.from + 1 &&
    tokens[verb + 1]?.text.toLowerCase() === 'by' &&
    !lexicon.auxiliaries.has(tokens[verb - 1].text.toLowerCase());
  if (verb < 0 || first < 0 || (verb <= first && !agentParticiple)) return undefined;
  const start = groupStart(tokens, verb);
  if (!agentParticiple && (start <= first || start === groupStart(tokens, first))) return undefined;
  const kind = lookupVerb(tokens[start].text)?.kind;
  // "a renovation expected to ...", "the winner to be chosen in 2026"
  if (kind !== 'past' && kind !== 'participle' && tokens[start].text.toLowerCase() !== 'to') return undefined;
  let from = start - 1;
  const noun = tokens[from];
  const nounWord = noun?.text.toLowerCase() ?? '';
  if (!noun?.isWord || lexicon.prepositions.has(nounWord) || lexicon.determiners.has(nounWord))
    return undefined;
  if (isDroppableAdverb(nounWord)) return undefined;
  // "would rebuild damaged schools": after "would"/"to" + verb the participle describes the next noun.
  const beforeNoun = tokens[from - 1]?.text.toLowerCase() ?? '';
  if (
    lookupVerb(nounWord)?.kind === 'base' &&
    (lexicon.modals.has(beforeNoun) || beforeNoun === 'to' || lexicon.auxiliaries.has(beforeNoun))
  )
    return undefined;
  if (isFiniteVerb(tokens, from) || lexicon.auxiliaries.has(nounWord) || lexicon.modals.has(nounWord))
    return undefined;
  while (from - 1 > clause.from && from > start - 5) {
    const previous = tokens[from - 1];
    const word = previous.text.toLowerCase();
    // "the mark of 2:11:03": "of" joins two parts of one noun phrase.
    const joins = word === 'of' && from === start - 1 && from - 2 > clause.from && tokens[from - 2].isWord;
    if (!previous.isWord || (lexicon.prepositions.has(word) && !joins) || isFiniteVerb(tokens, from - 1))
      break;
    from--;
    if (lexicon.determiners.has(word)) break;
  }
  if (tokens[from].text.toLowerCase() === 'of') from++;
  return { from, to: clause.to, kind: 'side' };
}

/**
 * "met Wang Yi on Tuesday to prepare for a visit by Putin later this month": a second date in a clause,
 * right after a noun that names a happening, dates that noun. Returns the noun phrase's token range.
 */
export function eventNounPhrase(
  tokens: readonly Token[],
  clause: Clause,
  offset: number,
): { from: number; to: number } | undefined {
  const anchor = tokens.findIndex((token) => token.start >= offset);
  if (anchor < 0) return undefined;
  for (let i = anchor - 1; i >= clause.from && i >= anchor - 8; i--) {
    const word = tokens[i].text.toLowerCase();
    if (!tokens[i].isWord || isFiniteVerb(tokens, i)) return undefined;
    if (!lexicon.eventNouns.has(word)) continue;
    // "opening hours", "sale price": a noun before another noun only describes it.
    const next = tokens[i + 1];
    const nextWord = next?.text.toLowerCase() ?? '';
    if (
      i + 1 < anchor &&
      next?.isWord &&
      next.text === nextWord &&
      !lexicon.prepositions.has(nextWord) &&
      !lexicon.determiners.has(nextWord)
    )
      continue;
    let from = i;
    while (from - 1 >= clause.from && from > i - 4) {
      const previous = tokens[from - 1].text.toLowerCase();
      if (!tokens[from - 1].isWord || lexicon.prepositions.has(previous) || isFiniteVerb(tokens, from - 1))
        break;
      from--;
      if (lexicon.determiners.has(previous)) break;
    }
    return { from, to: anchor };
  }
  return undefined;
}
