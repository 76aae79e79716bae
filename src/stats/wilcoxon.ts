import { sortNumbers } from './sort.js';
import { normalSf } from './special.js';

// Wilcoxon signed-rank test on paired differences (candidate − baseline output lengths), as
// scipy.stats.wilcoxon(d) with its defaults in scipy 1.10.1 (`scipy/stats/_morestats.py`):
// zero_method='wilcox', correction=False, alternative='two-sided', method='auto'.
// - 'auto' is exact for n ≤ 50 differences, unless one is zero: then the normal approximation;
// - the approximation drops zero differences, ranks |d| with average ranks, and corrects the
//   variance for ties;
// - the exact test, like scipy's, truncates a tied (half-integer) rank sum to an integer.
// One deviation: scipy raises when every difference is zero; we report no evidence of a shift
// (statistic 0, p = 1), the answer a gate needs when two models produce identical lengths.

export interface WilcoxonResult {
  /** min(R⁺, R⁻), the smaller signed-rank sum. */
  statistic: number;
  pValue: number;
  method: 'exact' | 'approx';
}

const EXACT_MAX_N = 50;

/**
 * R⁺ and R⁻ of the non-zero differences (average ranks of |d|, 1-based, ties sharing the mean
 * of their positions) and the tie term Σ t(t² − 1). Only sums by sign are needed, so no rank
 * array: |d| of each sign is sorted natively (no comparator: O(n log n) in C++, 8 B per
 * difference) and the two are walked together by tie group. Ranks are half-integers, so the
 * sums are exact in any order; groups are visited in ascending order, as a sort of ranks would.
 */
function signedRankSums(d: Float64Array): { rankPlus: number; rankMinus: number; tieTerm: number } {
  let positives = 0;
  for (const value of d) if (value > 0) positives += 1;
  const plus = new Float64Array(positives);
  const minus = new Float64Array(d.length - positives);
  let p = 0;
  let m = 0;
  for (const value of d) {
    if (value > 0) plus[p++] = value;
    else minus[m++] = -value;
  }
  sortNumbers(plus);
  sortNumbers(minus);
  let rankPlus = 0;
  let rankMinus = 0;
  let tieTerm = 0;
  let i = 0;
  let j = 0;
  while (i < plus.length || j < minus.length) {
    const value = Math.min(
      i < plus.length ? (plus[i] as number) : Number.POSITIVE_INFINITY,
      j < minus.length ? (minus[j] as number) : Number.POSITIVE_INFINITY,
    );
    const start = i + j;
    let inPlus = 0;
    while (i < plus.length && plus[i] === value) {
      i++;
      inPlus++;
    }
    let inMinus = 0;
    while (j < minus.length && minus[j] === value) {
      j++;
      inMinus++;
    }
    const size = inPlus + inMinus;
    const rank = (start + start + size + 1) / 2;
    rankPlus += inPlus * rank;
    rankMinus += inMinus * rank;
    tieTerm += size * (size * size - 1);
  }
  return { rankPlus, rankMinus, tieTerm };
}

/** Null distribution of R⁺ for n untied ranks: counts of subsets by their sum, over 2ⁿ. */
function signedRankPmf(n: number): Float64Array {
  const maxSum = (n * (n + 1)) / 2;
  const counts = new Float64Array(maxSum + 1);
  counts[0] = 1;
  for (let rank = 1; rank <= n; rank++) {
    for (let sum = (rank * (rank + 1)) / 2; sum >= rank; sum--)
      counts[sum] = (counts[sum] as number) + (counts[sum - rank] as number);
  }
  const scale = 2 ** -n;
  return counts.map((count) => count * scale);
}

export function wilcoxonSignedRank(differences: ArrayLike<number>): WilcoxonResult {
  const all = Float64Array.from(differences);
  for (const value of all) {
    if (!Number.isFinite(value)) throw new RangeError(`wilcoxon: non-finite difference ${value}`);
  }
  if (all.length === 0) return { statistic: Number.NaN, pValue: Number.NaN, method: 'exact' };
  const zeros = all.reduce((count, value) => count + (value === 0 ? 1 : 0), 0);
  const method = all.length <= EXACT_MAX_N && zeros === 0 ? 'exact' : 'approx';
  const d = method === 'approx' ? all.filter((value) => value !== 0) : all;
  const count = d.length;
  if (count === 0) return { statistic: 0, pValue: 1, method };
  const { rankPlus, rankMinus, tieTerm } = signedRankSums(d);
  const statistic = Math.min(rankPlus, rankMinus);
  if (method === 'approx') {
    const mean = count * (count + 1) * 0.25;
    const variance = (count * (count + 1) * (2 * count + 1) - 0.5 * tieTerm) / 24;
    const z = (statistic - mean) / Math.sqrt(variance);
    return { statistic, pValue: Math.min(1, 2 * normalSf(Math.abs(z))), method };
  }
  const pmf = signedRankPmf(count);
  const observed = Math.trunc(rankPlus);
  if (observed === Math.floor((pmf.length - 1) / 2)) return { statistic, pValue: 1, method };
  let lower = 0;
  let upper = 0;
  for (let s = 0; s < pmf.length; s++) {
    if (s <= observed) lower += pmf[s] as number;
    if (s >= observed) upper += pmf[s] as number;
  }
  return { statistic, pValue: Math.min(1, Math.max(0, 2 * Math.min(lower, upper))), method };
}
