/**
 * Happenings told in a clause that hangs on a date: "tense since 2003, when the terminals were sold"
 * (the sale is in 2003, the tension runs on from it), "began work in 2020, shortly after it bought a
 * start-up" (the purchase is about then). Each gives a point at the date, read from its own clause.
 */
import { type Clause, hasFiniteVerb } from './clauses';
import { type Happening, point } from './ranges';
import type { Token } from './tokens';

export interface SecondaryHappening {
  happening: Happening;
  /** The clause the happening is told in. */
  clauseIndex: number;
  /** "served until 2009, when he resigned": the state's end gives way to what ended it. */
  replaces?: Happening;
}

const SINCE_BEFORE = /\b(?:ever\s+)?since\s+(?:the\s+)?$/i;
const UNTIL_BEFORE = /\b(?:until|till)\s+(?:the\s+)?$/i;
/** "shortly after", "soon after", "just before", "weeks after", "a few days before". */
const CLOSE_BY = new Set([
  'shortly',
  'soon',
  'just',
  'only',
  'not',
  'long',
  'days',
  'weeks',
  'months',
  'a',
  'few',
]);
const NEAR_WORDS = new Set(['after', 'before']);

const lower = (token: Token | undefined): string => token?.text.toLowerCase() ?? '';

/**
 * "The saga began in", "Tensions peaked on Nov. 3": a noun that names a story, not a happening
 * ("The walkout began on July 14, when ..." keeps its walkout), and a verb of its course.
 */
const BARE_BEGINNING =
  /^\s*(?:the\s+|this\s+|that\s+|their\s+|its\s+|his\s+|her\s+)?(?:latest\s+|whole\s+)?(?:saga|row|dispute|stand-?off|trouble|troubles|problems?|crisis|feud|affair|story|tensions?|controversy|drama|ordeal|episode|turmoil|scandal|rift|wrangle|spat|violence|unrest|fighting)\s+(?:first\s+)?(?:began|started|erupted|flared(?:\s+up)?|kicked\s+off|peaked|escalated|intensified|worsened|deepened|boiled\s+over|came\s+to\s+a\s+head|reached\s+(?:a|its)\s+(?:peak|climax|height))\s+(?:in|on|at|during)?\s*(?:the\s+)?$/iu;

const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * The clause a "when" clause starting at token `from` tells its happening in: itself, or, when a
 * relative clause interrupts it ("when the new owners, who completed their takeover in August,
 * signalled ..."), the clause that carries on after the interruption.
 */
function toldClause(tokens: readonly Token[], clauses: readonly Clause[], from: number): number {
  const starts = clauses.findIndex((clause) => clause.from === from);
  if (starts >= 0 && hasFiniteVerb(tokens, clauses[starts].from, clauses[starts].to)) return starts;
  // The splitter leaves a verbless "when the new owners," inside the clause before it.
  const index = starts >= 0 ? starts : clauses.findIndex((clause) => from > clause.from && from < clause.to);
  if (index < 0) return -1;
  for (let next = index + 1; next < clauses.length && next <= index + 2; next++) {
    const opener = lower(tokens[clauses[next].from]);
    if (RELATIVE_OPENERS.has(opener)) continue;
    return hasFiniteVerb(tokens, clauses[next].from, clauses[next].to) ? next : -1;
  }
  return -1;
}

export function secondaryHappenings(
  text: string,
  sentenceStart: number,
  tokens: readonly Token[],
  clauses: readonly Clause[],
  happenings: readonly Happening[],
): SecondaryHappening[] {
  const result: SecondaryHappening[] = [];
  for (const happening of happenings) {
    // "ran from 1902 until 1957, when it was replaced by buses": the range's end is a happening too.
    if (happening.timexes.length === 2 && happening.end) {
      const last = happening.timexes[1];
      const comma = tokens.findIndex((token) => token.start >= last.end);
      const index = clauses.findIndex((clause) => clause.from === comma + 1);
      if (
        comma >= 0 &&
        tokens[comma].text === ',' &&
        lower(tokens[comma + 1]) === 'when' &&
        index >= 0 &&
        hasFiniteVerb(tokens, clauses[index].from, clauses[index].to)
      ) {
        result.push({ happening: point(last), clauseIndex: index });
      }
      continue;
    }
    if (happening.timexes.length !== 1) continue;
    const timex = happening.timexes[0];
    const after = tokens.findIndex((token) => token.start >= timex.end);
    if (after < 0 || tokens[after].text !== ',') continue;
    const before = text.slice(Math.max(sentenceStart, timex.start - 20), timex.start);
    const since = SINCE_BEFORE.test(before) || /^(?:ever\s+)?since\b/i.test(timex.text);
    const until = UNTIL_BEFORE.test(before);
    // "The saga began in early June, when Castlegate tabled an opening bid": a story's bare beginning
    // is told by its when-clause.
    if (BARE_BEGINNING.test(text.slice(sentenceStart, timex.start)) && lower(tokens[after + 1]) === 'when') {
      const index = toldClause(tokens, clauses, after + 1);
      if (index >= 0) result.push({ happening: point(timex), clauseIndex: index, replaces: happening });
      continue;
    }
    // "since 2003, when the terminals were sold": the when-clause is what happened in 2003.
    if ((since || until) && lower(tokens[after + 1]) === 'when') {
      const index = toldClause(tokens, clauses, after + 1);
      if (index >= 0) {
        // "has not been seen in public since mid-April, when he appeared at a rally": an absence since
        // the when-clause's happening is told by that happening alone.
        const absence = since && /\b(?:not|never)\b|n['’]t\b/i.test(text.slice(sentenceStart, timex.start));
        result.push({
          happening: point(timex),
          clauseIndex: index,
          // A state that lasts into the future ("to last until Friday, when a cold front arrives") stays.
          ...((until && !happening.end) || absence ? { replaces: happening } : {}),
        });
      }
    }
  }
  // "began work on the project in 2020, shortly after it bought a start-up", "Two years ago, it opened a
  // plant, soon after it won a subsidy": the clause right after the date's own is about the same time.
  const claimed = new Set<number>();
  for (const happening of [...happenings].reverse()) {
    if (happening.timexes.length !== 1 || happening.end) continue;
    const timex = happening.timexes[0];
    const at = tokens.findIndex((token) => token.start >= timex.start);
    const own = clauses.findIndex((clause) => at >= clause.from && at < clause.to);
    const next = clauses[own + 1];
    if (own < 0 || !next || claimed.has(own + 1) || !NEAR_WORDS.has(lower(tokens[next.from]))) continue;
    let i = next.from - 1;
    while (i > clauses[own].from && i > next.from - 4 && CLOSE_BY.has(lower(tokens[i]))) i--;
    if (i === next.from - 1 || tokens[i].text !== ',') continue;
    if (!hasFiniteVerb(tokens, next.from, next.to)) continue;
    claimed.add(own + 1);
    result.push({ happening: { ...point(timex), approximate: true }, clauseIndex: own + 1 });
  }
  return result;
}
