import type { ConfusionCell } from './confusion.js';
import type { LabelSource } from './label-set.js';

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

/** Outputs that map to no label of the label set (see metrics/label-set.ts). */
export interface InvalidOutputs {
  count: number;
  /** count / n. */
  rate: number;
}

export interface ClassificationMetrics {
  task: 'classification';
  /** Examples scored (errors excluded). */
  n: number;
  accuracy: number;
  /**
   * The labels P/R/F1 are averaged over (scikit-learn's `labels=`): the declared ones, or the
   * sorted union of expected and predicted labels (`unique_labels`), or the expected ones only.
   */
  labels: string[];
  labelSource: LabelSource;
  invalid: InvalidOutputs;
  perClass: Record<string, ClassScores>;
  macro: AveragedScores;
  micro: AveragedScores;
  weighted: AveragedScores;
  macroF1: number;
  microF1: number;
  weightedF1: number;
  /** Occupied cells only; the predicted label is null for invalid outputs. */
  confusion: ConfusionCell[];
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
