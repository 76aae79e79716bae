import type { LengthSummary, LengthUnit } from '../metrics/types.js';

/** A paired delta of one metric: candidate − baseline on the shared examples. */
export interface MetricDelta {
  baseline: number;
  candidate: number;
  delta: number;
  /** Interval for the delta at the configured confidence; null where none is computed. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Two-sided p-value of "no change", where a test applies. */
  pValue: number | null;
}

export interface AccuracyDelta extends MetricDelta {
  /** McNemar mid-p (Fagerland et al. 2013): same test, less conservative. */
  midPValue: number;
  standardError: number;
}

export interface ClassDelta extends MetricDelta {
  /** Examples whose expected label is this class. */
  support: number;
  /** Holm-adjusted p-value over all classes (controls false alarms when every class is gated). */
  holmPValue: number | null;
}

export interface FlipCounts {
  /** Baseline right, candidate wrong. */
  negative: number;
  /** Baseline wrong, candidate right. */
  positive: number;
  n: number;
  /** Examples each side got right: the group's accuracy is this / n. */
  baselineRight: number;
  candidateRight: number;
}

export interface Flips extends FlipCounts {
  /** negative / n (Yan et al. 2021). */
  negativeFlipRate: number;
  /** Wilson interval of the negative flip rate. */
  ciLow: number;
  ciHigh: number;
  /** a / (a + b): of what the baseline got right, the share the candidate still gets right. */
  backwardTrustCompatibility: number | null;
  byClass: Record<string, FlipCounts>;
  /** Keyed `tag=value`. */
  bySlice: Record<string, FlipCounts & { negativeFlipRate: number }>;
}

export interface LengthShift {
  unit: LengthUnit;
  baseline: LengthSummary;
  candidate: LengthSummary;
  meanDelta: number;
  medianDelta: number;
  medianDeltaCiLow: number | null;
  medianDeltaCiHigh: number | null;
  p90Delta: number;
  p99Delta: number;
  /** |medianDelta| / baseline median; null when the baseline median is 0. */
  relativeMedianShift: number | null;
  ksStatistic: number;
  ksPValue: number;
  ksMethod: 'exact' | 'asymptotic';
  wasserstein: number;
  /** Wilcoxon signed-rank on the per-example differences: sees paired shifts KS can miss. */
  wilcoxonPValue: number;
}

export interface PredictionShift {
  labels: string[];
  baselineCounts: number[];
  candidateCounts: number[];
  chiSquare: number;
  chiSquarePValue: number;
  psi: number;
  /** Stuart–Maxwell marginal homogeneity on the paired (baseline, candidate) labels. */
  stuartMaxwell: number;
  stuartMaxwellPValue: number;
  /** Approximate critical PSI at alpha (FIELD-NOTES: χ²(B−1, 1−α)·(1/n + 1/m)). */
  psiCritical: number;
}

/** A negative flip, for the report's list of worst regressions. */
export interface Regression {
  id: string;
  expected: string;
  baselineOutput: string;
  candidateOutput: string;
  baselinePrediction: string;
  candidatePrediction: string;
  /** Token F1 lost, for generation; 1 for a classification flip. */
  scoreDrop: number;
  tags: Record<string, string>;
}

export interface Comparison {
  /** Examples scored on both sides: every paired figure below is over these. */
  paired: number;
  onlyInBaseline: number;
  onlyInCandidate: number;
  /** Shared ids skipped because one side errored on them. */
  skippedForErrors: number;
  /** Shared ids whose expected answer differs between the two snapshots. */
  expectedChanged: number;
  sameDataset: boolean;
  accuracy: AccuracyDelta;
  macroF1: MetricDelta | null;
  microF1: MetricDelta | null;
  weightedF1: MetricDelta | null;
  tokenF1: MetricDelta | null;
  perClass: Record<string, ClassDelta>;
  flips: Flips;
  outputLength: LengthShift | null;
  predictionShift: PredictionShift | null;
  /** Smallest accuracy drop this dataset detects at alpha with 80% power. */
  minDetectableAccuracyDrop: number;
  /** The worst negative flips, worst first: at most REGRESSIONS_KEPT (compare.ts); `flips.negative` counts them all. */
  regressions: Regression[];
  seed: number;
  resamples: number;
  confidence: number;
  alpha: number;
}
