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

/** SQuAD's two figures, each example against the best of its references. */
export interface SquadMetrics {
  task: 'generation';
  n: number;
  /** Mean exact match of SQuAD-normalised answers. */
  exactMatch: number;
  /** The share of examples that pass (exact match under the `exact` scorer); kept for older readers. */
  accuracy: number;
  /** Mean SQuAD token-level F1. */
  tokenF1: number;
}

export interface GenerationMetrics extends SquadMetrics {
  /** The scorer (config `scoring.scorer`) that judged `passRate` and `score`. */
  scorer: ScorerName;
  /** Share of examples the scorer passed. */
  passRate: number;
  /** Mean per-example score in [0, 1]. */
  score: number;
}

export const scorerNames = ['exact', 'tokenF1', 'contains', 'regex', 'json', 'numeric', 'judge'] as const;
export type ScorerName = (typeof scorerNames)[number];

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
