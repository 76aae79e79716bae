import { multinomialBootstrap } from '../stats/bootstrap.js';
import { quantileSorted, sortedCopy } from '../stats/quantile.js';
import type { Pairs } from './pairs.js';
import type { LatencyShift } from './types.js';

/**
 * The value at sorted position `position` of the sample that repeats `values[order[k]]`
 * `weights[order[k]]` times; `order` sorts `values` ascending. O(n).
 */
function weightedAt(values: Float64Array, order: Uint32Array, weights: Float64Array, position: number): number {
  let seen = 0;
  for (const index of order) {
    seen += weights[index] as number;
    if (seen > position) return values[index] as number;
  }
  return values[order[order.length - 1] as number] as number;
}

/** numpy.quantile (linear) of the weighted sample: as quantileSorted on the expanded values. */
function weightedQuantile(
  values: Float64Array,
  order: Uint32Array,
  weights: Float64Array,
  total: number,
  q: number,
): number {
  const position = (total - 1) * q;
  const lower = Math.floor(position);
  const low = weightedAt(values, order, weights, lower);
  const high = weightedAt(values, order, weights, Math.min(lower + 1, total - 1));
  return low + (high - low) * (position - lower);
}

const orderOf = (values: Float64Array) =>
  Uint32Array.from(values.keys()).sort((i, j) => (values[i] as number) - (values[j] as number));

/**
 * The paired change in p95 latency on the examples both sides timed, with a paired percentile
 * bootstrap interval (the same examples resampled for both sides, so slow inputs cancel).
 * Each resample is a multinomial draw over the pairs and two O(n) walks of the presorted
 * latencies: O(resamples · n), no sort inside the loop. Null with fewer than 2 timed pairs.
 */
export function latencyShiftOf(
  pairs: Pairs,
  options: { resamples: number; seed: number; confidence: number },
): LatencyShift | null {
  const timed: { baseline: number; candidate: number }[] = [];
  for (const { baseline, candidate } of pairs) {
    if (baseline.latencyMs !== undefined && candidate.latencyMs !== undefined)
      timed.push({ baseline: baseline.latencyMs, candidate: candidate.latencyMs });
  }
  const n = timed.length;
  if (n < 2) return null;
  const baseline = Float64Array.from(timed, (pair) => pair.baseline);
  const candidate = Float64Array.from(timed, (pair) => pair.candidate);
  const baselineP95 = quantileSorted(sortedCopy(baseline), 0.95);
  const candidateP95 = quantileSorted(sortedCopy(candidate), 0.95);
  const [baselineOrder, candidateOrder] = [orderOf(baseline), orderOf(candidate)];
  const { lows, highs } = multinomialBootstrap({
    counts: new Array<number>(n).fill(1),
    resamples: options.resamples,
    seed: options.seed,
    confidence: options.confidence,
    statistic: (weights) => [
      weightedQuantile(candidate, candidateOrder, weights, n, 0.95) -
        weightedQuantile(baseline, baselineOrder, weights, n, 0.95),
    ],
  });
  return {
    n,
    baselineP95,
    candidateP95,
    p95Delta: candidateP95 - baselineP95,
    p95DeltaCiLow: lows[0] as number,
    p95DeltaCiHigh: highs[0] as number,
  };
}
