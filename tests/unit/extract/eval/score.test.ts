import { describe, expect, it } from 'vitest';
import { addCounts, figures, type ScoredSpan, scoreDocument } from '../../../../main/extract/eval/score';

const span = (start: number, end: number, value = 'V', type = 'DATE'): ScoredSpan => ({
  start,
  end,
  text: `${start}-${end}`,
  type,
  value,
});

describe('TempEval-3 scoring', () => {
  it('counts identical extents as strict and overlapping ones as relaxed matches', () => {
    const gold = [span(0, 10), span(20, 30), span(40, 50)];
    const system = [span(0, 10), span(22, 35), span(60, 70)];
    const { counts, errors } = scoreDocument(gold, system);
    const f = figures(counts);
    expect(f.strict.precision).toBeCloseTo(1 / 3);
    expect(f.strict.recall).toBeCloseTo(1 / 3);
    expect(f.relaxed.precision).toBeCloseTo(2 / 3);
    expect(f.relaxed.recall).toBeCloseTo(2 / 3);
    expect(errors.missed.map((g) => g.start)).toEqual([40]);
    expect(errors.spurious.map((s) => s.start)).toEqual([60]);
    expect(errors.extent).toHaveLength(1);
  });

  it('scores value and type over relaxed matches, times relaxed F1', () => {
    const gold = [span(0, 10, '1998'), span(20, 30, 'P1D', 'DURATION')];
    const system = [span(0, 10, '1998'), span(20, 30, 'P2D', 'DATE'), span(40, 45)];
    const f = figures(scoreDocument(gold, system).counts);
    expect(f.value.accuracy).toBeCloseTo(0.5);
    expect(f.type.accuracy).toBeCloseTo(0.5);
    expect(f.value.f1).toBeCloseTo(0.5 * f.relaxed.f1);
  });

  it('micro-averages: counts add up over documents', () => {
    const a = scoreDocument([span(0, 5)], [span(0, 5)]).counts;
    const b = scoreDocument([span(0, 5), span(10, 15)], []).counts;
    const f = figures(addCounts(a, b));
    expect(f.relaxed.recall).toBeCloseTo(1 / 3);
    expect(f.relaxed.precision).toBe(1);
  });

  it('scores zero, not NaN, on empty input', () => {
    const f = figures(scoreDocument([], []).counts);
    expect(f.relaxed.f1).toBe(0);
  });
});
