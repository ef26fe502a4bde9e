/** Picks non-overlapping expressions: the longest span wins, then the earliest, then rule order. */
import type { Candidate } from './meaning';

export function selectLongest(candidates: Candidate[], ruleOrder: Map<string, number>): Candidate[] {
  if (candidates.length === 0) return [];
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0),
  );
  // One flag per character covered by a chosen span: overlap tests cost the span's length, so the
  // whole selection stays linear in the text even for megabytes of expressions.
  let from = Number.POSITIVE_INFINITY;
  let to = 0;
  for (const c of candidates) {
    from = Math.min(from, c.start);
    to = Math.max(to, c.end);
  }
  const taken = new Uint8Array(to - from);
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    let free = true;
    for (let i = c.start - from; i < c.end - from; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start - from, c.end - from);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
