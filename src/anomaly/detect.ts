import { mcnemarExact } from '../stats/mcnemar.js';
import { pairedAccuracyDelta } from '../stats/paired-accuracy.js';
import { quantileSorted, sortedCopy } from '../stats/quantile.js';
import { FEATURE_NAMES, type FeatureName, featureRow, type OutputObservation } from './features.js';
import { anomalyScore, fitIsolationForest } from './isolation-forest.js';

export interface AnomalyFeature {
  name: FeatureName;
  value: number;
  baselineMedian: number;
}

export interface AnomalousExample {
  id: string;
  /** Isolation-forest score in (0, 1]; above `threshold` is anomalous. */
  score: number;
  /** The features furthest from the baseline's, furthest first: what made it odd. */
  features: AnomalyFeature[];
}

/** report.json `anomalies`: see README "Anomalous outputs". */
export interface AnomalySummary {
  method: 'isolation-forest';
  seed: number;
  trees: number;
  sampleSize: number;
  contamination: number;
  /** The baseline's (1 − contamination) score quantile: a candidate above it is anomalous. */
  threshold: number;
  features: FeatureName[];
  /** Examples with an output on both sides: the rates and the test are on these. */
  n: number;
  baselineRate: number;
  candidateRate: number;
  /** candidateRate − baselineRate, paired by example. */
  delta: number;
  /** McNemar exact test on the examples anomalous on one side only. */
  pValue: number;
  ciLow: number;
  ciHigh: number;
  /** The most anomalous candidate examples, most anomalous first. */
  top: AnomalousExample[];
  /** Present when the detector ran on a seeded sample (src/anomaly/run.ts): the records each side had. */
  sampledFrom?: { baseline: number; candidate: number };
}

export interface DetectOptions {
  seed: number;
  contamination: number;
  confidence: number;
  top: number;
  trees?: number;
}

/** Below this many baseline outputs the forest has too little to learn what is ordinary. */
export const MIN_BASELINE_OUTPUTS = 20;

function usableColumns(rows: readonly Float64Array[]): number[] {
  // A feature kept must be measured on every row (latency is absent from a predictions file).
  return FEATURE_NAMES.map((_, column) => column).filter((column) =>
    rows.every((row) => Number.isFinite(row[column] as number)),
  );
}

function project(row: Float64Array, columns: readonly number[]): Float64Array {
  return Float64Array.from(columns, (column) => row[column] as number);
}

/** Robust spread for ranking features: IQR, else the range, else 1 (a constant baseline). */
function spreadOf(sorted: Float64Array): number {
  const iqr = quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25);
  if (iqr > 0) return iqr;
  const range = (sorted[sorted.length - 1] as number) - (sorted[0] as number);
  return range > 0 ? range : 1;
}

/**
 * Fits an isolation forest on the baseline's outputs, scores both sides (the baseline
 * out-of-bag), and compares the anomalous share paired by example. Null when the baseline has
 * fewer than MIN_BASELINE_OUTPUTS outputs. Cost: O((n_b + n_c) · trees · log ψ).
 */
export function detectAnomalies(
  baseline: readonly OutputObservation[],
  candidate: readonly OutputObservation[],
  options: DetectOptions,
): AnomalySummary | null {
  if (baseline.length < MIN_BASELINE_OUTPUTS || candidate.length === 0) return null;
  const baselineRows = baseline.map(featureRow);
  const candidateRows = candidate.map(featureRow);
  const columns = usableColumns([...baselineRows, ...candidateRows]);
  const fitted = baselineRows.map((row) => project(row, columns));
  const trees = options.trees ?? 100;
  // At most half the baseline per tree, so every baseline row is out-of-bag for about half the trees.
  const sampleSize = Math.min(256, Math.floor(baseline.length / 2));
  const forest = fitIsolationForest(fitted, { seed: options.seed, trees, sampleSize });

  const baselineScores = fitted.map((row, index) => anomalyScore(forest, row, index));
  const candidateScores = candidateRows.map((row) => anomalyScore(forest, project(row, columns)));
  // A row in every tree's sample has no out-of-bag score; with ψ ≤ n/2 that is vanishingly rare.
  const threshold = quantileSorted(
    sortedCopy(baselineScores.filter((score) => !Number.isNaN(score))),
    1 - options.contamination,
  );

  const baselineById = new Map(baseline.map((observation, index) => [observation.id, baselineScores[index] as number]));
  const counts = { both: 0, baselineOnly: 0, candidateOnly: 0, neither: 0 };
  candidate.forEach((observation, index) => {
    const baselineScore = baselineById.get(observation.id);
    if (baselineScore === undefined || Number.isNaN(baselineScore)) return;
    const before = baselineScore > threshold;
    const after = (candidateScores[index] as number) > threshold;
    // In PairedCounts' terms, "right" is "anomalous": delta = candidate rate − baseline rate.
    if (before && after) counts.both += 1;
    else if (before) counts.baselineOnly += 1;
    else if (after) counts.candidateOnly += 1;
    else counts.neither += 1;
  });
  const n = counts.both + counts.baselineOnly + counts.candidateOnly + counts.neither;
  if (n === 0) return null;
  const interval = pairedAccuracyDelta(counts, { confidence: options.confidence });

  const sortedColumns = columns.map((column) => sortedCopy(baselineRows.map((row) => row[column] as number)));
  const medians = sortedColumns.map((sorted) => quantileSorted(sorted, 0.5));
  const spreads = sortedColumns.map(spreadOf);
  const order = candidateScores
    .map((_, index) => index)
    .sort((x, y) => (candidateScores[y] as number) - (candidateScores[x] as number) || x - y);
  const top = order.slice(0, options.top).map((index) => {
    const row = candidateRows[index] as Float64Array;
    const features = columns
      .map((column, position) => ({
        name: FEATURE_NAMES[column] as FeatureName,
        value: row[column] as number,
        baselineMedian: medians[position] as number,
        distance: Math.abs((row[column] as number) - (medians[position] as number)) / (spreads[position] as number),
      }))
      .sort((x, y) => y.distance - x.distance)
      .slice(0, 3)
      .map(({ name, value, baselineMedian }) => ({ name, value, baselineMedian }));
    return { id: (candidate[index] as OutputObservation).id, score: candidateScores[index] as number, features };
  });

  return {
    method: 'isolation-forest',
    seed: options.seed,
    trees,
    sampleSize,
    contamination: options.contamination,
    threshold,
    features: columns.map((column) => FEATURE_NAMES[column] as FeatureName),
    n,
    baselineRate: (counts.both + counts.baselineOnly) / n,
    candidateRate: (counts.both + counts.candidateOnly) / n,
    delta: interval.delta,
    pValue: mcnemarExact(counts.baselineOnly, counts.candidateOnly).pValue,
    ciLow: interval.ciLow,
    ciHigh: interval.ciHigh,
    top,
  };
}
