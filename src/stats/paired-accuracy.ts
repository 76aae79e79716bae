import { normalQuantile } from './special.js';

/** Counts of example pairs by correctness: the 2×2 table of a paired comparison. */
export interface PairedCounts {
  /** a: both models right. */
  both: number;
  /** b: baseline right, candidate wrong (negative flips). */
  baselineOnly: number;
  /** c: baseline wrong, candidate right. */
  candidateOnly: number;
  /** d: both wrong. */
  neither: number;
}

export interface PairedAccuracyDelta {
  /** Candidate accuracy minus baseline accuracy, (c − b)/N. */
  delta: number;
  standardError: number;
  ciLow: number;
  ciHigh: number;
}

function totalOf(counts: PairedCounts): number {
  let total = 0;
  for (const name of ['both', 'baselineOnly', 'candidateOnly', 'neither'] as const) {
    const value = counts[name];
    if (!(Number.isInteger(value) && value >= 0)) {
      throw new RangeError(`paired counts: ${name} must be a non-negative integer, got ${value}`);
    }
    total += value;
  }
  return total;
}

/**
 * Standard error of the paired accuracy difference (Miller 2024, "Adding Error Bars to
 * Evals", eq. for paired differences): sqrt(((b + c)/N − ((c − b)/N)²)/N), which is the
 * population standard deviation of the per-example differences in {−1, 0, 1} over √N.
 */
export function pairedStandardError(counts: PairedCounts): number {
  const n = totalOf(counts);
  if (n === 0) return Number.NaN;
  const discordance = (counts.baselineOnly + counts.candidateOnly) / n;
  const delta = (counts.candidateOnly - counts.baselineOnly) / n;
  return Math.sqrt(Math.max(0, discordance - delta * delta) / n);
}

/** The accuracy delta with its normal (Wald) interval on the paired standard error. */
export function pairedAccuracyDelta(counts: PairedCounts, options: { confidence: number }): PairedAccuracyDelta {
  const n = totalOf(counts);
  const delta = n === 0 ? Number.NaN : (counts.candidateOnly - counts.baselineOnly) / n;
  const standardError = pairedStandardError(counts);
  const z = normalQuantile(1 - (1 - options.confidence) / 2);
  // The Wald interval overshoots on small N (3 examples: +13.3 to +120.0 points); a difference
  // of accuracies lies in [−1, 1], so the interval is clipped to that.
  return { delta, standardError, ciLow: clip(delta - z * standardError), ciHigh: clip(delta + z * standardError) };
}

function clip(value: number): number {
  return Math.min(1, Math.max(-1, value));
}

/**
 * The smallest detectable drop as reported: no drop exceeds 1 (100 points), so a larger figure
 * is capped there, and it means the dataset is too small to detect any drop at all.
 */
export function detectableDrop(drop: number): { drop: number; datasetTooSmall: boolean } {
  return { drop: Math.min(1, drop), datasetTooSmall: drop >= 1 };
}

/**
 * The smallest accuracy drop this dataset detects with a two-sided test at level `alpha`
 * and the given power, from the observed discordance: (z₁₋α/₂ + z_power)·SE.
 */
export function minDetectableDrop(counts: PairedCounts, options: { alpha: number; power: number }): number {
  const z = normalQuantile(1 - options.alpha / 2) + normalQuantile(options.power);
  return z * pairedStandardError(counts);
}
