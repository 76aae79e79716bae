import jstat from 'jstat';
import type { Pairs } from './pairs.js';
import type { MetricDelta } from './types.js';

/**
 * Mean token-F1 delta with a paired t interval and p-value (scipy.stats.ttest_rel): per-example
 * scores are bounded, so the central limit theorem holds at the sizes evals have, and this
 * costs O(n) once instead of O(n) per bootstrap resample.
 */
export function tokenF1Delta(pairs: Pairs, confidence: number): MetricDelta {
  const n = pairs.length;
  let baselineSum = 0;
  let candidateSum = 0;
  for (const pair of pairs) {
    baselineSum += pair.baseline.score ?? 0;
    candidateSum += pair.candidate.score ?? 0;
  }
  const delta = (candidateSum - baselineSum) / n;
  let squares = 0;
  for (const pair of pairs) squares += ((pair.candidate.score ?? 0) - (pair.baseline.score ?? 0) - delta) ** 2;
  const base = { baseline: baselineSum / n, candidate: candidateSum / n, delta };
  if (n < 2 || squares === 0) return { ...base, ciLow: delta, ciHigh: delta, pValue: delta === 0 ? 1 : 0 };
  const standardError = Math.sqrt(squares / (n - 1) / n);
  const critical = jstat.jStat.studentt.inv(1 - (1 - confidence) / 2, n - 1);
  const t = delta / standardError;
  return {
    ...base,
    ciLow: delta - critical * standardError,
    ciHigh: delta + critical * standardError,
    pValue: 2 * (1 - jstat.jStat.studentt.cdf(Math.abs(t), n - 1)),
  };
}
