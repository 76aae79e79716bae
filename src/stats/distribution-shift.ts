import { chiSquareQuantile, chiSquareSf } from './special.js';

export interface ChiSquareResult {
  statistic: number;
  pValue: number;
  degreesOfFreedom: number;
}

function checkCounts(name: string, counts: readonly number[]): void {
  for (const value of counts) {
    if (!(Number.isFinite(value) && value >= 0)) {
      throw new RangeError(`${name}: counts must be finite and non-negative, got ${value}`);
    }
  }
}

/**
 * Chi-square test of homogeneity on the 2×K table of predicted-label counts (baseline row,
 * candidate row), as `scipy.stats.chi2_contingency` with its defaults after dropping the
 * labels neither model predicted: Yates' continuity correction when there is one degree of
 * freedom, and statistic 0 with p = 1 when only one label remains.
 */
export function chiSquareHomogeneity(
  baselineCounts: readonly number[],
  candidateCounts: readonly number[],
): ChiSquareResult {
  if (baselineCounts.length !== candidateCounts.length) {
    throw new RangeError('chiSquareHomogeneity: both rows need the same labels');
  }
  checkCounts('chiSquareHomogeneity', baselineCounts);
  checkCounts('chiSquareHomogeneity', candidateCounts);
  const columns: Array<[number, number]> = [];
  baselineCounts.forEach((baseline, k) => {
    const candidate = candidateCounts[k] as number;
    if (baseline + candidate > 0) columns.push([baseline, candidate]);
  });
  const degreesOfFreedom = columns.length - 1;
  if (degreesOfFreedom <= 0) return { statistic: 0, pValue: 1, degreesOfFreedom: 0 };
  let baselineTotal = 0;
  let candidateTotal = 0;
  for (const [baseline, candidate] of columns) {
    baselineTotal += baseline;
    candidateTotal += candidate;
  }
  const total = baselineTotal + candidateTotal;
  if (baselineTotal === 0 || candidateTotal === 0) {
    return { statistic: Number.NaN, pValue: Number.NaN, degreesOfFreedom };
  }
  let statistic = 0;
  for (const [baseline, candidate] of columns) {
    const columnTotal = baseline + candidate;
    for (const [observed, rowTotal] of [
      [baseline, baselineTotal],
      [candidate, candidateTotal],
    ] as const) {
      const expected = (rowTotal * columnTotal) / total;
      let difference = Math.abs(observed - expected);
      // Yates: move each observed count up to 0.5 towards its expected count.
      if (degreesOfFreedom === 1) difference -= Math.min(0.5, difference);
      statistic += (difference * difference) / expected;
    }
  }
  return { statistic, pValue: chiSquareSf(statistic, degreesOfFreedom), degreesOfFreedom };
}

/**
 * Population stability index Σ (qᵢ − pᵢ)·ln(qᵢ/pᵢ) between the baseline's label shares p and
 * the candidate's q. A share of 0 is replaced by `epsilon` so an absent label gives a large
 * but finite term (the usual convention; the index is undefined otherwise).
 */
export function psi(baselineCounts: readonly number[], candidateCounts: readonly number[], epsilon = 1e-4): number {
  if (baselineCounts.length !== candidateCounts.length) {
    throw new RangeError('psi: both distributions need the same bins');
  }
  checkCounts('psi', baselineCounts);
  checkCounts('psi', candidateCounts);
  const baselineTotal = baselineCounts.reduce((sum, value) => sum + value, 0);
  const candidateTotal = candidateCounts.reduce((sum, value) => sum + value, 0);
  if (baselineTotal === 0 || candidateTotal === 0) return Number.NaN;
  let index = 0;
  baselineCounts.forEach((baseline, k) => {
    const p = Math.max(baseline / baselineTotal, epsilon);
    const q = Math.max((candidateCounts[k] as number) / candidateTotal, epsilon);
    index += (q - p) * Math.log(q / p);
  });
  return index;
}

/**
 * Approximate critical value of PSI under "no shift" for B bins and samples of n and m:
 * χ²(B − 1) quantile at 1 − α times (1/n + 1/m) (Yurdakul 2018), so the threshold scales
 * with the sample sizes instead of the folklore 0.1/0.25.
 */
export function psiCriticalValue(options: {
  bins: number;
  baselineTotal: number;
  candidateTotal: number;
  alpha: number;
}): number {
  const { bins, baselineTotal, candidateTotal, alpha } = options;
  if (bins < 2) return Number.NaN;
  return chiSquareQuantile(1 - alpha, bins - 1) * (1 / baselineTotal + 1 / candidateTotal);
}
