import jstat from 'jstat';

const { jStat } = jstat;

export interface PairedT {
  baseline: number;
  candidate: number;
  /** Mean of candidate − baseline. */
  delta: number;
  ciLow: number;
  ciHigh: number;
  pValue: number;
}

/**
 * Paired t-test on candidate − baseline, as scipy.stats.ttest_rel(candidate, baseline) with its
 * confidence_interval(confidence). Used for mean per-example scores: they are bounded, so the
 * central limit theorem holds at the sizes evals have, and this costs O(n) once instead of O(n)
 * per bootstrap resample. One deviation: scipy gives NaN when every difference is the same (or
 * n < 2); we report the delta as its own interval, p = 1 if it is zero and 0 otherwise.
 */
export function pairedT(baseline: ArrayLike<number>, candidate: ArrayLike<number>, confidence: number): PairedT {
  const n = baseline.length;
  if (candidate.length !== n) {
    throw new RangeError(`paired t: ${n} baseline values but ${candidate.length} candidate values`);
  }
  let baselineSum = 0;
  let candidateSum = 0;
  for (let i = 0; i < n; i++) {
    baselineSum += baseline[i] as number;
    candidateSum += candidate[i] as number;
  }
  const delta = (candidateSum - baselineSum) / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ((candidate[i] as number) - (baseline[i] as number) - delta) ** 2;
  const means = { baseline: baselineSum / n, candidate: candidateSum / n, delta };
  if (n < 2 || squares === 0) return { ...means, ciLow: delta, ciHigh: delta, pValue: delta === 0 ? 1 : 0 };
  const standardError = Math.sqrt(squares / (n - 1) / n);
  const critical = jStat.studentt.inv(1 - (1 - confidence) / 2, n - 1);
  const t = delta / standardError;
  return {
    ...means,
    ciLow: delta - critical * standardError,
    ciHigh: delta + critical * standardError,
    pValue: 2 * (1 - jStat.studentt.cdf(Math.abs(t), n - 1)),
  };
}
