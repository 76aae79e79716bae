import type { LengthUnit } from '../metrics/types.js';
import { quantileSorted, sortedCopy } from '../stats/quantile.js';
import { sortNumbers } from '../stats/sort.js';

/** One bar of a histogram shared by both releases: [low, high) in the length unit. */
export interface LengthBin {
  low: number;
  /** Exclusive; null on the last bin when it also holds the longest outputs (above p99). */
  high: number | null;
  baseline: number;
  candidate: number;
}

export interface LengthDistribution {
  unit: LengthUnit;
  /** Same bins for both sides, so bars compare; empty without outputs. */
  bins: LengthBin[];
  /** Up to 101 points (length, share of outputs at most that long) per side. */
  cdf: { baseline: [number, number][]; candidate: [number, number][] };
}

const TARGET_BINS = 12;

/** 1, 2, 5 × 10^k at or above `value`: bin widths people read at a glance. */
function niceWidth(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function cdfOf(sorted: Float64Array): [number, number][] {
  const n = sorted.length;
  if (n === 0) return [];
  const points: [number, number][] = [];
  const steps = Math.min(100, n - 1);
  for (let step = 0; step <= steps; step++) {
    let index = steps === 0 ? n - 1 : Math.round((step * (n - 1)) / steps);
    // Move to the last of equal values: the CDF at x counts every output of length x. By
    // binary search: a million outputs of one length would be walked once per step.
    const value = sorted[index] as number;
    let high = n - 1;
    while (index < high) {
      const middle = Math.ceil((index + high) / 2);
      if (sorted[middle] === value) index = middle;
      else high = middle - 1;
    }
    const point: [number, number] = [sorted[index] as number, (index + 1) / n];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0]) points.push(point);
  }
  return points;
}

/**
 * Histograms (shared bins, the longest 1% folded into the last bin so one runaway output does
 * not flatten the picture) and CDFs of both releases' output lengths. Costs a sort of each side,
 * O(n log n); the result has a bounded size whatever n is.
 */
export function lengthDistribution(
  baselineLengths: ArrayLike<number> | null,
  candidateLengths: ArrayLike<number>,
  unit: LengthUnit,
): LengthDistribution {
  const baseline = sortedCopy(baselineLengths ?? []);
  const candidate = sortedCopy(candidateLengths);
  const both = new Float64Array(baseline.length + candidate.length);
  both.set(baseline);
  both.set(candidate, baseline.length);
  sortNumbers(both);
  const cdf = { baseline: cdfOf(baseline), candidate: cdfOf(candidate) };
  if (both.length === 0) return { unit, bins: [], cdf };
  const low = both[0] as number;
  const max = both[both.length - 1] as number;
  const cap = Math.max(low, Math.ceil(quantileSorted(both, 0.99)));
  const span = cap - low + 1;
  const width = span <= TARGET_BINS + 3 ? 1 : niceWidth(span / TARGET_BINS);
  const start = Math.floor(low / width) * width;
  const count = Math.floor((cap - start) / width) + 1;
  const open = max >= start + count * width;
  const bins: LengthBin[] = Array.from({ length: count }, (_, i) => ({
    low: start + i * width,
    high: open && i === count - 1 ? null : start + (i + 1) * width,
    baseline: 0,
    candidate: 0,
  }));
  const binOf = (value: number) => bins[Math.min(count - 1, Math.floor((value - start) / width))] as LengthBin;
  for (const value of baseline) binOf(value).baseline += 1;
  for (const value of candidate) binOf(value).candidate += 1;
  return { unit, bins, cdf };
}
