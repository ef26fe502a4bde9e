/**
 * Attributions inside a sentence: who said it, not what happened. A date there ("X said on Monday
 * that ...", "..., the office announced on Wednesday") dates the reported content at most: it makes no
 * event of its own when the content carries its own date.
 */
import type { Clause } from './clauses';
import { isFiniteVerb } from './clauses';
import { lexicon } from './lexicon';
import type { Token } from './tokens';

export interface TokenRange {
  from: number;
  to: number;
  /** For a reporting clause, the index of the clause it reports (its "that" complement). */
  reports?: number;
}

const isSpeech = (token: Token | undefined): boolean =>
  lexicon.speechVerbs.has(token?.text.toLowerCase() ?? '');

export function attributionRanges(tokens: readonly Token[], clauses: readonly Clause[]): TokenRange[] {
  const ranges: TokenRange[] = [];
  clauses.forEach((clause, index) => {
    const next = clauses[index + 1];
    if (next?.kind !== 'complement') return;
    for (let i = clause.from; i < clause.to; i++) {
      if (!isFiniteVerb(tokens, i) && !isSpeech(tokens[i])) continue;
      if (isSpeech(tokens[i]) || ['expects', 'expected', 'believes', 'believed'].includes(tokens[i].text)) {
        ranges.push({ from: clause.from, to: clause.to, reports: index + 1 });
      }
      break;
    }
  });
  if (tokens[0]?.text.toLowerCase() === 'according' && tokens[1]?.text.toLowerCase() === 'to') {
    const comma = tokens.findIndex((token) => token.text === ',');
    if (comma > 0) ranges.push({ from: 0, to: comma + 1 });
  }
  const lastComma = tokens.map((token) => token.text).lastIndexOf(',');
  if (lastComma > 0) {
    const tail = tokens.slice(lastComma + 1).filter((token) => token.isWord);
    if (tail.length > 0 && tail.length <= 10 && tail.some((token) => isSpeech(token))) {
      // What a trailing attribution reports is the sentence's main clause.
      ranges.push({ from: lastComma, to: tokens.length, reports: 0 });
    }
  }
  return ranges;
}
