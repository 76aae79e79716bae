import { describe, expect, it } from 'vitest';
import { createMultinomialSampler, multinomialBootstrap } from '../../src/stats/bootstrap.js';
import { quantileSorted } from '../../src/stats/quantile.js';
import { scoresFromConfusion } from '../support/dense-f1.js';
import { expectQuantileOfDraws, readFixture } from './reference.js';

interface BootstrapCase {
  label: string;
  classes: number;
  n: number;
  /** Rows per (expected, baseline prediction, candidate prediction), index (e·K + b)·K + c. */
  cells: number[];
  referenceResamples: number;
  confidence: number;
  statistics: Array<{ name: string; low: number; high: number }>;
}

/** Macro/micro/weighted F1 delta and per-class F1 deltas of one resample of the cells. */
function f1DeltasFromCells(classes: number): (cells: Float64Array) => number[] {
  const labels = Array.from({ length: classes }, (_, k) => String(k));
  const before = Array.from({ length: classes }, () => new Float64Array(classes));
  const after = Array.from({ length: classes }, () => new Float64Array(classes));
  return (cells) => {
    for (const row of [...before, ...after]) row.fill(0);
    for (let e = 0; e < classes; e++) {
      for (let b = 0; b < classes; b++) {
        for (let c = 0; c < classes; c++) {
          const rows = cells[(e * classes + b) * classes + c] as number;
          (before[e] as Float64Array)[b] = ((before[e] as Float64Array)[b] as number) + rows;
          (after[e] as Float64Array)[c] = ((after[e] as Float64Array)[c] as number) + rows;
        }
      }
    }
    const baseline = scoresFromConfusion(labels, before);
    const candidate = scoresFromConfusion(labels, after);
    return [
      candidate.macroF1 - baseline.macroF1,
      candidate.microF1 - baseline.microF1,
      candidate.weightedF1 - baseline.weightedF1,
      ...labels.map((label) => (candidate.perClass[label]?.f1 ?? 0) - (baseline.perClass[label]?.f1 ?? 0)),
    ];
  };
}

const RESAMPLES = 10_000;
const cases = readFixture<BootstrapCase>('bootstrap.json');

describe('multinomialBootstrap', () => {
  it.each(cases)('$label: F1 delta intervals match numpy row resampling up to Monte-Carlo error', (reference) => {
    const statistic = f1DeltasFromCells(reference.classes);
    const draws: number[][] = reference.statistics.map(() => []);
    const result = multinomialBootstrap({
      counts: reference.cells,
      resamples: RESAMPLES,
      seed: 20240601,
      confidence: reference.confidence,
      statistic: (cells) => {
        const values = statistic(cells);
        values.forEach((value, s) => {
          draws[s]?.push(value);
        });
        return values;
      },
    });
    const tail = (1 - reference.confidence) / 2;
    reference.statistics.forEach(({ name, low, high }, s) => {
      const ours = draws[s] as number[];
      expectQuantileOfDraws(ours, tail, low, reference.referenceResamples, `${name} low`);
      expectQuantileOfDraws(ours, 1 - tail, high, reference.referenceResamples, `${name} high`);
      const sorted = Float64Array.from(ours).sort();
      expect(result.lows[s]).toBe(quantileSorted(sorted, tail));
      expect(result.highs[s]).toBe(quantileSorted(sorted, 1 - tail));
    });
  });

  it('gives the same intervals for the same seed and different ones for another seed', () => {
    const reference = cases[0] as BootstrapCase;
    const run = (seed: number) =>
      multinomialBootstrap({
        counts: reference.cells,
        resamples: 2000,
        seed,
        confidence: 0.95,
        statistic: f1DeltasFromCells(reference.classes),
      });
    expect(run(7)).toEqual(run(7));
    expect(run(7)).not.toEqual(run(8));
  });

  it('draws resamples of exactly N rows that never fill an empty cell', () => {
    const counts = [0, 5, 0, 1, 120, 0, 33, 1];
    const total = counts.reduce((a, b) => a + b, 0);
    const sample = createMultinomialSampler(counts, 99);
    const resampled = new Float64Array(counts.length);
    const mean = new Float64Array(counts.length);
    const draws = 5000;
    for (let r = 0; r < draws; r++) {
      sample(resampled);
      expect(resampled.reduce((a, b) => a + b, 0)).toBe(total);
      counts.forEach((count, cell) => {
        if (count === 0) expect(resampled[cell]).toBe(0);
        expect(Number.isInteger(resampled[cell])).toBe(true);
        mean[cell] = (mean[cell] as number) + (resampled[cell] as number) / draws;
      });
    }
    // Each cell's mean is its count (binomial mean); 5 standard errors of the average.
    counts.forEach((count, cell) => {
      const sd = Math.sqrt((count * (total - count)) / total / draws);
      expect(Math.abs((mean[cell] as number) - count)).toBeLessThanOrEqual(5 * sd + 1e-12);
    });
  });

  it('rejects a seed MT19937 does not take, and a statistic that is not finite', () => {
    const base = { counts: [3, 4], resamples: 10, confidence: 0.95, statistic: () => [0] };
    expect(() => multinomialBootstrap({ ...base, seed: 0 })).toThrow(/seed/);
    expect(() => multinomialBootstrap({ ...base, seed: 1.5 })).toThrow(/seed/);
    expect(() => multinomialBootstrap({ ...base, seed: 1, statistic: () => [Number.NaN] })).toThrow(/not finite/);
  });
});
