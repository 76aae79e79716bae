import type { LabelSet } from '../metrics/label-set.js';
import { chiSquareHomogeneity, psi, psiCriticalValue } from '../stats/distribution-shift.js';
import { stuartMaxwell } from '../stats/stuart-maxwell.js';
import type { Pairs } from './pairs.js';
import type { PredictionShift } from './types.js';

/**
 * The categories the label mix is counted in: the declared labels, or the expected ones; any
 * other prediction (a label only a model says, an invalid output) is pooled into one "other"
 * category, so the table is (labels + 1)², whatever a model says.
 */
function categoriesOf(pairs: Pairs, labelSet: LabelSet): string[] {
  if (labelSet.source === 'declared') return labelSet.labels;
  const expected = new Set<string>();
  for (const { candidate } of pairs) expected.add(candidate.expected);
  return labelSet.labels.filter((label) => expected.has(label));
}

/**
 * Did the mix of labels the model says change? Chi-square on the counts and PSI (what peers
 * report), and Stuart–Maxwell, the paired test: both releases labelled the same examples.
 * O(examples) to count, then O(K³) for the K × K Stuart–Maxwell solve, K = categories + 1.
 */
export function predictionShiftOf(pairs: Pairs, labelSet: LabelSet, alpha: number): PredictionShift {
  const categories = categoriesOf(pairs, labelSet);
  const other = categories.length;
  const index = new Map(categories.map((label, position) => [label, position]));
  const size = other + 1;
  const baselineCounts = new Array<number>(size).fill(0);
  const candidateCounts = new Array<number>(size).fill(0);
  const paired = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const { baseline, candidate } of pairs) {
    const before = index.get(baseline.prediction ?? '') ?? other;
    const after = index.get(candidate.prediction ?? '') ?? other;
    baselineCounts[before] = (baselineCounts[before] as number) + 1;
    candidateCounts[after] = (candidateCounts[after] as number) + 1;
    const row = paired[before] as number[];
    row[after] = (row[after] as number) + 1;
  }
  // Labels neither side predicts (expected only) carry no information and make the test singular.
  const said = baselineCounts.flatMap((count, position) =>
    count + (candidateCounts[position] as number) > 0 ? [position] : [],
  );
  const homogeneity = stuartMaxwell(
    said.map((row) => said.map((column) => (paired[row] as number[])[column] as number)),
  );
  const chiSquare = chiSquareHomogeneity(baselineCounts, candidateCounts);
  const pooled = (baselineCounts[other] as number) + (candidateCounts[other] as number) > 0;
  const bins = pooled ? size : other;
  return {
    labels: [...categories],
    baselineCounts: baselineCounts.slice(0, other),
    candidateCounts: candidateCounts.slice(0, other),
    other: pooled ? { baseline: baselineCounts[other] as number, candidate: candidateCounts[other] as number } : null,
    chiSquare: chiSquare.statistic,
    chiSquarePValue: chiSquare.pValue,
    psi: psi(baselineCounts.slice(0, bins), candidateCounts.slice(0, bins)),
    stuartMaxwell: homogeneity.statistic,
    stuartMaxwellPValue: homogeneity.pValue,
    psiCritical: psiCriticalValue({ bins, baselineTotal: pairs.length, candidateTotal: pairs.length, alpha }),
  };
}
