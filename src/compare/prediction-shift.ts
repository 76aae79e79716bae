import { chiSquareHomogeneity, psi, psiCriticalValue } from '../stats/distribution-shift.js';
import type { Pair } from './pairs.js';
import type { PredictionShift } from './types.js';

/** Did the mix of labels the model says change? Chi-square on the counts, and PSI. */
export function predictionShiftOf(pairs: readonly Pair[], labels: readonly string[], alpha: number): PredictionShift {
  const index = new Map(labels.map((label, position) => [label, position]));
  const baselineCounts = labels.map(() => 0);
  const candidateCounts = labels.map(() => 0);
  for (const { baseline, candidate } of pairs) {
    baselineCounts[index.get(baseline.prediction ?? '') ?? 0]! += 1;
    candidateCounts[index.get(candidate.prediction ?? '') ?? 0]! += 1;
  }
  const chiSquare = chiSquareHomogeneity(baselineCounts, candidateCounts);
  return {
    labels: [...labels],
    baselineCounts,
    candidateCounts,
    chiSquare: chiSquare.statistic,
    chiSquarePValue: chiSquare.pValue,
    psi: psi(baselineCounts, candidateCounts),
    psiCritical: psiCriticalValue({ bins: labels.length, baselineTotal: pairs.length, candidateTotal: pairs.length, alpha }),
  };
}
