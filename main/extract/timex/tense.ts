/**
 * The tense of the clause around an expression, to tell the coming Monday from the last one. A
 * cheap reading: look for future markers ("will", "next", "plans to") and past markers ("said",
 * "-ed" verbs) in the same sentence, nearest first.
 */
import { FUTURE_MARKERS, PAST_MARKERS } from './resources/en';

export type Tense = 'past' | 'future' | 'present';

const FUTURE = new RegExp(
  `(?<![\\p{L}])(?:${FUTURE_MARKERS.map((w) => w.replace(/'/g, "'").replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`,
  'giu',
);
// An "-ed" word followed by "to" or "for" is usually a passive of intent ("scheduled to", "expected to").
const PAST = new RegExp(
  `(?<![\\p{L}])(?:${PAST_MARKERS.join('|')}|[a-z]{3,}ed(?!\\s+(?:to|for)\\b))(?![\\p{L}])`,
  'giu',
);

function clauseAround(text: string, start: number, end: number): { left: string; right: string } {
  const from = Math.max(0, start - 120);
  let left = text.slice(from, start);
  const cut = Math.max(left.lastIndexOf('. '), left.lastIndexOf('\n'), left.lastIndexOf('; '));
  if (cut >= 0) left = left.slice(cut + 1);
  let right = text.slice(end, end + 120);
  const stop = right.search(/[.;\n](?:\s|$)/);
  if (stop >= 0) right = right.slice(0, stop);
  return { left, right };
}

/** Distance from the expression to the nearest marker on its left, then (if none) on its right. */
function nearestLeft(re: RegExp, left: string): number {
  let best = Number.POSITIVE_INFINITY;
  re.lastIndex = 0;
  for (let m = re.exec(left); m; m = re.exec(left)) best = Math.min(best, left.length - m.index);
  return best;
}

function nearestRight(re: RegExp, right: string): number {
  re.lastIndex = 0;
  const r = re.exec(right);
  return r ? r.index + 1 : Number.POSITIVE_INFINITY;
}

/**
 * The verb that governs a time adverbial usually comes before it ("will travel on Friday", "was
 * arrested Friday"), so the left side of the sentence decides; the right side only when the
 * adverbial opens the sentence ("On Friday, police arrested ...").
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  const { left, right } = clauseAround(text, start, end);
  const futureLeft = nearestLeft(FUTURE, left);
  const pastLeft = nearestLeft(PAST, left);
  // A word that is both ("planned", "scheduled") counts as future: it names an intention.
  if (futureLeft !== Number.POSITIVE_INFINITY || pastLeft !== Number.POSITIVE_INFINITY) {
    return futureLeft <= pastLeft ? 'future' : 'past';
  }
  const futureRight = nearestRight(FUTURE, right);
  const pastRight = nearestRight(PAST, right);
  if (futureRight === Number.POSITIVE_INFINITY && pastRight === Number.POSITIVE_INFINITY) return 'present';
  return futureRight <= pastRight ? 'future' : 'past';
}
