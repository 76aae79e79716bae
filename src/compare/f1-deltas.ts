import { scoresFromConfusion, type ConfusionScores } from '../metrics/classification.js';
import { uniqueLabels } from '../metrics/confusion.js';
import { holmAdjust } from '../stats/multiple-testing.js';
import { multinomialBootstrap } from '../stats/bootstrap.js';
import type { Pair } from './pairs.js';
import type { ClassDelta, MetricDelta } from './types.js';

export interface F1Deltas {
  labels: string[];
  macroF1: MetricDelta;
  microF1: MetricDelta;
  weightedF1: MetricDelta;
  perClass: Record<string, ClassDelta>;
}

/**
 * The paired outcome of one example is a cell (expected, baseline label, candidate label).
 * Resampling examples with replacement is the same as drawing the cells' counts from a
 * multinomial, so the bootstrap costs O(cells) per resample, whatever the number of examples.
 */
export interface Cells {
  expected: Int32Array;
  baseline: Int32Array;
  candidate: Int32Array;
  counts: number[];
}

function cellsOf(pairs: readonly Pair[], index: ReadonlyMap<string, number>): Cells {
  const size = index.size;
  const countByKey = new Map<number, number>();
  for (const { baseline, candidate } of pairs) {
    const key = ((index.get(candidate.expected) as number) * size + (index.get(baseline.prediction ?? '') as number)) * size + (index.get(candidate.prediction ?? '') as number);
    countByKey.set(key, (countByKey.get(key) ?? 0) + 1);
  }
  const keys = [...countByKey.keys()].sort((x, y) => x - y);
  return {
    expected: Int32Array.from(keys, (key) => Math.floor(key / (size * size))),
    baseline: Int32Array.from(keys, (key) => Math.floor(key / size) % size),
    candidate: Int32Array.from(keys, (key) => key % size),
    counts: keys.map((key) => countByKey.get(key) as number),
  };
}

/** [macro, micro, weighted, per-class…] F1 deltas of one table of cell counts. */
function deltaStatistic(cells: Cells, labels: readonly string[]): (counts: ArrayLike<number>) => number[] {
  const size = labels.length;
  const baselineConfusion = Array.from({ length: size }, () => new Float64Array(size));
  const candidateConfusion = Array.from({ length: size }, () => new Float64Array(size));
  return (counts) => {
    for (const row of baselineConfusion) row.fill(0);
    for (const row of candidateConfusion) row.fill(0);
    for (let cell = 0; cell < counts.length; cell += 1) {
      const count = counts[cell] as number;
      if (count === 0) continue;
      const expected = cells.expected[cell] as number;
      (baselineConfusion[expected] as Float64Array)[cells.baseline[cell] as number]! += count;
      (candidateConfusion[expected] as Float64Array)[cells.candidate[cell] as number]! += count;
    }
    const before = scoresFromConfusion(labels, baselineConfusion);
    const after = scoresFromConfusion(labels, candidateConfusion);
    return [
      after.macroF1 - before.macroF1,
      after.microF1 - before.microF1,
      after.weightedF1 - before.weightedF1,
      ...labels.map((label) => (after.perClass[label]?.f1 ?? 0) - (before.perClass[label]?.f1 ?? 0)),
    ];
  };
}

/** Both sides' scores from the cell counts: the point estimates the intervals surround. */
function scoresOfCells(cells: Cells, labels: readonly string[]): { before: ConfusionScores; after: ConfusionScores } {
  const size = labels.length;
  const baselineConfusion = Array.from({ length: size }, () => new Float64Array(size));
  const candidateConfusion = Array.from({ length: size }, () => new Float64Array(size));
  cells.counts.forEach((count, cell) => {
    const expected = cells.expected[cell] as number;
    (baselineConfusion[expected] as Float64Array)[cells.baseline[cell] as number]! += count;
    (candidateConfusion[expected] as Float64Array)[cells.candidate[cell] as number]! += count;
  });
  return { before: scoresFromConfusion(labels, baselineConfusion), after: scoresFromConfusion(labels, candidateConfusion) };
}

