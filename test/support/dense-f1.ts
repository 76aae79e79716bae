// The dense reference: today's (before issue 9) F1 scoring from a full labels × labels
// confusion matrix, and the F1-delta bootstrap statistic that refilled two such matrices per
// resample. Kept only here, so the sparse implementation in src/ can be checked against it
// bit for bit on a seed. Not for production: O(L²) per resample.
import type { AveragedScores, ClassScores } from '../../src/metrics/types.js';
import type { ConfusionScores } from '../../src/metrics/classification.js';
import type { Cells } from '../../src/compare/f1-deltas.js';
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
type Confusion = Float64Array[];

/** Fills both sides' confusion matrices from (resampled) cell counts. */
function fillConfusions(cells: Cells, counts: ArrayLike<number>, baseline: Confusion, candidate: Confusion): void {
  for (const row of baseline) row.fill(0);
  for (const row of candidate) row.fill(0);
  for (let cell = 0; cell < counts.length; cell += 1) {
    const count = counts[cell] as number;
    if (count === 0) continue;
    const expected = cells.expected[cell] as number;
    (baseline[expected] as Float64Array)[cells.baseline[cell] as number]! += count;
    (candidate[expected] as Float64Array)[cells.candidate[cell] as number]! += count;
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
    for (let j = 0; j < labels.length; j += 1) used += ((confusion[k] as Float64Array)[j] as number) + ((confusion[j] as Float64Array)[k] as number);
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
export function denseDeltaStatistic(cells: Cells, labels: readonly string[]): (counts: ArrayLike<number>) => number[] {
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

