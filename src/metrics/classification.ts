import type { AveragedScores, ClassificationMetrics, ClassScores } from './types.js';
import { confusionMatrix, uniqueLabels } from './confusion.js';

export type ConfusionScores = Omit<ClassificationMetrics, 'task' | 'labels' | 'confusion'>;

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

/**
 * Classification metrics of predicted against expected labels (already normalised with
 * `toLabel`). Labels are the sorted union of both lists, as scikit-learn's `unique_labels`.
 */
export function classificationMetrics(
  expected: readonly string[],
  predicted: readonly string[],
): ClassificationMetrics {
  const labels = uniqueLabels(expected, predicted);
  const confusion = confusionMatrix(expected, predicted, labels);
  return { task: 'classification', labels, confusion, ...scoresFromConfusion(labels, confusion) };
}
