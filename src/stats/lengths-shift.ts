import { type KsResult, ks2samp } from './ks-two-sample.js';
import { mean } from './mean.js';
import { quantileSorted } from './quantile.js';
import { sortNumbers } from './sort.js';

function sortedLengths(values: ArrayLike<number>, name: string): Float64Array {
  const sorted = Float64Array.from(values);
  if (sorted.length === 0) throw new RangeError(`lengths shift: ${name} is empty`);
  for (const value of sorted) {
    if (!Number.isFinite(value)) throw new RangeError(`lengths shift: ${name} holds a non-finite value ${value}`);
  }
  return sortNumbers(sorted);
}

/**
 * First Wasserstein distance between two samples' empirical distributions, as
 * scipy.stats.wasserstein_distance(x, y): ∫|F_x − F_y| over the pooled sorted values.
 * Both arrays must be sorted ascending.
 */
export function wasserstein1Sorted(sortedX: Float64Array, sortedY: Float64Array): number {
  const n1 = sortedX.length;
  const n2 = sortedY.length;
  let i = 0;
  let j = 0;
  let distance = 0;
  let current = Math.min(sortedX[0] as number, sortedY[0] as number);
  while (i < n1 || j < n2) {
    while (i < n1 && (sortedX[i] as number) <= current) i++;
    while (j < n2 && (sortedY[j] as number) <= current) j++;
    if (i === n1 && j === n2) break;
    const next = Math.min(i < n1 ? (sortedX[i] as number) : Infinity, j < n2 ? (sortedY[j] as number) : Infinity);
    distance += Math.abs(i / n1 - j / n2) * (next - current);
    current = next;
  }
  return distance;
}

export function wasserstein1(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return wasserstein1Sorted(sortedLengths(x, 'first sample'), sortedLengths(y, 'second sample'));
}

/** The distributions alone; compare/types.ts `LengthShift` adds the units, summaries and paired tests. */
export interface LengthDistributionShift {
  /** Candidate minus baseline; quantiles are numpy's default (linear). */
  meanDelta: number;
  medianDelta: number;
  p90Delta: number;
  p99Delta: number;
  wasserstein: number;
  ks: KsResult;
}

/** How the candidate's output lengths moved from the baseline's, as distributions. */
export function lengthDistributionShift(
  baseline: ArrayLike<number>,
  candidate: ArrayLike<number>,
): LengthDistributionShift {
  const before = sortedLengths(baseline, 'baseline lengths');
  const after = sortedLengths(candidate, 'candidate lengths');
  const quantileDelta = (q: number): number => quantileSorted(after, q) - quantileSorted(before, q);
  return {
    meanDelta: mean(after) - mean(before),
    medianDelta: quantileDelta(0.5),
    p90Delta: quantileDelta(0.9),
    p99Delta: quantileDelta(0.99),
    wasserstein: wasserstein1Sorted(before, after),
    ks: ks2samp(before, after),
  };
}
