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

/** Verbs of hinting report a guess the way "said" reports a statement ("he hinted that he might stay"). */
const HINTING = new Set(['hinted', 'hints', 'hint']);

const isSpeech = (token: Token | undefined): boolean =>
  lexicon.speechVerbs.has(token?.text.toLowerCase() ?? '') || HINTING.has(token?.text.toLowerCase() ?? '');

/** Verbs that report rather than happen, when they close a sentence ("..., officials said"). */
const REPORTING = new Set([
  'said',
  'says',
  'told',
  'tells',
  'announced',
  'announces',
  'reported',
  'reports',
  'stated',
  'states',
  'added',
  'adds',
  'wrote',
  'writes',
  'confirmed',
  'confirms',
  'showed',
  'shows',
  'noted',
  'notes',
  'explained',
  'declared',
  'claimed',
  'claims',
  'insisted',
  'insists',
  'read',
  'reads',
]);

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
  // ", the Kremlin said (on Monday)," after the content, at the end or between commas.
  tokens.forEach((token, comma) => {
    if (token.text !== ',' || comma === 0) return;
    const next = tokens.findIndex((other, index) => index > comma && other.text === ',');
    const end = next < 0 ? tokens.length : next;
    const segment = tokens.slice(comma + 1, end);
    const words = segment.filter((other) => other.isWord);
    const first = words[0]?.text.toLowerCase() ?? '';
    if (words.length === 0 || words.length > 10 || lexicon.clauseBreakers.has(first) || first.endsWith('ing'))
      return;
    const verb = segment.findIndex((_, index) => isFiniteVerb(segment, index));
    // ", said the line would open in 2029": the segment carries its own report, not just who said it.
    const reportFollows = segment.some((_, index) => index > verb && isFiniteVerb(segment, index));
    if (verb >= 0 && REPORTING.has(segment[verb].text.toLowerCase()) && verb <= 6 && !reportFollows) {
      ranges.push({ from: comma, to: end, reports: 0 });
    }
  });
  return ranges;
}
