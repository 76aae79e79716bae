/** scikit-learn's names: precision_recall_fscore_support per class, zero_division=0. */
export interface ClassScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface AveragedScores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ClassificationMetrics {
  task: 'classification';
  /** Examples scored (errors excluded). */
  n: number;
  accuracy: number;
  /** Sorted union of expected and predicted labels, as scikit-learn's `unique_labels`. */
  labels: string[];
  perClass: Record<string, ClassScores>;
  macro: AveragedScores;
  micro: AveragedScores;
  weighted: AveragedScores;
  macroF1: number;
  microF1: number;
  weightedF1: number;
  /** confusion[i][j]: expected labels[i], predicted labels[j]. */
  confusion: number[][];
}

export interface GenerationMetrics {
  task: 'generation';
  n: number;
  /** Mean exact match of SQuAD-normalised answers; also reported as `accuracy`. */
  exactMatch: number;
  accuracy: number;
  /** Mean SQuAD token-level F1. */
  tokenF1: number;
}

export type TaskMetrics = ClassificationMetrics | GenerationMetrics;

export type LengthUnit = 'chars' | 'words' | 'tokens';
export const lengthUnits = ['chars', 'words', 'tokens'] as const satisfies readonly LengthUnit[];

export interface OutputLengths {
  chars: number;
  words: number;
  /** Counted only when the run's length unit is `tokens` (the tokenizer is costly to load and run). */
  tokens?: number;
}

/** Quantiles use numpy's default (linear interpolation, `method='linear'`). */
export interface LengthSummary {
  n: number;
  mean: number;
  std: number;
  min: number;
  median: number;
  p90: number;
  p99: number;
  max: number;
}
