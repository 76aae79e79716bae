import { sortNumbers } from './sort.js';

/**
 * numpy.quantile's default (method='linear', type 7 of Hyndman & Fan) on an ascending-sorted
 * array, so our p90/p99 match what users get from numpy/pandas.
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const position = (n - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.min(lower + 1, n - 1);
  const low = sorted[lower] as number;
  const high = sorted[upper] as number;
  return low + (high - low) * (position - lower);
}

export function sortedCopy(values: ArrayLike<number>): Float64Array {
  return sortNumbers(Float64Array.from(values as ArrayLike<number>));
}
