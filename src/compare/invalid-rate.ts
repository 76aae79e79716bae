import { isInvalid, type LabelSet, labelIndex } from '../metrics/label-set.js';
import { mcnemarExact } from '../stats/mcnemar.js';
import { pairedAccuracyDelta } from '../stats/paired-accuracy.js';
import type { Pairs } from './pairs.js';
import type { InvalidRateDelta } from './types.js';

/**
 * The invalid-output rate of both sides on the paired examples. Being invalid is a yes/no per
 * example and side, so the paired test is McNemar's exact test on the examples that became
 * invalid against those that stopped being (statsmodels `mcnemar(exact=True)`), and the
 * interval the paired-proportion one used for accuracy (Miller 2024). O(examples).
 */
export function invalidRateOf(pairs: Pairs, labelSet: LabelSet, confidence: number): InvalidRateDelta {
  const index = labelIndex(labelSet);
  let both = 0;
  let baselineOnly = 0;
  let candidateOnly = 0;
  for (const { baseline, candidate } of pairs) {
    const before = isInvalid(labelSet, index, baseline.prediction ?? '');
    const after = isInvalid(labelSet, index, candidate.prediction ?? '');
    if (before && after) both += 1;
    else if (before) baselineOnly += 1;
    else if (after) candidateOnly += 1;
  }
  const n = pairs.length;
  // "Right" here is "invalid": the rate's paired delta is candidate − baseline, as accuracy's.
  const interval = pairedAccuracyDelta(
    { both, baselineOnly, candidateOnly, neither: n - both - baselineOnly - candidateOnly },
    { confidence },
  );
  return {
    baseline: n === 0 ? 0 : (both + baselineOnly) / n,
    candidate: n === 0 ? 0 : (both + candidateOnly) / n,
    delta: interval.delta,
    ciLow: interval.ciLow,
    ciHigh: interval.ciHigh,
    pValue: mcnemarExact(baselineOnly, candidateOnly).pValue,
    baselineOnly,
    candidateOnly,
    both,
  };
}
