/** Picks non-overlapping expressions: the longest span wins, then the earliest, then rule order. */
import type { Candidate } from './meaning';

export function selectLongest(candidates: Candidate[], ruleOrder: Map<string, number>): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0),
  );
  const chosen: Candidate[] = [];
  // Chosen spans kept sorted by start for a binary-search overlap test.
  const starts: number[] = [];
  for (const c of ranked) {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < c.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = chosen[lo - 1];
    const next = chosen[lo];
    if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
    chosen.splice(lo, 0, c);
    starts.splice(lo, 0, c.start);
  }
  return chosen;
}