/** One pass over the examples: the sorted label set (scikit-learn's order) and the cell counts. */
export function cellTable(pairs: readonly Pair[]): { labels: string[]; cells: Cells } {
  const seen = new Set<string>();
  for (const { baseline, candidate } of pairs) {
    seen.add(candidate.expected);
    seen.add(baseline.prediction ?? '');
    seen.add(candidate.prediction ?? '');
  }
  const labels = uniqueLabels([...seen], []);
  const index = new Map(labels.map((label, position) => [label, position]));
  return { labels, cells: cellsOf(pairs, index) };
}

/** Share of resampled deltas on each side of 0, doubled: a two-sided bootstrap p-value. */
function bootstrapPValue(samples: Float64Array): number {
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (const value of samples) {
    if (value <= 0) atOrBelow += 1;
    if (value >= 0) atOrAbove += 1;
  }
  return Math.min(1, (2 * Math.min(atOrBelow, atOrAbove)) / samples.length);
}

/** F1 deltas (macro, micro, weighted, per class) with paired bootstrap percentile intervals. */
export function f1Deltas(pairs: readonly Pair[], options: { resamples: number; seed: number; confidence: number }): F1Deltas {
  const { labels, cells } = cellTable(pairs);
  return f1DeltasOfCells(labels, cells, options);
}

/** The bootstrap proper: it sees only the cell counts, so its cost does not grow with n. */
export function f1DeltasOfCells(labels: string[], cells: Cells, options: { resamples: number; seed: number; confidence: number }): F1Deltas {
  const statistic = deltaStatistic(cells, labels);
  // The per-class p-values for Holm come from the same resamples as the intervals.
  const perClassSamples = labels.map(() => new Float64Array(options.resamples));
  let resample = 0;
  const bootstrap = multinomialBootstrap({
    counts: cells.counts,
    resamples: options.resamples,
    seed: options.seed,
    confidence: options.confidence,
    statistic: (counts) => {
      const values = statistic(counts);
      if (resample < options.resamples) {
        labels.forEach((_, position) => ((perClassSamples[position] as Float64Array)[resample] = values[3 + position] as number));
      }
      resample += 1;
      return values;
    },
  });
  const { before, after } = scoresOfCells(cells, labels);
  const delta = (position: number, baseline: number, candidate: number): MetricDelta => ({
    baseline,
    candidate,
    delta: candidate - baseline,
    ciLow: bootstrap.lows[position] ?? null,
    ciHigh: bootstrap.highs[position] ?? null,
    pValue: null,
  });
  const pValues = perClassSamples.map(bootstrapPValue);
  // Holm over the classes that occur in the data: a label only ever predicted has no F1 to lose.
  const gated = labels.flatMap((label, position) => ((after.perClass[label]?.support ?? 0) > 0 ? [position] : []));
  const adjusted = holmAdjust(gated.map((position) => pValues[position] as number));
  const holm = new Map(gated.map((position, rank) => [position, adjusted[rank] as number]));
  const perClass: Record<string, ClassDelta> = Object.create(null) as Record<string, ClassDelta>;
  labels.forEach((label, position) => {
    perClass[label] = {
      ...delta(3 + position, before.perClass[label]?.f1 ?? 0, after.perClass[label]?.f1 ?? 0),
      pValue: pValues[position] ?? null,
      holmPValue: holm.get(position) ?? null,
      support: after.perClass[label]?.support ?? 0,
    };
  });
  return {
    labels,
    macroF1: delta(0, before.macroF1, after.macroF1),
    microF1: delta(1, before.microF1, after.microF1),
    weightedF1: delta(2, before.weightedF1, after.weightedF1),
    perClass,
  };
}
