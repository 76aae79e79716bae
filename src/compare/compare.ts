import type { LengthUnit } from '../metrics/types.js';
import { mcnemarExact } from '../stats/mcnemar.js';
import { detectableDrop, minDetectableDrop, pairedAccuracyDelta } from '../stats/paired-accuracy.js';
import type { Snapshot } from '../snapshot/schema.js';
import { f1Deltas } from './f1-deltas.js';
import { flipsOf, pairedCounts } from './flips.js';
import { tokenF1Delta } from './generation-deltas.js';
import { latencyShiftOf } from './latency-shift.js';
import { lengthShiftOf } from './length-shift.js';
import { pairRecords, type Pair } from './pairs.js';
import { invalidRateOf } from './invalid-rate.js';
import { predictionShiftOf } from './prediction-shift.js';
import type { Comparison, Regression } from './types.js';

export interface CompareOptions {
  lengthUnit: LengthUnit;
  alpha: number;
  confidence: number;
  resamples: number;
  seed: number;
  /** Declared labels (config `labels`); null or absent: inferred from both sides' data. */
  labels?: readonly string[] | null;
}

/**
 * With no disagreement the normal formula says any drop is detectable (SE = 0). An exact test
 * needs at least k flips, 2·½ᵏ < alpha (6 at 0.05), so no drop under k/N can ever be seen.
 */
function smallestDetectableShare(n: number, alpha: number): number {
  return (Math.floor(Math.log2(2 / alpha)) + 1) / n;
}

/** Negative flips, the ones that lost the most first (then by id, for a stable order). */
function regressionsOf(pairs: readonly Pair[]): Regression[] {
  return pairs
    .filter((pair) => pair.baseline.correct && !pair.candidate.correct)
    .map((pair) => ({
      id: pair.candidate.id,
      input: pair.candidate.input ?? pair.baseline.input ?? null,
      expected: pair.candidate.expected,
      baselineOutput: pair.baseline.output ?? '',
      candidateOutput: pair.candidate.output ?? '',
      baselinePrediction: pair.baseline.prediction ?? '',
      candidatePrediction: pair.candidate.prediction ?? '',
      scoreDrop: (pair.baseline.score ?? 1) - (pair.candidate.score ?? 0),
      tags: pair.candidate.tags,
    }))
    .sort((x, y) => y.scoreDrop - x.scoreDrop || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/**
 * Candidate against baseline on the examples both scored, paired by id. Null when they share
 * none: there is nothing to compare, and the report says so.
 */
export function compareSnapshots(baseline: Snapshot, candidate: Snapshot, options: CompareOptions): Comparison | null {
  const pairing = pairRecords(baseline, candidate);
  const { pairs } = pairing;
  if (pairs.length === 0) return null;
  const counts = pairedCounts(pairs);
  const accuracy = pairedAccuracyDelta(counts, { confidence: options.confidence });
  const mcnemar = mcnemarExact(counts.baselineOnly, counts.candidateOnly);
  const classification = candidate.task === 'classification';
  const bootstrap = { resamples: options.resamples, seed: options.seed, confidence: options.confidence };
  const f1 = classification ? f1Deltas(pairs, { ...bootstrap, labels: options.labels ?? null }) : null;
  const n = pairs.length;
  const detectable = detectableDrop(Math.max(minDetectableDrop(counts, { alpha: options.alpha, power: 0.8 }), smallestDetectableShare(n, options.alpha)));
  return {
    paired: n,
    onlyInBaseline: pairing.onlyInBaseline,
    onlyInCandidate: pairing.onlyInCandidate,
    skippedForErrors: pairing.skippedForErrors,
    expectedChanged: pairing.expectedChanged,
    sameDataset: baseline.dataset.fingerprint === candidate.dataset.fingerprint,
    accuracy: {
      baseline: (counts.both + counts.baselineOnly) / n,
      candidate: (counts.both + counts.candidateOnly) / n,
      delta: accuracy.delta,
      ciLow: accuracy.ciLow,
      ciHigh: accuracy.ciHigh,
      pValue: mcnemar.pValue,
      midPValue: mcnemar.midPValue,
      standardError: accuracy.standardError,
    },
    macroF1: f1?.macroF1 ?? null,
    microF1: f1?.microF1 ?? null,
    weightedF1: f1?.weightedF1 ?? null,
    tokenF1: classification ? null : tokenF1Delta(pairs, options.confidence),
    perClass: f1?.perClass ?? {},
    flips: flipsOf(pairs, counts, options.confidence, classification),
    outputLength: lengthShiftOf(pairs, options.lengthUnit, bootstrap),
    // At most 2,000 resamples: each walks every pair (the interval's ends are stable well before).
    latency: latencyShiftOf(pairs, { ...bootstrap, resamples: Math.min(bootstrap.resamples, 2000) }),
    predictionShift: f1 ? predictionShiftOf(pairs, f1.labelSet, options.alpha) : null,
    invalidRate: f1 ? invalidRateOf(pairs, f1.labelSet, options.confidence) : null,
    labelSet: f1?.labelSet ?? null,
    minDetectableAccuracyDrop: detectable.drop,
    datasetTooSmall: detectable.datasetTooSmall,
    regressions: regressionsOf(pairs),
    seed: options.seed,
    resamples: options.resamples,
    confidence: options.confidence,
    alpha: options.alpha,
  };
}
