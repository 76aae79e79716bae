// The dense reference: the F1 scoring from a full labels × labels confusion matrix and the
// F1-delta bootstrap that refilled two such matrices per resample, as they were before issue 9
// (git show d117410:src/compare/f1-deltas.ts). Kept only here, so the sparse implementation in
// src/ is checked against it bit for bit on a seed. Not for production: O(L²) per resample.

import type { Pair } from '../../src/compare/pairs.js';
import type { ClassDelta, MetricDelta } from '../../src/compare/types.js';
import type { ConfusionScores } from '../../src/metrics/classification.js';
import { uniqueLabels } from '../../src/metrics/confusion.js';
import type { AveragedScores, ClassScores } from '../../src/metrics/types.js';
import { multinomialBootstrap } from '../../src/stats/bootstrap.js';
import { holmAdjust } from '../../src/stats/multiple-testing.js';

/** scikit-learn's `_prf_divide` with zero_division=0: an ill-defined ratio counts as 0. */
function divideOrZero(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}
/** F1 as scikit-learn 1.2 computes it from precision and recall: 0 when both are 0. */
function f1From(precision: number, recall: number): number {
  const denominator = precision + recall;
  return denominator === 0 ? 0 : (2 * precision * recall) / denominator;
}
/**
 * Accuracy and precision/recall/F1/support per class and averaged (macro, micro, weighted),
 * exactly scikit-learn's `precision_recall_fscore_support(..., zero_division=0)` on the
 * examples the table counts. confusion[i][j]: expected labels[i], predicted labels[j].
 * Every label counts in the macro average, including one that is never expected (support 0).
 * An empty table (n = 0) gives 0 everywhere, as zero_division=0 does for each ratio.
 *
 * On the bootstrap's hot path: one pass over the table, no intermediate arrays.
 */
