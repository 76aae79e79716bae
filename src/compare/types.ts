import type { LabelSet } from '../metrics/label-set.js';
import type { LengthSummary, LengthUnit, ScorerName } from '../metrics/types.js';

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

/** Generation: a delta of what the scorer (config `scoring.scorer`) judged, named by it. */
export interface ScorerDelta {
  scorer: ScorerName;
  /** What the figure is, in words: `contains`, `judge score`… */
  label: string;
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

/** One slice: the tag and value it stands for (never parsed back from its key) and its counts. */
export interface SliceFlips extends FlipCounts {
  tag: string;
  value: string;
  negativeFlipRate: number;
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
  /** Keyed by sliceKey(tag, value): `tag=value`, with `\` and `=` in the tag escaped. */
  bySlice: Record<string, SliceFlips>;
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
  /** The declared labels, or the expected ones: what the mix is counted over. */
  labels: string[];
  baselineCounts: number[];
  candidateCounts: number[];
  /**
   * Predictions outside `labels` (invalid outputs, labels only a model says), pooled as one
   * "other" category in every test and in PSI; null when there are none.
   */
  other: { baseline: number; candidate: number } | null;
  chiSquare: number;
  chiSquarePValue: number;
  psi: number;
  /** Stuart–Maxwell marginal homogeneity on the paired (baseline, candidate) labels. */
  stuartMaxwell: number;
  stuartMaxwellPValue: number;
  /** Approximate critical PSI at alpha (FIELD-NOTES: χ²(B−1, 1−α)·(1/n + 1/m)). */
  psiCritical: number;
}

/** The paired change in p95 latency (ms) on the examples both sides timed. */
export interface LatencyShift {
  n: number;
  baselineP95: number;
  candidateP95: number;
  p95Delta: number;
  /** Paired percentile bootstrap interval of the p95 change. */
  p95DeltaCiLow: number;
  p95DeltaCiHigh: number;
}

/** A negative flip, for the report's list of worst regressions. */
export interface Regression {
  id: string;
  /** What the model was sent (the snapshot record's `input`); null for snapshots without it. */
  input: string | null;
  expected: string;
  baselineOutput: string;
  candidateOutput: string;
  baselinePrediction: string;
  candidatePrediction: string;
  /** Token F1 lost, for generation; 1 for a classification flip. */
  scoreDrop: number;
  tags: Record<string, string>;
}

/** The paired change in the share of outputs that are no label (see metrics/label-set.ts). */
export interface InvalidRateDelta extends MetricDelta {
  /** Outputs invalid on the baseline side only / on the candidate side only / on both. */
  baselineOnly: number;
  candidateOnly: number;
  both: number;
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
  /** Generation, scorers `exact` and `tokenF1`: mean token F1 (the same figure as `score`). */
  tokenF1: MetricDelta | null;
  /** Generation: the share of examples the scorer passed (McNemar exact p, paired Wald interval); `accuracy` holds the same numbers. */
  passRate?: (AccuracyDelta & ScorerDelta) | null;
  /** Generation: the mean per-example score in [0, 1] (paired t interval and p, as scipy.stats.ttest_rel). */
  score?: (MetricDelta & ScorerDelta) | null;
  perClass: Record<string, ClassDelta>;
  flips: Flips;
  outputLength: LengthShift | null;
  /** Null when fewer than two shared examples were timed on both sides (a predictions file has no latency). */
  latency?: LatencyShift | null;
  predictionShift: PredictionShift | null;
  /** Classification: the invalid-output rate on the paired examples, with McNemar's exact test. */
  invalidRate: InvalidRateDelta | null;
  /** Classification: the label set both sides were judged by. */
  labelSet: LabelSet | null;
  /** Smallest accuracy drop this dataset detects at alpha with 80% power. */
  minDetectableAccuracyDrop: number;
  /** No accuracy drop, however large, would be detected on this few examples (the MDE reached 100 points). */
  datasetTooSmall: boolean;
  /** The worst negative flips, worst first: at most REGRESSIONS_KEPT (compare.ts); `flips.negative` counts them all. */
  regressions: Regression[];
  seed: number;
  resamples: number;
  confidence: number;
  alpha: number;
}
