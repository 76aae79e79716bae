import { chiSquareHomogeneity, psi, psiCriticalValue } from '../stats/distribution-shift.js';
import { stuartMaxwell } from '../stats/stuart-maxwell.js';
import type { Pairs } from './pairs.js';
import type { PredictionShift } from './types.js';

/**
 * Did the mix of labels the model says change? Chi-square on the counts and PSI (what peers
 * report), and Stuart–Maxwell, the paired test: both releases labelled the same examples.
 */
export function predictionShiftOf(pairs: Pairs, labels: readonly string[], alpha: number): PredictionShift {
  const index = new Map(labels.map((label, position) => [label, position]));
  const baselineCounts = labels.map(() => 0);
  const candidateCounts = labels.map(() => 0);
  const paired = labels.map(() => labels.map(() => 0));
  for (const { baseline, candidate } of pairs) {
    const before = index.get(baseline.prediction ?? '') ?? 0;
    const after = index.get(candidate.prediction ?? '') ?? 0;
    baselineCounts[before]! += 1;
    candidateCounts[after]! += 1;
    paired[before]![after]! += 1;
  }
  // Labels neither side predicts (expected only) carry no information and make the test singular.
  const said = labels.flatMap((_, position) => (baselineCounts[position]! + candidateCounts[position]! > 0 ? [position] : []));
  const homogeneity = stuartMaxwell(said.map((row) => said.map((column) => paired[row]![column]!)));
  const chiSquare = chiSquareHomogeneity(baselineCounts, candidateCounts);
  return {
    labels: [...labels],
    baselineCounts,
    candidateCounts,
    chiSquare: chiSquare.statistic,
    chiSquarePValue: chiSquare.pValue,
    psi: psi(baselineCounts, candidateCounts),
    stuartMaxwell: homogeneity.statistic,
    stuartMaxwellPValue: homogeneity.pValue,
    psiCritical: psiCriticalValue({ bins: labels.length, baselineTotal: pairs.length, candidateTotal: pairs.length, alpha }),
  };
}
