import { kolmogorovSf } from './kolmogorov.js';
import { sortNumbers } from './sort.js';

// Two-sample Kolmogorov–Smirnov test with scipy.stats.ks_2samp(x, y) semantics
// (alternative='two-sided', method='auto'), ported from scipy 1.10.1
// `scipy/stats/_stats_py.py` (`ks_2samp`, `_attempt_exact_2kssamp`,
// `_compute_prob_outside_square`) and `scipy/stats/_stats_pythran.py`
// (`_compute_outer_prob_inside_method`, Hodges 1958 with Viehmann's 2021 recursion for 1 − p).
//
// Where scipy leaves the exact method, and so do we:
// - 'auto' tries the exact p-value only when max(n1, n2) ≤ 10,000;
// - the exact attempt is abandoned when it yields a non-finite value or one outside [0, 1]
//   (scipy catches floating-point errors there); the two-sided recursions here stay in
//   [0, 1] by construction, so in practice this is a guard;
// - otherwise the asymptotic p-value is kstwo.sf(D, round(n1·n2/(n1 + n2))).

/** scipy's MAX_AUTO_N: 'auto' attempts the exact distribution up to this sample size. */
export const KS_EXACT_MAX_N = 10_000;

export interface KsResult {
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

function greatestCommonDivisor(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

/** P(D_{n,n} ≥ h/n): alternating sum evaluated Horner-style to avoid cancellation. */
function probabilityOutsideSquare(n: number, h: number): number {
  let p = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let term = 1;
    for (let j = 0; j < h; j++) term = ((n - k * h - j) * term) / (n + k * h + j + 1);
    p = term * (1 - p);
  }
  return 2 * p;
}

/**
 * Proportion of lattice paths from (0, 0) to (m, n) that leave the band |x/m − y/n| < h/lcm,
 * computed column by column on a sliding window, directly as 1 − p.
 */
function probabilityOutsideBand(m0: number, n0: number, g: number, h: number): number {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  let minJ = 0;
  let maxJ = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxJ - minJ;
  const windowLength = Math.min(2 * maxJ + 2, n + 1);
  const column = new Float64Array(windowLength).fill(1);
  column.fill(0, minJ, maxJ);
  for (let i = 1; i <= m; i++) {
    const lastMinJ = minJ;
    const lastLength = currentLength;
    minJ = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxJ = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxJ <= minJ) return 1;
    let value = minJ === 0 ? 0 : 1;
    for (let jj = 0; jj < maxJ - minJ; jj++) {
      const j = jj + minJ;
      value = ((column[jj + minJ - lastMinJ] as number) * i + value * j) / (i + j);
      column[jj] = value;
    }
    currentLength = maxJ - minJ;
    if (lastLength > currentLength) column.fill(1, maxJ - minJ, maxJ - minJ + (lastLength - currentLength));
  }
  return column[maxJ - minJ - 1] as number;
}

/** numpy.round: halves go to the even neighbour (n1 = n2 = 10,001 gives 5,000.5 → 5,000). */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction !== 0.5) return Math.round(x);
  return floor % 2 === 0 ? floor : floor + 1;
}

function sortedFinite(values: ArrayLike<number>, name: string): Float64Array {
  const sorted = Float64Array.from(values);
  if (sorted.length === 0) throw new RangeError(`ks2samp: ${name} is empty`);
  for (const value of sorted) {
    if (!Number.isFinite(value)) throw new RangeError(`ks2samp: ${name} holds a non-finite value ${value}`);
  }
  return sortNumbers(sorted);
}

/** Largest ECDF difference, taken over the pooled sample points as scipy does. */
export function ksStatistic(sortedX: Float64Array, sortedY: Float64Array): number {
  const n1 = sortedX.length;
  const n2 = sortedY.length;
  let i = 0;
  let j = 0;
  let maxDifference = Number.NEGATIVE_INFINITY;
  let minDifference = Number.POSITIVE_INFINITY;
  while (i < n1 || j < n2) {
    const next = Math.min(i < n1 ? (sortedX[i] as number) : Infinity, j < n2 ? (sortedY[j] as number) : Infinity);
    while (i < n1 && (sortedX[i] as number) <= next) i++;
    while (j < n2 && (sortedY[j] as number) <= next) j++;
    const difference = i / n1 - j / n2;
    if (difference > maxDifference) maxDifference = difference;
    if (difference < minDifference) minDifference = difference;
  }
  const minS = Math.min(1, Math.max(0, -minDifference));
  return Math.max(minS, maxDifference);
}

/** scipy.stats.ks_2samp(x, y) with the default two-sided alternative and method='auto'. */
export function ks2samp(x: ArrayLike<number>, y: ArrayLike<number>): KsResult {
  const sortedX = sortedFinite(x, 'first sample');
  const sortedY = sortedFinite(y, 'second sample');
  const n1 = sortedX.length;
  const n2 = sortedY.length;
  let statistic = ksStatistic(sortedX, sortedY);
  if (Math.max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = greatestCommonDivisor(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(statistic * lcm);
    statistic = h / lcm;
    if (h === 0) return { statistic, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? probabilityOutsideSquare(n1, h) : probabilityOutsideBand(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic, pValue: p, method: 'exact' };
  }
  const effectiveN = roundHalfEven((n1 * n2) / (n1 + n2));
  return { statistic, pValue: kolmogorovSf(effectiveN, statistic), method: 'asymptotic' };
}
