import { summarizeLengths } from '../metrics/lengths.js';
import type { LengthUnit } from '../metrics/types.js';
import { lengthDistributionShift } from '../stats/lengths-shift.js';
import { medianDeltaInterval } from '../stats/median-interval.js';
import { wilcoxonSignedRank } from '../stats/wilcoxon.js';
import { type Pairs, PairTable } from './pairs.js';
import type { LengthShift } from './types.js';

/** How the candidate's output lengths moved against the baseline's, on the same examples. */
export function lengthShiftOf(
  pairs: Pairs,
  unit: LengthUnit,
  options: { resamples: number; seed: number; confidence: number },
): LengthShift | null {
  // Straight from the columns when the pairs are a PairTable (8 B per pair, no objects).
  const baseline =
    pairs instanceof PairTable
      ? pairs.lengths('baseline', unit)
      : Float64Array.from(pairs, (pair) => pair.baseline.length?.[unit] ?? 0);
  const candidate =
    pairs instanceof PairTable
      ? pairs.lengths('candidate', unit)
      : Float64Array.from(pairs, (pair) => pair.candidate.length?.[unit] ?? 0);
  if (baseline.length === 0) return null;
  const shift = lengthDistributionShift(baseline, candidate);
  const median = medianDeltaInterval({ baseline, candidate, ...options });
  const baselineSummary = summarizeLengths(baseline);
  return {
    unit,
    baseline: baselineSummary,
    candidate: summarizeLengths(candidate),
    meanDelta: shift.meanDelta,
    medianDelta: shift.medianDelta,
    medianDeltaCiLow: median.ciLow,
    medianDeltaCiHigh: median.ciHigh,
    p90Delta: shift.p90Delta,
    p99Delta: shift.p99Delta,
    relativeMedianShift: baselineSummary.median === 0 ? null : Math.abs(shift.medianDelta) / baselineSummary.median,
    ksStatistic: shift.ks.statistic,
    ksPValue: shift.ks.pValue,
    ksMethod: shift.ks.method,
    wasserstein: shift.wasserstein,
    wilcoxonPValue: wilcoxonSignedRank(candidate.map((length, i) => length - (baseline[i] as number))).pValue,
  };
}
