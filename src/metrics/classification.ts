import { sparseConfusion } from './confusion.js';
import { type LabelSet, labelIndex, resolveLabelSet } from './label-set.js';
import type { AveragedScores, ClassificationMetrics, ClassScores } from './types.js';

export type ConfusionScores = Omit<ClassificationMetrics, 'task' | 'labels' | 'labelSource' | 'confusion' | 'invalid'>;

/** Per-class counts, the sufficient statistics of every score: what a confusion matrix sums to. */
export interface ClassCounts {
  /** Expected and predicted labels[k]. */
  truePositives: ArrayLike<number>;
  /** Expected labels[k] (the row total, invalid predictions included). */
  support: ArrayLike<number>;
  /** Predicted labels[k] (the column total). */
  predicted: ArrayLike<number>;
}

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
 * Precision/recall/F1/support per class and averaged (macro, micro, weighted), exactly
 * scikit-learn's `precision_recall_fscore_support(..., labels=labels, zero_division=0)`:
 * averaged over the labels given, a label with no support and no prediction counting F1 0;
 * `only`, when given, restricts them to those positions (the labels one side's data has).
 * Accuracy here is the true positives over the support; callers with rows outside `labels`
 * set their own. An empty table gives 0 everywhere, as zero_division=0 does for each ratio.
 *
 * On the bootstrap's hot path: O(labels), one pass, no intermediate arrays. The order of the
 * sums is fixed (by label position), so equal counts give bit-identical scores.
 */
export function scoresFromCounts(
  labels: readonly string[],
  counts: ClassCounts,
  only?: readonly number[],
): ConfusionScores {
  const classCount = only ? only.length : labels.length;
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
  for (let position = 0; position < classCount; position++) {
    const k = only ? (only[position] as number) : position;
    const truePositives = counts.truePositives[k] as number;
    const support = counts.support[k] as number;
    const predictedCount = counts.predicted[k] as number;
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
  // Micro over the labels only (scikit-learn with labels=): invalid predictions are in no column.
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

/**
 * Classification metrics of predicted against expected labels (already normalised with
 * `toLabel`), over `labelSet` (default: inferred from these lists, see label-set.ts).
 * A prediction outside the label set is invalid: wrong for accuracy, in no column of the
 * confusion matrix, and counted in `invalid`. O(examples + labels), however many distinct
 * strings a model says.
 */
export function classificationMetrics(
  expected: readonly string[],
  predicted: readonly string[],
  labelSet: LabelSet = resolveLabelSet(null, expected, predicted),
): ClassificationMetrics {
  if (expected.length !== predicted.length) {
    throw new Error(`classificationMetrics: ${expected.length} expected labels but ${predicted.length} predictions`);
  }
  const { labels } = labelSet;
  const index = labelIndex(labelSet);
  const truePositives = new Float64Array(labels.length);
  const support = new Float64Array(labels.length);
  const predictedCounts = new Float64Array(labels.length);
  const rows = new Int32Array(expected.length);
  const columns = new Int32Array(expected.length);
  let correct = 0;
  let invalid = 0;
  for (let i = 0; i < expected.length; i++) {
    const row = index.get(expected[i] as string) ?? -1;
    const column = index.get(predicted[i] as string) ?? -1;
    rows[i] = row;
    columns[i] = column;
    if (column < 0) invalid += 1;
    else predictedCounts[column] = (predictedCounts[column] as number) + 1;
    if (row >= 0) support[row] = (support[row] as number) + 1;
    if (expected[i] === predicted[i]) {
      correct += 1;
      if (row >= 0) truePositives[row] = (truePositives[row] as number) + 1;
    }
  }
  const n = expected.length;
  const scores = scoresFromCounts(labels, { truePositives, support, predicted: predictedCounts });
  return {
    task: 'classification',
    labels: [...labels],
    labelSource: labelSet.source,
    confusion: sparseConfusion(labels, rows, columns),
    ...scores,
    n,
    accuracy: n === 0 ? 0 : correct / n,
    invalid: { count: invalid, rate: n === 0 ? 0 : invalid / n },
  };
}
