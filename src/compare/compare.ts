import { PASS_LABELS, SCORE_LABELS } from '../metrics/scorers.js';
import type { LengthUnit, ScorerName } from '../metrics/types.js';
import type { Snapshot } from '../snapshot/schema.js';
import { type SnapshotTable, StringPool, snapshotTable } from '../snapshot/table.js';
import { mcnemarExact } from '../stats/mcnemar.js';
import { detectableDrop, minDetectableDrop, pairedAccuracyDelta } from '../stats/paired-accuracy.js';
import { pairedT } from '../stats/paired-t.js';
import { f1Deltas } from './f1-deltas.js';
import { flipsOf, pairedCounts } from './flips.js';
import { invalidRateOf } from './invalid-rate.js';
import { latencyShiftOf } from './latency-shift.js';
import { lengthShiftOf } from './length-shift.js';
import { type Pairs, type PairTable, pairRecords } from './pairs.js';
import { predictionShiftOf } from './prediction-shift.js';
import type { Comparison, MetricDelta, Regression } from './types.js';

export interface CompareOptions {
  lengthUnit: LengthUnit;
  alpha: number;
  confidence: number;
  resamples: number;
  seed: number;
  /** Declared labels (config `labels`); null or absent: inferred from both sides' data. */
  labels?: readonly string[] | null;
}

/** Generation: the mean per-example score (an unscored example counts 0) with a paired t interval. */
function scoreDeltaOf(pairs: Pairs, confidence: number): MetricDelta {
  // One loop, not Float64Array.from(pairs, f): that collects the iterable before mapping, and
  // the pair iterator yields one moving object, so every entry would be the last pair.
  const baseline = new Float64Array(pairs.length);
  const candidate = new Float64Array(pairs.length);
  let k = 0;
  for (const pair of pairs) {
    baseline[k] = pair.baseline.score ?? 0;
    candidate[k++] = pair.candidate.score ?? 0;
  }
  return pairedT(baseline, candidate, confidence);
}

/**
 * With no disagreement the normal formula says any drop is detectable (SE = 0). An exact test
 * needs at least k flips, 2·½ᵏ < alpha (6 at 0.05), so no drop under k/N can ever be seen.
 */
function smallestDetectableShare(n: number, alpha: number): number {
  return (Math.floor(Math.log2(2 / alpha)) + 1) / n;
}

/**
 * How many negative flips the comparison lists (report.json, the report): the worst ones.
 * A million-example run may have tens of thousands; `flips.negative` counts them all.
 */
export const REGRESSIONS_KEPT = 1000;

/**
 * The worst negative flips, the ones that lost the most first (then by id, for a stable
 * order). One pass keeps each flip's pair number and score drop (12 B per flip); only the
 * kept ones become objects.
 */
function regressionsOf(pairs: PairTable): Regression[] {
  const { baseline, candidate, baselineRows, candidateRows } = pairs;
  const flips: number[] = [];
  const drops: number[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const before = baselineRows[k] as number;
    const after = candidateRows[k] as number;
    if (baseline.correctOf(before) && !candidate.correctOf(after)) {
      flips.push(k);
      drops.push((baseline.scoreOf(before) ?? 1) - (candidate.scoreOf(after) ?? 0));
    }
  }
  const order = flips.map((_, index) => index);
  const idOf = (index: number) => candidate.id(candidateRows[flips[index] as number] as number);
  order.sort(
    (x, y) => (drops[y] as number) - (drops[x] as number) || (idOf(x) < idOf(y) ? -1 : idOf(x) > idOf(y) ? 1 : 0),
  );
  return order.slice(0, REGRESSIONS_KEPT).map((index) => {
    const k = flips[index] as number;
    const before = baselineRows[k] as number;
    const after = candidateRows[k] as number;
    return {
      id: candidate.id(after),
      input: candidate.inputOf(after) ?? baseline.inputOf(before) ?? null,
      expected: candidate.expectedOf(after),
      baselineOutput: baseline.outputOf(before) ?? '',
      candidateOutput: candidate.outputOf(after) ?? '',
      baselinePrediction: baseline.predictionOf(before) ?? '',
      candidatePrediction: candidate.predictionOf(after) ?? '',
      scoreDrop: drops[index] as number,
      tags: candidate.tagsOf(after),
    };
  });
}

/** compareTables for snapshots held whole (small runs, tests). */
export function compareSnapshots(baseline: Snapshot, candidate: Snapshot, options: CompareOptions): Comparison | null {
  const labels = new StringPool();
  return compareTables(snapshotTable(baseline, labels), snapshotTable(candidate, labels), options);
}

/**
 * Candidate against baseline on the examples both scored, paired by id. Null when they share
 * none: there is nothing to compare, and the report says so. Works on the columns: what it
 * holds per example is the pairing's 8 B and the statistics' arrays of lengths.
 */
export function compareTables(
  baselineSnapshot: SnapshotTable,
  candidateSnapshot: SnapshotTable,
  options: CompareOptions,
): Comparison | null {
  const baseline = baselineSnapshot.header;
  const candidate = candidateSnapshot.header;
  const pairing = pairRecords(baselineSnapshot.records, candidateSnapshot.records);
  const { pairs } = pairing;
  if (pairs.length === 0) return null;
  const counts = pairedCounts(pairs);
  const accuracy = pairedAccuracyDelta(counts, { confidence: options.confidence });
  const mcnemar = mcnemarExact(counts.baselineOnly, counts.candidateOnly);
  const classification = candidate.task === 'classification';
  const bootstrap = { resamples: options.resamples, seed: options.seed, confidence: options.confidence };
  const f1 = classification ? f1Deltas(pairs, { ...bootstrap, labels: options.labels ?? null }) : null;
  const n = pairs.length;
  const scorer: ScorerName | null =
    candidate.summary.metrics.task === 'generation' ? candidate.summary.metrics.scorer : null;
  const scoreDelta = scorer === null ? null : scoreDeltaOf(pairs, options.confidence);
  const detectable = detectableDrop(
    Math.max(
      minDetectableDrop(counts, { alpha: options.alpha, power: 0.8 }),
      smallestDetectableShare(n, options.alpha),
    ),
  );
  const passRate = {
    baseline: (counts.both + counts.baselineOnly) / n,
    candidate: (counts.both + counts.candidateOnly) / n,
    delta: accuracy.delta,
    ciLow: accuracy.ciLow,
    ciHigh: accuracy.ciHigh,
    pValue: mcnemar.pValue,
    midPValue: mcnemar.midPValue,
    standardError: accuracy.standardError,
  };
  return {
    paired: n,
    onlyInBaseline: pairing.onlyInBaseline,
    onlyInCandidate: pairing.onlyInCandidate,
    skippedForErrors: pairing.skippedForErrors,
    expectedChanged: pairing.expectedChanged,
    sameDataset: baseline.dataset.fingerprint === candidate.dataset.fingerprint,
    accuracy: passRate,
    macroF1: f1?.macroF1 ?? null,
    microF1: f1?.microF1 ?? null,
    weightedF1: f1?.weightedF1 ?? null,
    // The score is token F1 only under the two SQuAD scorers; under the others `score` names what it is.
    tokenF1: scorer === 'exact' || scorer === 'tokenF1' ? scoreDelta : null,
    ...(scorer === null
      ? {}
      : {
          passRate: { scorer, label: PASS_LABELS[scorer], ...passRate },
          score: scoreDelta && { scorer, label: SCORE_LABELS[scorer], ...scoreDelta },
        }),
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
