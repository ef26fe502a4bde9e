/**
 * TempEval-3 scoring of time expressions: relaxed match = overlapping extents, strict = identical
 * extents; value and type accuracy over relaxed matches, their F1 = accuracy x relaxed F1. Counts are
 * summed over documents (micro-average).
 */

export interface ScoredSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface DocumentErrors {
  missed: ScoredSpan[];
  spurious: ScoredSpan[];
  /** Matched with a different extent: [gold, ours]. */
  extent: [ScoredSpan, ScoredSpan][];
  /** Matched with a different value: [gold, ours]. */
  value: [ScoredSpan, ScoredSpan][];
  /** Matched with a different type: [gold, ours]. */
  type: [ScoredSpan, ScoredSpan][];
}

export interface Counts {
  gold: number;
  system: number;
  /** Relaxed: system spans that overlap a gold span, gold spans overlapped by a system span. */
  relaxedSystem: number;
  relaxedGold: number;
  strict: number;
  /** Aligned pairs (one gold with one system span) and how many of them agree on value and type. */
  pairs: number;
  valueCorrect: number;
  typeCorrect: number;
}

export interface Figures {
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  value: { accuracy: number; f1: number };
  type: { accuracy: number; f1: number };
  counts: Counts;
}

function overlaps(a: ScoredSpan, b: ScoredSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

function overlapLength(a: ScoredSpan, b: ScoredSpan): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function emptyCounts(): Counts {
  return {
    gold: 0,
    system: 0,
    relaxedSystem: 0,
    relaxedGold: 0,
    strict: 0,
    pairs: 0,
    valueCorrect: 0,
    typeCorrect: 0,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    relaxedSystem: a.relaxedSystem + b.relaxedSystem,
    relaxedGold: a.relaxedGold + b.relaxedGold,
    strict: a.strict + b.strict,
    pairs: a.pairs + b.pairs,
    valueCorrect: a.valueCorrect + b.valueCorrect,
    typeCorrect: a.typeCorrect + b.typeCorrect,
  };
}

/** Scores one document; each gold span is aligned with the system span it overlaps most. */
export function scoreDocument(
  gold: readonly ScoredSpan[],
  system: readonly ScoredSpan[],
): { counts: Counts; errors: DocumentErrors } {
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.system = system.length;
  const errors: DocumentErrors = { missed: [], spurious: [], extent: [], value: [], type: [] };
  const used = new Set<number>();
  for (const g of gold) {
    // Prefer the identical span, else the unused system span with the largest overlap.
    let best = -1;
    let bestOverlap = 0;
    system.forEach((s, i) => {
      if (used.has(i)) return;
      const o = s.start === g.start && s.end === g.end ? Number.POSITIVE_INFINITY : overlapLength(g, s);
      if (o > bestOverlap) {
        best = i;
        bestOverlap = o;
      }
    });
    if (system.some((s) => overlaps(g, s))) counts.relaxedGold++;
    else errors.missed.push(g);
    if (system.some((s) => s.start === g.start && s.end === g.end)) counts.strict++;
    if (best < 0) continue;
    used.add(best);
    const s = system[best];
    counts.pairs++;
    if (s.start !== g.start || s.end !== g.end) errors.extent.push([g, s]);
    if (s.value === g.value) counts.valueCorrect++;
    else errors.value.push([g, s]);
    if (s.type === g.type) counts.typeCorrect++;
    else errors.type.push([g, s]);
  }
  for (const s of system) {
    if (gold.some((g) => overlaps(g, s))) counts.relaxedSystem++;
    else errors.spurious.push(s);
  }
  return { counts, errors };
}

function prf(correctSystem: number, system: number, correctGold: number, gold: number) {
  const precision = system ? correctSystem / system : 0;
  const recall = gold ? correctGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function figures(counts: Counts): Figures {
  const relaxed = prf(counts.relaxedSystem, counts.system, counts.relaxedGold, counts.gold);
  const strict = prf(counts.strict, counts.system, counts.strict, counts.gold);
  const valueAccuracy = counts.pairs ? counts.valueCorrect / counts.pairs : 0;
  const typeAccuracy = counts.pairs ? counts.typeCorrect / counts.pairs : 0;
  return {
    strict,
    relaxed,
    value: { accuracy: valueAccuracy, f1: valueAccuracy * relaxed.f1 },
    type: { accuracy: typeAccuracy, f1: typeAccuracy * relaxed.f1 },
    counts,
  };
}