export function scoresFromConfusion(
  labels: readonly string[],
  confusion: ReadonlyArray<ArrayLike<number>>,
): ConfusionScores {
  const classCount = labels.length;
  if (confusion.length !== classCount) {
    throw new Error(`scoresFromConfusion: ${classCount} labels but ${confusion.length} rows`);
  }
  // A null prototype keeps a label such as "__proto__" (model output is untrusted) an own key.
  const perClass = Object.create(null) as Record<string, ClassScores>;
  let total = 0;
  let correct = 0;
  let precisionSum = 0;
  let recallSum = 0;
  let f1Sum = 0;
  let weightedPrecisionSum = 0;
  let weightedRecallSum = 0;
  let weightedF1Sum = 0;
  let predictedTotal = 0;
  for (let k = 0; k < classCount; k++) {
    const row = confusion[k] as ArrayLike<number>;
    if (row.length !== classCount) {
      throw new Error(`scoresFromConfusion: row ${k} has ${row.length} cells, expected ${classCount}`);
    }
    const truePositives = row[k] as number;
    let support = 0;
    let predictedCount = 0;
    for (let j = 0; j < classCount; j++) {
      support += row[j] as number;
      predictedCount += (confusion[j] as ArrayLike<number>)[k] as number;
    }
    const precision = divideOrZero(truePositives, predictedCount);
    const recall = divideOrZero(truePositives, support);
    const f1 = f1From(precision, recall);
    perClass[labels[k] as string] = { precision, recall, f1, support };
    total += support;
    predictedTotal += predictedCount;
    correct += truePositives;
    precisionSum += precision;
    recallSum += recall;
    f1Sum += f1;
    weightedPrecisionSum += precision * support;
    weightedRecallSum += recall * support;
    weightedF1Sum += f1 * support;
  }
  const macro: AveragedScores = {
    precision: divideOrZero(precisionSum, classCount),
    recall: divideOrZero(recallSum, classCount),
    f1: divideOrZero(f1Sum, classCount),
  };
  const microPrecision = divideOrZero(correct, predictedTotal);
  const microRecall = divideOrZero(correct, total);
  const micro: AveragedScores = {
    precision: microPrecision,
    recall: microRecall,
    f1: f1From(microPrecision, microRecall),
  };
  // scikit-learn weights by support; with no support at all every weighted score is 0.
  const weighted: AveragedScores = {
    precision: divideOrZero(weightedPrecisionSum, total),
    recall: divideOrZero(weightedRecallSum, total),
    f1: divideOrZero(weightedF1Sum, total),
  };
  return {
    n: total,
    accuracy: divideOrZero(correct, total),
    perClass,
    macro,
    micro,
    weighted,
    macroF1: macro.f1,
    microF1: micro.f1,
    weightedF1: weighted.f1,
  };
}
export interface DenseF1Deltas {
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
export interface DenseCells {
  expected: Int32Array;
  baseline: Int32Array;
  candidate: Int32Array;
  counts: number[];
}

function cellsOf(pairs: readonly Pair[], index: ReadonlyMap<string, number>): DenseCells {
  const size = index.size;
  const countByKey = new Map<number, number>();
  for (const { baseline, candidate } of pairs) {
    const key =
      ((index.get(candidate.expected) as number) * size + (index.get(baseline.prediction ?? '') as number)) * size +
      (index.get(candidate.prediction ?? '') as number);
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

type Confusion = Float64Array[];

/** Fills both sides' confusion matrices from (resampled) cell counts. */
function fillConfusions(cells: DenseCells, counts: ArrayLike<number>, baseline: Confusion, candidate: Confusion): void {
  for (const row of baseline) row.fill(0);
  for (const row of candidate) row.fill(0);
  for (let cell = 0; cell < counts.length; cell += 1) {
    const count = counts[cell] as number;
    if (count === 0) continue;
    const expected = cells.expected[cell] as number;
    const baselineRow = baseline[expected] as Float64Array;
    const candidateRow = candidate[expected] as Float64Array;
    const before = cells.baseline[cell] as number;
    const after = cells.candidate[cell] as number;
    baselineRow[before] = (baselineRow[before] as number) + count;
    candidateRow[after] = (candidateRow[after] as number) + count;
  }
}

/**
 * One side's scores as scikit-learn computes them on that side alone: averaged over the labels
 * that side's data has (expected or predicted by it), not over the labels only the other side
 * predicted, which would count as F1 = 0 and pull its macro average down.
 */
function sideScores(labels: readonly string[], confusion: Confusion): ConfusionScores {
  const active: number[] = [];
  for (let k = 0; k < labels.length; k += 1) {
    let used = 0;
    for (let j = 0; j < labels.length; j += 1)
      used += ((confusion[k] as Float64Array)[j] as number) + ((confusion[j] as Float64Array)[k] as number);
    if (used > 0) active.push(k);
  }
  if (active.length === labels.length) return scoresFromConfusion(labels, confusion);
  const scores = scoresFromConfusion(
    active.map((k) => labels[k] as string),
    active.map((k) => Float64Array.from(active, (j) => (confusion[k] as Float64Array)[j] as number)),
  );
  for (const label of labels) scores.perClass[label] ??= { precision: 0, recall: 0, f1: 0, support: 0 };
  return scores;
}

function confusionPair(size: number): { baseline: Confusion; candidate: Confusion } {
  return {
    baseline: Array.from({ length: size }, () => new Float64Array(size)),
    candidate: Array.from({ length: size }, () => new Float64Array(size)),
  };
}

/** [macro, micro, weighted, per-class…] F1 deltas of one table of cell counts. */
function deltaStatistic(cells: DenseCells, labels: readonly string[]): (counts: ArrayLike<number>) => number[] {
  const confusions = confusionPair(labels.length);
  return (counts) => {
    fillConfusions(cells, counts, confusions.baseline, confusions.candidate);
    const before = sideScores(labels, confusions.baseline);
    const after = sideScores(labels, confusions.candidate);
    return [
      after.macroF1 - before.macroF1,
      after.microF1 - before.microF1,
      after.weightedF1 - before.weightedF1,
      ...labels.map((label) => (after.perClass[label]?.f1 ?? 0) - (before.perClass[label]?.f1 ?? 0)),
    ];
  };
}

/** Both sides' scores from the cell counts: the point estimates the intervals surround. */
function scoresOfCells(
  cells: DenseCells,
  labels: readonly string[],
): { before: ConfusionScores; after: ConfusionScores } {
  const confusions = confusionPair(labels.length);
  fillConfusions(cells, cells.counts, confusions.baseline, confusions.candidate);
  return { before: sideScores(labels, confusions.baseline), after: sideScores(labels, confusions.candidate) };
}

/** One pass over the examples: the sorted label set (scikit-learn's order) and the cell counts. */
export function denseCellTable(pairs: readonly Pair[]): { labels: string[]; cells: DenseCells } {
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

/**
 * Two-sided bootstrap p-value of "no change", (k + 1)/(B + 1) so it is never 0, and never
 * below what an exact sign test could give with this many changed answers: on a handful of
 * examples the bootstrap is degenerate (every resample alike) and would claim certainty.
 */
function bootstrapPValue(samples: Float64Array, changedAnswers: number): number {
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (const value of samples) {
    if (value <= 0) atOrBelow += 1;
    if (value >= 0) atOrAbove += 1;
  }
  const bootstrap = (2 * (Math.min(atOrBelow, atOrAbove) + 1)) / (samples.length + 1);
  const exactFloor = 2 * 0.5 ** changedAnswers;
  return Math.min(1, Math.max(bootstrap, exactFloor));
}

/** Examples whose predicted label differs between the two sides. */
function changedAnswersOf(cells: DenseCells): number {
  let changed = 0;
  cells.counts.forEach((count, cell) => {
    if (cells.baseline[cell] !== cells.candidate[cell]) changed += count;
  });
  return changed;
}

/** F1 deltas (macro, micro, weighted, per class) with paired bootstrap percentile intervals. */
export function denseF1Deltas(
  pairs: readonly Pair[],
  options: { resamples: number; seed: number; confidence: number },
): DenseF1Deltas {
  const { labels, cells } = denseCellTable(pairs);
  return denseF1DeltasOfCells(labels, cells, options);
}

/** The bootstrap proper: it sees only the cell counts, so its cost does not grow with n. */
export function denseF1DeltasOfCells(
  labels: string[],
  cells: DenseCells,
  options: { resamples: number; seed: number; confidence: number },
): DenseF1Deltas {
  const statistic = deltaStatistic(cells, labels);
  // p-values (per class, for Holm) come from the same resamples as the intervals.
  const samples = [0, 1, 2, ...labels.map((_, position) => 3 + position)].map(
    () => new Float64Array(options.resamples),
  );
  let resample = 0;
  const bootstrap = multinomialBootstrap({
    counts: cells.counts,
    resamples: options.resamples,
    seed: options.seed,
    confidence: options.confidence,
    statistic: (counts) => {
      const values = statistic(counts);
      if (resample < options.resamples)
        values.forEach((value, position) => {
          (samples[position] as Float64Array)[resample] = value;
        });
      resample += 1;
      return values;
    },
  });
  const { before, after } = scoresOfCells(cells, labels);
  const changedAnswers = changedAnswersOf(cells);
  const allPValues = samples.map((values) => bootstrapPValue(values, changedAnswers));
  const delta = (position: number, baseline: number, candidate: number): MetricDelta => ({
    baseline,
    candidate,
    delta: candidate - baseline,
    ciLow: bootstrap.lows[position] ?? null,
    ciHigh: bootstrap.highs[position] ?? null,
    pValue: allPValues[position] ?? null,
  });
  const pValues = allPValues.slice(3);
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
